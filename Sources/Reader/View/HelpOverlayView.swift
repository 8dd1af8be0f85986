import TextLayout

/// The `?` overlay: every key of the current screen, made from the key table.
enum HelpOverlayView {
    /// The keys and what they do, whole (`HelpLayout`), from row `top` on.
    static func draw(_ frame: inout Frame, _ state: ReaderState, top: Int) {
        let title = state.screen == .frontPage ? " 按键 Keys — 版面 front page " : " 按键 Keys — 文章 article "
        draw(&frame, HelpContent.layout(state, ambiguousWide: frame.ambiguousWide), title: title, top: top)
    }

    /// A help laid out, in its box under `title`, from row `top` on: any screen's.
    static func draw(_ frame: inout Frame, _ layout: HelpLayout, title: String, top: Int) {
        let box = drawBox(width: layout.boxWidth, height: layout.boxHeight, title: title, &frame)
        guard box.width > 4 else { return }
        let top = max(0, min(top, layout.lastTop))
        let columnWidth = (box.width - 4 + (layout.columns - 1)) / layout.columns
        for column in 0..<layout.columns {
            let first = column * layout.rowsPerColumn + top
            let end = min((column + 1) * layout.rowsPerColumn, first + layout.visibleRows, layout.rows.count)
            guard first < end else { continue }
            for (offset, row) in layout.rows[first..<end].enumerated() {
                let y = box.y + 1 + layout.padding + offset
                let left = box.x + 2 + column * columnWidth
                let limit = min(left + columnWidth, box.x + box.width - 2)
                frame.write(row.keys, row: y, column: left, role: .prompt, limit: limit)
                frame.write(row.text, row: y, column: left + row.textColumn, role: .help, limit: limit)
            }
        }
        let notes = layout.scrollNotes(top: top)
        if let last = notes.last {
            let room = max(0, box.width - 4)
            let fitted = notes.first { CellWidth.of($0, ambiguousWide: frame.ambiguousWide) <= room }
                ?? TextFit.truncated(last, width: room, ambiguousWide: frame.ambiguousWide)
            frame.write(fitted, row: box.y + box.height - 1, column: box.x + 2, role: .border, limit: box.x + box.width - 2)
        }
    }

    /// A framed box centred above the status line, its title in the top border; the box's rectangle.
    static func drawBox(width: Int, height: Int, title: String, _ frame: inout Frame) -> Rect {
        let box = Rect(x: (frame.width - width) / 2, y: (frame.height - 1 - height) / 2, width: width, height: height)
        // A blank cell either side, so that what lies under the box does not run up against its
        // edge and read as part of it (the page label's `{ }` beside the corner: `┐}`).
        frame.fill(Rect(x: box.x - 1, y: box.y, width: box.width + 2, height: box.height), role: .body)
        frame.fill(box, role: .help)
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        frame.write("┌" + horizontal + "┐", row: box.y, column: box.x, role: .border)
        frame.write("└" + horizontal + "┘", row: box.y + box.height - 1, column: box.x, role: .border)
        for row in (box.y + 1)..<(box.y + box.height - 1) {
            frame.write("│", row: row, column: box.x, role: .border)
            frame.write("│", row: row, column: box.x + box.width - 1, role: .border)
        }
        frame.write(title, row: box.y, column: box.x + 2, role: .border, limit: box.x + box.width - 1)
        return box
    }
}
