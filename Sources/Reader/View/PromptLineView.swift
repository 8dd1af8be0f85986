import TextLayout

/// A prompt's line at the foot of a screen: `/` and the text, scrolled so that the cursor stays in
/// sight — the reader's search prompt and the archive screen's draw it alike.
enum PromptLineView {
    /// Draws `/` at column 0 and the line after it in `room` cells of `row`, and puts the cursor.
    /// Only the clusters that can show are measured: a pasted line of 100 KB costs a screen's width.
    static func draw(_ line: PromptLine, row: Int, room: Int, role: Role, _ frame: inout Frame) {
        let ambiguousWide = frame.ambiguousWide
        let text = line.text
        let cursorIndex = text.index(text.startIndex, offsetBy: line.cursor)
        var start = cursorIndex, before = 0
        while start > text.startIndex {
            let previous = text.index(before: start)
            let width = Glyph(text[previous], ambiguousWide: ambiguousWide).width
            if before + width >= room { break }
            before += width
            start = previous
        }
        frame.write("/", row: row, column: 0, role: .prompt)
        var column = 1
        for character in text[start...] {
            let glyph = Glyph(character, ambiguousWide: ambiguousWide)
            if column + glyph.width > 1 + room { break }
            frame.write(glyph.text, row: row, column: column, role: role)
            column += glyph.width
        }
        frame.cursor = Frame.Position(row: row, column: 1 + before)
    }
}
