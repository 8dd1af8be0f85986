import IssueModel

/// What is drawn for one grapheme cluster of source text, and how many cells it takes. Text from a
/// file never reaches the terminal as itself when it could act on it or vanish: control characters
/// and bidi controls become visible stand-ins (`^[`, `^G`, `<U+202E>`), a cluster that would take no
/// cells becomes one that does (`◌́` for a lone combining mark, `<U+200B>` for a format character,
/// `<U+0378>` for a code point the terminal has no width for).
public struct Glyph: Equatable, Sendable {
    /// The text to draw.
    public let text: String
    public let width: Int
    /// True when `text` is a stand-in, not the source cluster itself.
    public let isSubstitute: Bool

    /// A tab is drawn as spaces.
    public static let tabWidth = 4

    public init(_ character: Character, ambiguousWide: Bool = false) {
        let scalars = character.unicodeScalars
        if character == "\t" {
            self.init(text: String(repeating: " ", count: Glyph.tabWidth), width: Glyph.tabWidth, isSubstitute: true)
            return
        }
        if scalars.contains(where: VisibleText.needsSubstitute) {
            var drawn = ""
            for scalar in scalars {
                if let stand = VisibleText.substitute(for: scalar) { drawn += stand } else { drawn.unicodeScalars.append(scalar) }
            }
            self.init(substitute: drawn, ambiguousWide: ambiguousWide)
            return
        }
        let width = CellWidth.of(character, ambiguousWide: ambiguousWide)
        if width > 0 {
            self.init(text: String(character), width: width, isSubstitute: false)
        } else if let first = scalars.first, [.nonspacingMark, .enclosingMark].contains(first.properties.generalCategory) {
            self.init(substitute: "◌" + String(character), ambiguousWide: ambiguousWide)
        } else {
            // A format character, or one the terminal cannot draw (unassigned, a noncharacter).
            self.init(substitute: scalars.map(VisibleText.codePoint).joined(), ambiguousWide: ambiguousWide)
        }
    }

    private init(substitute: String, ambiguousWide: Bool) {
        self.init(text: substitute, width: CellWidth.of(substitute, ambiguousWide: ambiguousWide), isSubstitute: true)
    }

    private init(text: String, width: Int, isSubstitute: Bool) {
        self.text = text
        self.width = width
        self.isSubstitute = isSubstitute
    }
}
