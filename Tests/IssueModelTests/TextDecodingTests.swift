import TestSupport
import Testing
@testable import IssueModel

@Suite struct TextDecodingTests {
    func decode(_ bytes: [UInt8]) throws -> TextDecoding.Decoded {
        try TextDecoding.decode(bytes, name: "page.txt")
    }

    @Test func plainUTF8() throws {
        let decoded = try decode(Seed.bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == Seed.text)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("工会".utf8))
        #expect(decoded.text == "工会")
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf16WithByteOrderMark() throws {
        let little = try decode([0xFF, 0xFE] + iconvConvert(Seed.bytes, from: "UTF-8", to: "UTF-16LE"))
        let big = try decode([0xFE, 0xFF] + iconvConvert(Seed.bytes, from: "UTF-8", to: "UTF-16BE"))
        #expect(little.encoding == .utf16LE && big.encoding == .utf16BE)
        #expect(little.text == Seed.text && big.text == Seed.text)
    }

    @Test func utf16SurrogatePairsAndUnpairedSurrogates() throws {
        // 😀 is D83D DE00; a lone D800 is replaced and reported.
        let decoded = try decode([0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xD8, 0x41, 0x00])
        #expect(decoded.text == "😀\u{FFFD}A")
        #expect(decoded.warnings.count == 1)
    }

    @Test func gb18030IsRecognised() throws {
        // 工会 (two-byte GBK), 😀 (four-byte GB18030), € (A2E3).
        let decoded = try decode([0xB9, 0xA4, 0xBB, 0xE1, 0x94, 0x39, 0xFC, 0x36, 0xA2, 0xE3])
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "工会😀€")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func gb18030CopyOfTheSeedDecodesToTheSeed() throws {
        let decoded = try decode(iconvConvert(Seed.bytes, from: "UTF-8", to: "GB18030"))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == Seed.text)
    }

    @Test func invalidBytesBecomeReplacementCharactersWithAWarning() throws {
        // 0xFF can start neither UTF-8 nor GB18030.
        let decoded = try decode(Array("工会".utf8) + [0xFF] + Array("驿站".utf8))
        #expect(decoded.text == "工会\u{FFFD}驿站")
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings[0].contains("at byte 6"))
    }

    @Test func lineEndingsBecomeLF() throws {
        #expect(try decode(Array("甲\r\n乙\r丙\n\r\n丁".utf8)).text == "甲\n乙\n丙\n\n丁")
    }

    @Test func nothingElseIsChanged() throws {
        let text = "\u{3000}\u{3000}全角缩进\t制表  两个空格\u{FEFF}零宽\n"
        #expect(try decode(Array(text.utf8)).text == text)
    }

    @Test(arguments: [[], Array(" \n\t\u{3000}\r\n".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE, 0x20, 0x00]])
    func emptyOrWhitespaceOnlyIsRefused(bytes: [UInt8]) {
        #expect(throws: PageInputError.empty("page.txt")) { try decode(bytes) }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: PageInputError.binary("page.txt")) { try decode(Array("工会".utf8) + [0, 1, 2]) }
        #expect(throws: PageInputError.binary("page.txt")) { try decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00]) }
    }

    @Test func exitStatusesFollowSysexits() {
        #expect(PageInputError.noSuchFile("x").exitStatus == 66)
        #expect(PageInputError.unreadable("x", reason: "r").exitStatus == 66)
        #expect(PageInputError.directory("x").exitStatus == 66)
        #expect(PageInputError.empty("x").exitStatus == 65)
        #expect(PageInputError.binary("x").exitStatus == 65)
    }
}
