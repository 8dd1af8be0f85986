import Testing
@testable import IssueModel

/// A large page is made into lines a piece per core: the lines, their indents and the blank lines
/// before each are what one pass over the whole page makes — blank runs across the pieces' seams
/// included, and a piece with no line at all.
@Suite struct PageLinePiecesTests {
    static func described(_ lines: [PageLine]) -> [String] {
        lines.map { "\($0.blankLinesBefore)|\($0.indented)|\($0.text)|\($0.isTitleLike)|\($0.lead)" }
    }

    @Test(arguments: [0, 1, 3, 7, 2_500])
    func piecesMakeWhatOnePassMakes(blankRun: Int) {
        var lines: [String] = []
        for index in 0..<6_000 {
            switch index % 11 {
            case 0: lines.append("本报记者  张  烁")
            case 3: lines += Array(repeating: index % 2 == 0 ? "" : " \u{3000} ", count: blankRun)
            case 5: lines.append("\u{3000}\u{3000}第\(index)段，内容。")
            default: lines.append("标题\(index)")
            }
            // A stretch of nothing but blank lines, wider than a piece.
            if index == 3_000 { lines += Array(repeating: "", count: blankRun) }
        }
        let text = lines.joined(separator: "\n")
        var ends: [Int] = []
        for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { ends.append(offset) }
        ends.append(text.utf8.count)
        let whole = PageLine.piece(of: text, ends: ends[...], start: 0).lines
        #expect(ends.count >= PageLine.linesForPieces)
        let pieces = Self.described(PageLine.lines(of: text)), one = Self.described(whole)
        let first = zip(pieces, one).enumerated().first { $1.0 != $1.1 }
        #expect(pieces.count == one.count && first == nil,
                "\(pieces.count) lines for \(one.count); first difference: \(first.map { "\($0.offset): \($0.element.0) ≠ \($0.element.1)" } ?? "none")")
    }
}
