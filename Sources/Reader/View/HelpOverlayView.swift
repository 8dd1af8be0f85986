import TextLayout

/// The `?` overlay: every key of the current screen, made from the key table.
enum HelpOverlayView {
    static func lines(for screen: ReaderState.Screen, in table: [KeyBinding]) -> [(keys: String, help: String)] {
        KeyBinding.bindings(on: screen, in: table).filter { !$0.keys.isEmpty }.map { binding in
            (binding.keys.map(\.label).joined(separator: " "), binding.help)
        }
    }

    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        let ambiguousWide = frame.ambiguousWide
        let entries = lines(for: state.screen, in: state.keyBindings)
        let keyWidth = entries.map { CellWidth.of($0.keys, ambiguousWide: ambiguousWide) }.max() ?? 0
        let helpWidth = entries.map { CellWidth.of($0.help, ambiguousWide: ambiguousWide) }.max() ?? 0
        let width = min(frame.width - 2, keyWidth + helpWidth + 7)
        let height = min(frame.height - 2, entries.count + 4)
        let box = Rect(x: (frame.width - width) / 2, y: (frame.height - 1 - height) / 2, width: width, height: height)
        frame.fill(box, role: .help)
        let horizontal = String(repeating: "─", count: max(0, width - 2))
        frame.write("┌" + horizontal + "┐", row: box.y, column: box.x, role: .border)
        frame.write("└" + horizontal + "┘", row: box.y + box.height - 1, column: box.x, role: .border)
        for row in (box.y + 1)..<(box.y + box.height - 1) {
            frame.write("│", row: row, column: box.x, role: .border)
            frame.write("│", row: row, column: box.x + box.width - 1, role: .border)
        }
        let title = state.screen == .frontPage ? " 按键 Keys — 版面 front page " : " 按键 Keys — 文章 article "
        frame.write(title, row: box.y, column: box.x + 2, role: .border, limit: box.x + box.width - 1)
        let limit = box.x + box.width - 2
        for (index, entry) in entries.prefix(box.height - 4).enumerated() {
            let row = box.y + 2 + index
            frame.write(entry.keys, row: row, column: box.x + 2, role: .prompt, limit: limit)
            frame.write(entry.help, row: row, column: box.x + 4 + keyWidth, role: .help, limit: limit)
        }
    }
}
