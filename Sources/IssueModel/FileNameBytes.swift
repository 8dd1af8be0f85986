/// File names on Linux are bytes, not text: a folder made on Windows in GBK (`\xB6\xFE\xD4\xC2`
/// for 二月) is as real as a UTF-8 one. Kanbao keeps every name as a String that gives the same
/// bytes back: valid UTF-8 is itself, and each byte of what is not — or of the rare valid sequence
/// that lands in the range used here — is one code point of the last 128 of plane 16's private use
/// area, U+10FF80 + (byte − 0x80). The system is given the bytes (`withCString`), and a reader is
/// shown `\xB6` for each (`VisibleText`).
public enum FileNameBytes {
    /// U+10FF80…U+10FFFF: a byte of a name that is not UTF-8.
    @inline(__always)
    public static func isEscape(_ value: UInt32) -> Bool { value >= 0x10FF80 && value <= 0x10FFFF }

    /// The byte an escape stands for.
    public static func byte(of value: UInt32) -> UInt8 { UInt8(value - 0x10FF00) }

    /// The name's bytes as a String (see above).
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if !bytes.contains(0xF4), let plain = String(validating: bytes, as: UTF8.self) { return plain }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let decoded = scalar(in: bytes, at: index)
            if let (scalar, length) = decoded, !isEscape(scalar.value) {
                scalars.append(scalar)
                index += length
            } else {
                let length = decoded?.length ?? 1
                for byte in bytes[index..<index + length] { scalars.append(Unicode.Scalar(0x10FF00 + UInt32(byte))!) }
                index += length
            }
        }
        return String(scalars)
    }

    public static func string(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { string($0) } }

    /// The bytes a String made by `string` came from (any other String: its UTF-8).
    public static func bytes(_ name: String) -> [UInt8] {
        guard needsBytes(name) else { return Array(name.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if isEscape(scalar.value) { out.append(byte(of: scalar.value)) } else { out += Array(String(scalar).utf8) }
        }
        return out
    }

    /// `body` with the name as the system wants it: its bytes, NUL-terminated.
    public static func withCString<Result>(_ name: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard needsBytes(name) else { return try name.withCString(body) }
        return try (bytes(name).map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Whether the name holds an escape (U+10FFxx is F4 8F Bx xx in UTF-8): most names do not.
    @inline(__always)
    static func needsBytes(_ name: String) -> Bool { name.utf8.contains(0xF4) && name.unicodeScalars.contains { isEscape($0.value) } }

    /// The scalar a well-formed UTF-8 sequence at `index` encodes, and its length; nil for an
    /// ill-formed one (a stray continuation, a cut or overlong sequence, a surrogate, past U+10FFFF).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, length: Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int, minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for next in bytes[index + 1..<index + length] {
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
