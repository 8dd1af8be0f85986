import TextLayout

/// The `?` overlay's text laid out for a terminal's size: every key with the whole of what it does —
/// the description wrapped beside the keys, or under them when the box is too narrow for both —
/// one column, or two when every entry fits whole in half the box — then each further section under
/// its heading (the search prompt's keys) — then, when the settings have
/// problems, all of them, each whole; the rows that do not fit are scrolled to (`top`), and the
/// box's bottom border says so.
struct HelpLayout {
    /// A row of text: the keys (on an entry's first row only) and a piece of the description.
    struct Row: Equatable {
        var keys: String
        var text: String
        /// Where the text starts, from the column's left edge.
        var textColumn: Int
    }

    let boxWidth: Int
    let boxHeight: Int
    let columns: Int
    /// Every row, column after column.
    let rows: [Row]
    /// Blank rows inside the box above and below the text: none on a short screen.
    let padding: Int
    /// The row where the settings' problems begin (their heading); the end when there are none.
    let problemsStart: Int
    /// Rows in sight in each column.
    var visibleRows: Int { max(0, boxHeight - 2 - 2 * padding) }
    var rowsPerColumn: Int { (rows.count + columns - 1) / max(1, columns) }
    /// The last scroll offset that still fills the box.
    var lastTop: Int { max(0, rowsPerColumn - visibleRows) }

    typealias Entry = (keys: String, help: String)

    init(entries: [Entry], sections: [(title: String, entries: [Entry])] = [], problems: [String] = [],
         width: Int, height: Int, ambiguousWide: Bool) {
        func cells(_ text: String) -> Int { CellWidth.of(text, ambiguousWide: ambiguousWide) }
        let every = entries + sections.flatMap(\.entries)
        let keyWidth = every.map { cells($0.keys) }.max() ?? 0
        let helpWidth = every.map { cells($0.help) }.max() ?? 0
        let whole = keyWidth + 2 + helpWidth
        // Two columns (a cell between) only when each entry fits whole in one, and one column
        // would not fit the height.
        padding = height >= 12 ? 1 : 0
        // (Short screens give the box every row but the status line's.)
        let tallest = height >= 12 ? height - 2 : height - 1
        let fitsHeight = every.count + 2 * sections.count + 2 + 2 * padding <= tallest
        // (Problems are long lines: with them, one column.)
        columns = problems.isEmpty && !fitsHeight && width - 2 >= whole * 2 + 5 ? 2 : 1
        boxWidth = max(0, min(width - 2, columns == 2 ? whole * 2 + 5 : whole + 4))
        let inner = max(1, (boxWidth - 4 - (columns - 1)) / columns)
        var rows: [Row] = []
        func add(_ entry: Entry) {
            if keyWidth + 2 + 8 <= inner {
                // Beside the keys, wrapped in the room left.
                let pieces = TextWrap.lines(entry.help, width: inner - keyWidth - 2, ambiguousWide: ambiguousWide)
                for (index, piece) in (pieces.isEmpty ? [""] : pieces).enumerated() {
                    rows.append(Row(keys: index == 0 ? entry.keys : "", text: piece, textColumn: keyWidth + 2))
                }
            } else {
                // Too narrow for both: the keys on a row of their own, what they do under them.
                for keys in TextWrap.lines(entry.keys, width: inner, ambiguousWide: ambiguousWide) {
                    rows.append(Row(keys: keys, text: "", textColumn: 0))
                }
                for piece in TextWrap.lines(entry.help, width: max(1, inner - 2), ambiguousWide: ambiguousWide) {
                    rows.append(Row(keys: "", text: piece, textColumn: 2))
                }
            }
        }
        entries.forEach(add)
        for section in sections {
            rows.append(Row(keys: "", text: "", textColumn: 0))
            rows.append(Row(keys: section.title, text: "", textColumn: 0))
            section.entries.forEach(add)
        }
        if !problems.isEmpty { rows.append(Row(keys: "", text: "", textColumn: 0)) }
        problemsStart = rows.count
        if !problems.isEmpty {
            rows.append(Row(keys: "设置的问题 \(problems.count) settings problems", text: "", textColumn: 0))
            for problem in problems {
                for (index, piece) in TextWrap.lines(problem, width: max(1, inner - 2), ambiguousWide: ambiguousWide).enumerated() {
                    rows.append(Row(keys: index == 0 ? "•" : "", text: piece, textColumn: 2))
                }
            }
        }
        self.rows = rows
        let perColumn = (rows.count + columns - 1) / columns
        boxHeight = max(0, min(tallest, perColumn + 2 + 2 * padding))
    }

    /// The bottom border's note when rows lie out of sight: which rows show, and how to scroll.
    /// The foot's forms, longest first, for a narrow box to take the first that fits whole.
    func scrollNotes(top: Int) -> [String] {
        guard lastTop > 0 else { return [] }
        let place = " \(top + 1)–\(min(rowsPerColumn, top + visibleRows))/\(rowsPerColumn) ↓↑"
        return [place + " Space b 滚动 scroll · 其他键关闭 other keys close ", place + " 滚动 scroll · 其他键关闭 close ",
                place + " 滚动 · 其他键关闭 ", place + " "]
    }
}
