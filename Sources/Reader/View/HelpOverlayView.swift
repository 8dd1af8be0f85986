import TextLayout

/// The `?` overlay: every key of the current screen, made from the key table.
enum HelpOverlayView {
    /// The keys of `screen`, those for turning pages only when there are pages to turn.
    static func lines(for screen: ReaderState.Screen, in table: [KeyBinding], paged: Bool = false) -> [(keys: String, help: String)] {
        let pageActions: Set<ReaderAction> = [.nextPage, .previousPage, .pageList]
        return KeyBinding.bindings(on: screen, in: table)
            .filter { !$0.keys.isEmpty && (paged || !pageActions.contains($0.action)) }
            .map { binding in (binding.keys.map(\.label).joined(separator: " "), binding.help) }
    }

    /// One column of keys and what they do; two, side by side, when one would not fit the height
    /// (the texts then cut with `…` to the width).
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        let ambiguousWide = frame.ambiguousWide
        let entries = lines(for: state.screen, in: state.keyBindings, paged: state.isPaged)
        let keyWidth = entries.map { CellWidth.of($0.keys, ambiguousWide: ambiguousWide) }.max() ?? 0
        let helpWidth = entries.map { CellWidth.of($0.help, ambiguousWide: ambiguousWide) }.max() ?? 0
        let columns = entries.count + 4 > frame.height - 2 ? 2 : 1
        let perColumn = (entries.count + columns - 1) / columns
        let width = min(frame.width - 2, (keyWidth + helpWidth + 3) * columns + 4)
        let height = min(frame.height - 2, perColumn + 4)
        let title = state.screen == .frontPage ? " 按键 Keys — 版面 front page " : " 按键 Keys — 文章 article "
        let box = drawBox(width: width, height: height, title: title, &frame)
        let columnWidth = (box.width - 4) / columns
        for (index, entry) in entries.enumerated() {
            let (column, line) = (index / perColumn, index % perColumn)
            guard line < box.height - 4 else { continue }
            let row = box.y + 2 + line
            let left = box.x + 2 + column * columnWidth
            let limit = min(left + columnWidth - 1, box.x + box.width - 2)
            frame.write(entry.keys, row: row, column: left, role: .prompt, limit: limit)
            let help = TextFit.truncated(entry.help, width: limit - (left + 2 + keyWidth), ambiguousWide: ambiguousWide)
            frame.write(help, row: row, column: left + 2 + keyWidth, role: .help, limit: limit)
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
