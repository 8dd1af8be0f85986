/// Text from a file never reaches the terminal as itself when it could act on it: control characters
/// (C0, DEL, C1) and bidirectional overrides are replaced by visible stand-ins.
public enum VisibleText {
    /// The visible stand-in for a scalar that must not be written raw, or nil if it is safe as is.
    /// C0 and DEL use caret notation (`^[` for ESC, `^G` for BEL), C1 and bidi controls `<U+XXXX>`.
    /// True for the scalars `substitute(for:)` replaces; cheap, for hot paths.
    @inline(__always)
    public static func needsSubstitute(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0xA0 && value < 0x61C { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x61C { return true }
        return (0x200E...0x200F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    public static func substitute(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        default: return nil
        }
    }

    /// `text` with every unsafe scalar replaced by its stand-in.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsSubstitute) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let stand = substitute(for: scalar) { out.append(contentsOf: stand.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
