/// Code points that are always a grapheme cluster by themselves, whatever is next to them: printable
/// ASCII and Latin below the combining marks, general punctuation, CJK symbols, kana (not the
/// combining sound marks), ideographs, and the full-width forms (not the half-width sound marks).
/// Text made only of these can be walked code point by code point instead of cluster by cluster —
/// several times faster — with the same result; layout and search both do. Conservative: anything
/// else (combining marks, emoji, Hangul jamo, controls but LF, format characters) takes the long way.
public enum LoneScalars {
    @inline(__always)
    public static func standAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20..<0x7F, 0xA0..<0x300: true
        case 0x2010...0x2027, 0x2030...0x205E: true
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF: true  // not the ideographic tone marks 302A–302F
        case 0xFF01...0xFF9D, 0xFFA0...0xFFEE: true
        default: false
        }
    }

    /// Whether every code point of `text` stands alone.
    public static func only(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(standAlone) }
}
