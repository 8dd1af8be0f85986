import Glibc

/// Turns the bytes of a page into text: UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030,
/// or — as a last resort — UTF-8 with U+FFFD for the bad bytes and a warning. CRLF and CR become LF;
/// nothing else is changed.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030"
    }

    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: Encoding
        /// Problems worth telling the user about, the text still usable (e.g. replaced bytes).
        public var warnings: [String]
    }

    /// Whether bytes are already the text as `decode` would make it: UTF-8 without a BOM, a NUL or
    /// a CR — so that they can become a String with no second copy. (Whether they are all whitespace,
    /// and so no page, is the caller's to check.)
    public static func isPlainText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
              memchr(base, 0, bytes.count) == nil, memchr(base, 0x0D, bytes.count) == nil else { return false }
        return UTF8Scan.isValid(bytes)
    }

    /// Nothing but whitespace: no page (what `decode` refuses as `.empty`).
    public static func isBlank(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy(TextShape.isWhitespace)
    }

    /// `name` is only for messages (the path, or "standard input").
    public static func decode(_ bytes: [UInt8], name: String) throws(PageInputError) -> Decoded {
        var warnings: [String] = []
        let encoding: Encoding
        var utf8: [UInt8]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            utf8 = repairedUTF8(Array(bytes.dropFirst(3)), warnings: &warnings)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            encoding = bytes[0] == 0xFF ? .utf16LE : .utf16BE
            utf8 = utf16ToUTF8(bytes.dropFirst(2), bigEndian: encoding == .utf16BE, warnings: &warnings)
        } else if bytes.contains(0) {
            throw .binary(name)
        } else if let text = validUTF8(bytes) {
            // The common case: valid UTF-8 (line ends made LF) is the text as it is.
            if text.unicodeScalars.allSatisfy(TextShape.isWhitespace) { throw .empty(name) }
            return Decoded(text: text, encoding: .utf8, warnings: warnings)
        } else if UTF8Scan.errors(in: bytes).count == 0 {
            encoding = .utf8
            utf8 = bytes
        } else if let converted = GB18030.utf8(from: bytes) {
            encoding = .gb18030
            utf8 = converted
        } else {
            encoding = .utf8
            utf8 = repairedUTF8(bytes, warnings: &warnings)
        }
        if utf8.contains(0) { throw .binary(name) }
        normalizeNewlines(&utf8)
        let text = String(decoding: utf8, as: UTF8.self)
        if text.unicodeScalars.allSatisfy(TextShape.isWhitespace) { throw .empty(name) }
        return Decoded(text: text, encoding: encoding, warnings: warnings)
    }

    /// The text, when the bytes are valid UTF-8 (CRLF and CR made LF first: 0x0D never occurs inside
    /// a multibyte sequence, so that changes nothing of validity), with the standard library's fast check.
    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(0x0D) else { return String(validating: bytes, as: UTF8.self) }
        var normalized = bytes
        normalizeNewlines(&normalized)
        return String(validating: normalized, as: UTF8.self)
    }

    private static func repairedUTF8(_ bytes: [UInt8], warnings: inout [String]) -> [UInt8] {
        let scan = UTF8Scan.errors(in: bytes)
        guard scan.count > 0 else { return bytes }
        warnings.append(
            "not valid UTF-8 or GB18030: \(scan.count) bad byte sequence(s), the first at byte \(scan.firstOffset), shown as U+FFFD")
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    private static func utf16ToUTF8(
        _ bytes: ArraySlice<UInt8>, bigEndian: Bool, warnings: inout [String]
    ) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        if bytes.count % 2 != 0 { warnings.append("UTF-16 text ends with an odd byte, dropped") }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 3)
        var bad = 0
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                output.append(contentsOf: Unicode.UTF8.encode(scalar)!)
            case .error:
                bad += 1
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput:
                break loop
            }
        }
        if bad > 0 { warnings.append("\(bad) unpaired UTF-16 surrogate(s), shown as U+FFFD") }
        return output
    }

    /// CRLF and a lone CR become LF. Safe on UTF-8 bytes: 0x0D never occurs inside a multibyte sequence.
    private static func normalizeNewlines(_ bytes: inout [UInt8]) {
        guard bytes.contains(0x0D) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                output.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                output.append(byte)
            }
            index += 1
        }
        bytes = output
    }
}

/// Counts the invalid sequences in UTF-8 bytes, the way `String(decoding:as:)` replaces them.
enum UTF8Scan {
    /// Whether `bytes` are well-formed UTF-8 (the same answer as no `errors`): a byte loop with the
    /// ASCII fast, where the stdlib's parser costs 28 instructions a byte of every page read.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            func continuation(_ offset: Int) -> Bool { index + offset < count && base[index + offset] & 0xC0 == 0x80 }
            switch lead {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = base[index + 1]
                // (No overlong form, E0 80–9F; no surrogate, ED A0–BF.)
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return false }
                index += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = base[index + 1]
                // (No overlong form, F0 80–8F; nothing past U+10FFFF, F4 90–BF.)
                if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    static func errors<Bytes: Sequence<UInt8>>(in bytes: Bytes) -> (count: Int, firstOffset: Int) {
        var count = 0, firstOffset = -1, offset = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error(let length):
                if count == 0 { firstOffset = offset }
                count += 1
                offset += length
            case .emptyInput:
                return (count, firstOffset)
            }
        }
    }
}
