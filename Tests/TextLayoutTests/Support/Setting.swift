@testable import TextLayout

/// Sets `text` as one body block (no indent) at `width` and returns each line as drawn, with the
/// cells between runs as spaces — what a reader would see.
func setLines(
    _ text: String, width: Int, alignment: ParagraphSetter.Alignment = .left, indent: Int = 0, hang: Int = 0, latinSpacing: Bool = false
) -> [String] {
    let block = ArticleBlocks.Block(role: .body, text: text, bylinePrefix: 0)
    return ParagraphSetter.set(block, index: 0, width: width, indent: indent, alignment: alignment, ambiguousWide: false, hang: hang,
                               latinSpacing: latinSpacing).map(drawn)
}

/// A row of runs as the text a terminal would show.
func drawn(_ row: [StyledRun]) -> String {
    var line = "", column = 0
    for run in row {
        line += String(repeating: " ", count: max(0, run.column - column)) + run.text
        column = run.column + run.width
    }
    return line
}

func cells(_ line: String) -> Int { CellWidth.of(line) }
