import Testing
import TextFolding

/// The script fold: traditional characters to simplified as OpenCC's t2s makes of them alone, one
/// code point to one; and the UTF-8 the archive keeps folded exactly as the reader's keys are.
struct ScriptFoldingTests {
    func folded(_ text: String, script: Bool = true) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Unicode.Scalar(SearchFolding.folded($0.value, script: script))! }))
    }

    @Test func traditionalIsSimplified() {
        #expect(folded("習近平談經濟發展") == "习近平谈经济发展")
        // Several traditional counterparts of one simplified character: all of them are it.
        #expect(folded("發") == "发" && folded("髮") == "发")
        // Simplified text, Latin, digits and punctuation are left as they are.
        #expect(folded("习近平谈经济发展。ABC abc 123") == "习近平谈经济发展。ABC abc 123")
        // A character beyond the Basic Multilingual Plane (Extension B) folds too.
        #expect(folded("\u{2005E}") == "\u{2003E}")
        // Off: only the width fold.
        #expect(folded("習ＡＢ", script: false) == "習AB")
    }

    @Test func theFoldOfAFoldIsItself() {
        for value in UInt32(0x3400)..<0xA000 {
            let once = SearchFolding.folded(value, script: true)
            #expect(SearchFolding.folded(once, script: true) == once)
        }
    }

    @Test(arguments: [true, false]) func utf8IsFoldedAsTheKeysAre(script: Bool) {
        var generator = SystemRandomNumberGenerator()
        let pool = Array("習近平發展经济ＡＢＣ　ａｂｃ abc123，。é\u{2005E}😀ｶﾞ".unicodeScalars)
        for _ in 0..<200 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...40, using: &generator)).map { _ in pool.randomElement(using: &generator)! }))
            #expect(SearchFolding.foldedUTF8(text, script: script) == Array(folded(text, script: script).utf8))
        }
    }
}
