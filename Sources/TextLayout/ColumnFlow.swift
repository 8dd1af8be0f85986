/// Flows set lines onto pages: full-width header rows first, then the body top to bottom through
/// N columns of equal width with a gutter (a thin rule in its middle), column by column, page by
/// page. The last page's columns are balanced, as a newspaper balances a story's last columns.
struct ColumnFlow {
    let width: Int
    let height: Int?
    let columns: Int
    let columnWidth: Int
    let gutter: Int
    let ambiguousWide: Bool

    static let gutterCells = 3

    /// The most columns that fit `width`, and the width each gets.
    init(width: Int, height: Int?, requestedColumns: Int?, ambiguousWide: Bool) {
        let gutter = ColumnFlow.gutterCells
        // Auto: columns of at least 40 cells (20 ideographs); one column below 83 cells.
        var columns = requestedColumns ?? max(1, (width + gutter) / (40 + gutter))
        columns = max(1, min(columns, (width + gutter) / (LayoutOptions.minimumWidth + gutter)))
        self.width = width
        self.height = height
        self.columns = columns
        self.gutter = columns > 1 ? gutter : 0
        let share = columns > 1 ? (width - gutter * (columns - 1)) / columns : width
        // An even width: a line of ideographs then fills its column exactly, with no odd cell of
        // slack to wedge between two characters. The spare cell stays at the right edge.
        self.columnWidth = share > 3 ? share - share % 2 : share
        self.ambiguousWide = ambiguousWide
    }

    func pages(header: [[StyledRun]], body: [[StyledRun]]) -> [LaidOutPage] {
        var pages: [LaidOutPage] = []
        var rows: [[StyledRun]] = []
        func finishPage() {
            if let height { rows += Array(repeating: [], count: height - rows.count) }
            pages.append(LaidOutPage(rows: rows))
            rows = []
        }
        for line in header {
            if let height, rows.count == height { finishPage() }
            rows.append(line)
        }
        var next = 0
        while next < body.count {
            if let height, rows.count == height { finishPage() }
            let remaining = body.count - next
            let available = height.map { $0 - rows.count } ?? remaining
            // A full page fills every column; the last page (or a page without a height) is balanced:
            // column heights differ by one line at most, the longer ones first.
            var counts = Array(repeating: available, count: columns)
            if remaining <= available * columns {
                counts = (0..<columns).map { remaining / columns + ($0 < remaining % columns ? 1 : 0) }
            }
            var area = Array(repeating: [StyledRun](), count: counts.max() ?? 0)
            for column in 0..<columns {
                let left = column * (columnWidth + gutter)
                for row in 0..<area.count {
                    if row < counts[column] {
                        area[row] += body[next].map { run in
                            var moved = run
                            moved.column += left
                            return moved
                        }
                        next += 1
                    }
                    if column < columns - 1, let rule = gutterRule(at: left + columnWidth) { area[row].append(rule) }
                }
            }
            rows += area
            if height == nil { break }
        }
        if !rows.isEmpty || pages.isEmpty { finishPage() }
        return pages
    }

    private func gutterRule(at column: Int) -> StyledRun? {
        let ruleWidth = CellWidth.of("│" as Character, ambiguousWide: ambiguousWide)
        guard gutter >= ruleWidth else { return nil }
        return StyledRun(column: column + (gutter - ruleWidth) / 2, text: "│", width: ruleWidth, role: .rule)
    }
}
