/// Text from a file never reaches an output as itself when it could act on a terminal or vanish:
/// control characters (C0, DEL, C1), bidirectional controls, line and paragraph separators and
/// noncharacters are replaced by visible stand-ins, and so is a character made only of invisible
/// code points (U+200B, U+2060, U+FEFF, tags…). The one rule for every plain output: `--list`,
/// `--dump`'s header lines, messages, file and theme names.
public enum VisibleText {
    /// True for the scalars `substitute(for:)` replaces; cheap, for hot paths.
    @inline(__always)
    public static func needsSubstitute(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0xA0 && value < 0x61C { return false }
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x61C { return true }
        if value < 0x200E { return false }
        return (0x200E...0x200F).contains(value) || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || isNoncharacter(value) || FileNameBytes.isEscape(value)
    }

    /// U+FDD0–FDEF and the last two code points of every plane: never text.
    @inline(__always)
    static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// The visible stand-in for a scalar that must not be written raw, or nil if it is safe as is.
    /// C0 and DEL use caret notation (`^[` for ESC, `^G` for BEL), the others `<U+XXXX>`.
    public static func substitute(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        // (A byte of a file name that is not UTF-8: `\xB6`.)
        case _ where FileNameBytes.isEscape(scalar.value):
            let hex = String(FileNameBytes.byte(of: scalar.value), radix: 16, uppercase: true)
            return "\\x" + hex
        case _ where needsSubstitute(scalar): return codePoint(scalar)
        default: return nil
        }
    }

    /// `<U+200B>`: a code point named, for what cannot be shown as itself.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// A code point that draws nothing: a format character or one Unicode says to ignore in
    /// display (zero-width spaces and joiners, U+FEFF, tags, fillers), or one not yet assigned.
    /// The soft hyphen and the prepended concatenation marks are format characters that do show.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // (Ideographs, CJK punctuation and full-width forms, nearly all of a Chinese page: all
        // assigned and visible, without a property lookup.)
        if value < 0xAD || (0x3400...0x9FFF).contains(value) || (0x3001...0x303F).contains(value) || (0xFF01...0xFF5E).contains(value) {
            return false
        }
        if value == 0xAD || (0x600...0x605).contains(value) || [0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD].contains(value) {
            return false
        }
        let properties = scalar.properties
        return properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format
            || properties.generalCategory == .unassigned
    }

    /// `text` with every unsafe scalar replaced by its stand-in, and every character made only of
    /// invisible code points by theirs (a zero-width joiner inside an emoji stays).
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsSubstitute($0) || isInvisible($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for character in text {
            let scalars = character.unicodeScalars
            let invisible = scalars.allSatisfy(isInvisible)
            for scalar in scalars {
                if let stand = invisible && !FileNameBytes.isEscape(scalar.value) ? codePoint(scalar) : substitute(for: scalar) {
                    out.append(contentsOf: stand.unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
