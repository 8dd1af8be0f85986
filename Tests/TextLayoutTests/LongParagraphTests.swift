import TestSupport
import Testing
@testable import TextLayout

/// A paragraph is set a piece of its text at a time, so that a paragraph of 20 MB never has all
/// its clusters in memory at once. The pieces must not show: the lines are the lines of the
/// paragraph set whole, wherever the pieces meet — inside a line, at a break, in a run of spaces,
/// next to emoji, combining marks and stand-ins.
@Suite struct LongParagraphTests {
    func lines(_ text: String, width: Int, alignment: ParagraphSetter.Alignment, pieceBytes: Int) -> [[StyledRun]] {
        let block = ArticleBlocks.Block(role: .body, text: text, bylinePrefix: 3)
        var lines = GalleyLines(blockTexts: ["", "", text])
        ParagraphSetter.set(block, index: 2, width: width, indent: 4, alignment: alignment, ambiguousWide: false, pieceBytes: pieceBytes,
                            into: &lines)
        return Array(lines)
    }

    @Test(arguments: [1, 7, 64, 1000])
    func piecesDoNotShowInTheLines(pieceBytes: Int) {
        var random = SplitMix64(seed: UInt64(pieceBytes))
        for _ in 0..<40 {
            let text = (0..<Int.random(in: 1...8, using: &random)).map { _ in RandomText.paragraph(using: &random) }.joined()
                + String(repeating: " ", count: Int.random(in: 0...70, using: &random)) + "尾"
            for width in [4, 17, 40] {
                for alignment in [ParagraphSetter.Alignment.justified, .left, .centred] {
                    let whole = lines(text, width: width, alignment: alignment, pieceBytes: Int.max)
                    let pieces = lines(text, width: width, alignment: alignment, pieceBytes: pieceBytes)
                    #expect(pieces == whole, "width \(width) \(alignment): \(text.debugDescription)")
                }
            }
        }
    }

    /// The source offsets run on from piece to piece: the last run of a long paragraph knows it
    /// shows the paragraph's last characters.
    @Test func sourceOffsetsRunOnAcrossPieces() {
        let text = String(repeating: "工会驿站，", count: 40_000)
        let set = lines(text, width: 40, alignment: .justified, pieceBytes: ParagraphSetter.pieceBytes)
        #expect(set.last?.last?.source?.end == 200_000)
        #expect(set.flatMap { $0 }.reduce(0) { $0 + ($1.source.map { $0.end - $0.start } ?? 0) } == 200_000)
    }
}
