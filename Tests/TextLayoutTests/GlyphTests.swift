import Testing
@testable import TextLayout

@Suite struct GlyphTests {
    @Test(arguments: [
        ("\u{1B}", "^[", 2), ("\u{07}", "^G", 2), ("\u{7F}", "^?", 2), ("\u{9B}", "<U+009B>", 8),
        ("\u{202E}", "<U+202E>", 8), ("\u{2066}", "<U+2066>", 8), ("\u{200B}", "<U+200B>", 8),
        ("\u{FEFF}", "<U+FEFF>", 8), ("\u{301}", "◌\u{301}", 1), ("\t", "    ", 4),
    ] as [(Character, String, Int)])
    func controlAndInvisibleCharactersBecomeVisible(character: Character, text: String, width: Int) {
        let glyph = Glyph(character)
        #expect(glyph.text == text)
        #expect(glyph.width == width)
        #expect(glyph.isSubstitute)
    }

    @Test(arguments: ["工", "A", "👨‍👩‍👧", "e\u{301}", "🇨🇳"] as [Character])
    func ordinaryClustersAreDrawnAsThemselves(character: Character) {
        let glyph = Glyph(character)
        #expect(glyph.text == String(character))
        #expect(!glyph.isSubstitute)
    }

    @Test func escapeSequencesNeverReachTheGrid() {
        let lines = setLines("标题\u{1B}[2J\u{1B}]0;title\u{07}正文", width: 40)
        #expect(lines.joined() == "标题^[[2J^[]0;title^G正文")
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func clusterWiderThanTheColumnIsSetAsItsParts() {
        let lines = setLines("👨‍👩‍👧", width: 4)
        #expect(lines.allSatisfy { cells($0) <= 4 })
        #expect(lines.joined() == "👨‍👩‍👧")
    }
}
