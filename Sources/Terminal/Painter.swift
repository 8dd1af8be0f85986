import CNcursesw
import Reader
import TextLayout

/// Draws a frame through ncurses' wide API, cell by cell, and lets ncurses work out what changed:
/// every cell is written each frame, nothing is cleared, and `refresh` sends only the difference.
public struct Painter {
    let palette: Palette

    public init(palette: Palette) { self.palette = palette }

    public func paint(_ frame: Frame) {
        let rows = min(frame.height, Int(shim_lines())), columns = min(frame.width, Int(shim_cols()))
        var cell = cchar_t()
        for row in 0..<rows {
            var column = 0
            while column < columns {
                let current = frame[row, column]
                if current.isContinuation { column += 1; continue }
                let style = palette.style(current.role)
                // ncurses takes a spacing character and at most four zero-width ones per cell; a longer
                // cluster (a family emoji) is drawn as its parts, as ncurses would place them anyway.
                var x = column
                for piece in pieces(of: current.text) {
                    var text = piece.map { wchar_t(bitPattern: $0.value) } + [0]
                    shim_setcchar(&cell, &text, style.attributes, style.pair)
                    shim_mvadd_wch(Int32(row), Int32(x), &cell)
                    x += max(1, piece.reduce(0) { $0 + CellWidth.of($1) })
                }
                column += max(1, CellWidth.of(current.text, ambiguousWide: frame.ambiguousWide))
            }
        }
        // The cursor shows only in the search prompt, where an input method needs to know where it is.
        if let cursor = frame.cursor, cursor.row < rows, cursor.column < columns {
            curs_set(1)
            wmove(shim_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
    }

    /// A cluster split into a spacing code point followed by up to four zero-width ones (more are
    /// dropped: ncurses has no room for them, and they take no cells).
    private func pieces(of text: String) -> [[Unicode.Scalar]] {
        var pieces: [[Unicode.Scalar]] = []
        for scalar in text.unicodeScalars {
            if CellWidth.of(scalar) > 0 || pieces.isEmpty {
                pieces.append([scalar])
            } else if pieces[pieces.count - 1].count < 5 {
                pieces[pieces.count - 1].append(scalar)
            }
        }
        return pieces
    }
}
