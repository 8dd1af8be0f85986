/// Text folded as search folds it, as UTF-8 — what the archive keeps and counts in: the same
/// per-code-point fold as the reader's keys (`SearchFolding.folded`), so that the archive's counts
/// are the reader's. ASCII goes through as it is; only other code points are decoded, folded and
/// written again (a fold never changes how many there are).
extension SearchFolding {
    public static func foldedUTF8(_ text: String, script: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var text = text
        // (`withUTF8` makes the text contiguous first, if it is not.)
        text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    out.append(byte)
                    index += 1
                    continue
                }
                // (Valid UTF-8: a Swift string is.)
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
                for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
                let folded = Self.folded(value, script: script)
                if folded == value {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                } else {
                    append(folded, to: &out)
                }
                index += length
            }
        }
        return out
    }

    /// UTF-8 text with Latin case folded as search folds it.
    public static func caseFoldedUTF8(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(Unicode.Scalar(caseFolded(scalar.value)) ?? scalar) }
        return Array(String(out).utf8)
    }

    @inline(__always)
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80: out.append(UInt8(value))
        case ..<0x800: out.append(contentsOf: [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)])
        case ..<0x1_0000: out.append(contentsOf: [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)])
        default:
            out.append(contentsOf: [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)])
        }
    }
}
