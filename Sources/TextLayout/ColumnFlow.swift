/// The geometry of newspaper columns on a page: N columns of equal (even) width with a gutter, a
/// thin rule in its middle, and the flowing of set lines into them — top to bottom, column by column.
/// A page that does not fill every column is balanced, as a newspaper balances a story's last columns.
struct ColumnFlow: Equatable, Sendable {
    let width: Int
    let columns: Int
    let columnWidth: Int
    let gutter: Int
    let ambiguousWide: Bool

    static let gutterCells = 3
    /// No column is made narrower than four ideographs: in less, 禁则 cannot always hold (a word
    /// and its two closing marks would not fit) and no cells can be kept for a mark to hang into.
    static let minimumColumnWidth = 8

    /// The most columns that fit `width` (or the requested number), and the width each gets.
    init(width: Int, requestedColumns: Int?, ambiguousWide: Bool) {
        let gutter = ColumnFlow.gutterCells
        // Auto: columns of at least 40 cells (20 ideographs); one column below 83 cells.
        var columns = requestedColumns ?? max(1, (width + gutter) / (40 + gutter))
        columns = max(1, min(columns, (width + gutter) / (ColumnFlow.minimumColumnWidth + gutter)))
        self.width = width
        self.columns = columns
        self.gutter = columns > 1 ? gutter : 0
        let share = columns > 1 ? (width - gutter * (columns - 1)) / columns : width
        // An even width: a line of ideographs then fills its column exactly, with no odd cell of
        // slack to wedge between two characters. The spare cell stays at the right edge.
        self.columnWidth = share > 3 ? share - share % 2 : share
        self.ambiguousWide = ambiguousWide
    }

    /// How many of `remaining` lines each column takes when `rows` rows are free: every column full,
    /// or — when they all fit — balanced, column heights differing by one line at most.
    func counts(remaining: Int, rows: Int) -> [Int] {
        if remaining >= rows * columns { return Array(repeating: rows, count: columns) }
        return (0..<columns).map { remaining / columns + ($0 < remaining % columns ? 1 : 0) }
    }

    /// `lines` flowed into rows, column by column, with the gutter rules.
    func flow<Lines: RandomAccessCollection<[StyledRun]>>(_ lines: Lines, rows: Int) -> [[StyledRun]] where Lines.Index == Int {
        let counts = counts(remaining: lines.count, rows: rows)
        return flow(lines, counts: counts, rows: 0..<(counts.max() ?? 0))
    }

    /// Rows `rows` of `lines` flowed with `counts` lines in each column: a tall area can be made a
    /// few rows at a time.
    func flow<Lines: RandomAccessCollection<[StyledRun]>>(_ lines: Lines, counts: [Int], rows: Range<Int>) -> [[StyledRun]]
    where Lines.Index == Int {
        var area = Array(repeating: [StyledRun](), count: rows.count)
        var first = lines.startIndex
        for column in 0..<columns {
            let left = column * (columnWidth + gutter)
            for row in rows {
                if row < counts[column] {
                    area[row - rows.lowerBound] += lines[first + row].map { run in
                        var moved = run
                        moved.column += left
                        return moved
                    }
                }
                if column < columns - 1, let rule = gutterRule(at: left + columnWidth) { area[row - rows.lowerBound].append(rule) }
            }
            first += counts[column]
        }
        return area
    }

    /// Rows `rows` of `lines` flowed as `flow` does, written as plain text (what `PlainTextDump.render`
    /// makes of them without colour), a line each, to `out`: for the dump, without the rows.
    func appendText(_ lines: GalleyLines, counts: [Int], rows: Range<Int>, to out: inout [UInt8]) {
        let rules = (0..<columns).map { gutterRule(at: $0 * (columnWidth + gutter) + columnWidth) }
        for row in rows {
            var first = lines.startIndex, column = 0
            for index in 0..<columns {
                let left = index * (columnWidth + gutter)
                if row < counts[index] { column = lines.appendText(ofLine: first + row, shift: left, column: column, to: &out) }
                if index < columns - 1, let rule = rules[index] {
                    if rule.column > column { out.append(contentsOf: repeatElement(0x20, count: rule.column - column)) }
                    out.append(contentsOf: rule.text.utf8)
                    column = rule.column + rule.width
                }
                first += counts[index]
            }
            out.append(0x0A)
        }
    }

    private func gutterRule(at column: Int) -> StyledRun? {
        let ruleWidth = CellWidth.of("│" as Character, ambiguousWide: ambiguousWide)
        guard gutter >= ruleWidth else { return nil }
        return StyledRun(column: column + (gutter - ruleWidth) / 2, text: "│", width: ruleWidth, role: .rule)
    }
}
