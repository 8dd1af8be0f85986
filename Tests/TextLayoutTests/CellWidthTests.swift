import TestSupport
import CNcursesw
import Glibc
import Testing
@testable import TextLayout

@Suite struct CellWidthTests {
    @Test(arguments: [
        ("工", 2), ("，", 2), ("。", 2), ("　", 2), ("A", 1), ("7", 1), ("“", 1), ("…", 1), ("—", 1), ("·", 1),
        ("👨‍👩‍👧‍👦", 8), ("👨‍👩‍👧", 6), ("🇨🇳", 2), ("❤️", 1), ("e\u{301}", 1), ("𠀀", 2), ("𰻞", 2),
        ("Ａ", 2), ("ｶ", 1), ("한", 2), ("ก", 1), ("กั", 1), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0),
    ] as [(Character, Int)])
    func widthOfCluster(character: Character, expected: Int) {
        #expect(CellWidth.of(character) == expected)
    }

    @Test func ambiguousCharactersWidenOnRequest() {
        for character: Character in ["“", "”", "‘", "’", "…", "—", "·", "°", "×", "─", "│"] {
            #expect(CellWidth.of(character) == 1)
            #expect(CellWidth.of(character, ambiguousWide: true) == 2)
        }
        #expect(CellWidth.of("工" as Character, ambiguousWide: true) == 2)
        #expect(CellWidth.of("A" as Character, ambiguousWide: true) == 1)
    }

    @Test func everySeedCharacterIsOneOrTwoCells() {
        for character in Seed.text where !character.isNewline {
            let width = CellWidth.of(character)
            #expect(width == 1 || width == 2, "\(character)")
            if character.unicodeScalars.first!.properties.isIdeographic { #expect(width == 2) }
        }
    }

    /// The grid stays straight only if every width agrees with glibc's wcwidth in C.UTF-8, which
    /// ncursesw uses. Code points glibc does not know (wcwidth −1) are skipped.
    @Test func agreesWithGlibcWcwidth() throws {
        let previous = String(cString: setlocale(LC_CTYPE, nil))
        defer { setlocale(LC_CTYPE, previous) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        var disagreements: [String] = []
        var compared = 0
        for value in UInt32(1)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let glibc = shim_wcwidth(value)
            guard glibc >= 0 else { continue }
            compared += 1
            if CellWidth.of(scalar) != Int(glibc) {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true)) glibc \(glibc) ours \(CellWidth.of(scalar))")
            }
        }
        #expect(compared > 100_000)
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(40))")
    }
}
