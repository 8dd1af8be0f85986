import IssueModel
import Testing
import TestSupport

/// Names as bytes: any bytes give a String that gives the same bytes back, UTF-8 names are
/// themselves, and what is not UTF-8 is shown as `\xB6`.
@Suite struct FileNameBytesTests {
    @Test func anyBytesComeBackAsTheyWere() {
        var random = SplitMix64(seed: 3)
        let pieces: [[UInt8]] = [Array("二月".utf8), [0xB6, 0xFE, 0xD4, 0xC2], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x8F, 0xBE, 0x80],
                                 [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xE7], Array("a-01.txt".utf8), [0xFF]]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                bytes += Bool.random(using: &random) ? pieces.randomElement(using: &random)! : [UInt8.random(in: 1...255, using: &random)]
            }
            let name = FileNameBytes.string(bytes)
            #expect(FileNameBytes.bytes(name) == bytes)
            #expect(FileNameBytes.withCString(name) { String(cString: $0).isEmpty } == false)
        }
    }

    @Test func utf8IsItselfAndTheRestIsShownByteByByte() {
        #expect(FileNameBytes.string(Array("20190201-01-01.txt".utf8)) == "20190201-01-01.txt")
        #expect(FileNameBytes.string(Array("二月".utf8)) == "二月")
        let gbk = FileNameBytes.string([0xB6, 0xFE, 0xD4, 0xC2, 0x2F, 0x61])
        #expect(gbk.unicodeScalars.count == 6)
        #expect(VisibleText.escaped(gbk) == "\\xB6\\xFE\\xD4\\xC2/a")
        // (A valid sequence in the range used for bytes is kept as its bytes too.)
        #expect(VisibleText.escaped(FileNameBytes.string([0xF4, 0x8F, 0xBF, 0xBF])) == "\\xF4\\x8F\\xBF\\xBF")
    }
}
