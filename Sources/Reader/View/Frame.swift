import TextLayout

/// One cell of the screen: a grapheme cluster (or a blank) in a role. A cluster wider than one cell
/// owns the cells to its right as continuations, and nothing may be written into half of it.
public struct Cell: Equatable, Sendable {
    /// The cluster drawn here; empty for the continuation of a wide cluster to the left.
    public var text: String
    public var role: Role

    public var isContinuation: Bool { text.isEmpty }
    public static func blank(_ role: Role) -> Cell { Cell(text: " ", role: role) }
}

/// The whole screen as a grid of cells: what the views draw and the painter sends to ncurses.
public struct Frame: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let ambiguousWide: Bool
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should stand (in the search prompt), or nil to hide it. An input
    /// method draws its candidates there.
    public var cursor: Position?

    public struct Position: Equatable, Sendable {
        public var row: Int, column: Int
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    public init(width: Int, height: Int, ambiguousWide: Bool = false, role: Role = .body) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ambiguousWide = ambiguousWide
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * width + column] }

    /// Writes text that is already safe to draw (layout runs, our own labels) from `column`, stopping
    /// before `limit` (default: the right edge). A wide cluster that would not fit whole is not drawn.
    /// Returns the column after the last cluster written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let limit = min(limit ?? width, width)
        var column = column
        for character in text {
            let cells = CellWidth.of(character, ambiguousWide: ambiguousWide)
            guard cells > 0 else { continue }
            if column + cells > limit { break }
            if column >= 0 { place(character, cells: cells, row: row, column: column, role: role) }
            column += cells
        }
        return column
    }

    /// Writes text from a page (a headline, a kicker): every cluster through its `Glyph`, so control
    /// characters and invisible ones are shown as stand-ins.
    @discardableResult
    public mutating func writeSource(_ text: String, row: Int, column: Int, role: Role, limit: Int? = nil) -> Int {
        write(TextFit.visible(text, ambiguousWide: ambiguousWide), row: row, column: column, role: role, limit: limit)
    }

    /// Blanks a rectangle in a role.
    public mutating func fill(_ rect: Rect, role: Role) {
        for row in max(0, rect.y)..<min(height, rect.y + rect.height) {
            for column in max(0, rect.x)..<min(width, rect.x + rect.width) {
                clear(row: row, column: column)
                cells[row * width + column] = .blank(role)
            }
        }
    }

    /// The frame as text, one line per row (continuations skipped), for golden screens.
    public func lines() -> [String] {
        (0..<height).map(line)
    }

    /// Row `row` as text.
    public func line(_ row: Int) -> String {
        var line = ""
        for column in 0..<width where !self[row, column].isContinuation { line += self[row, column].text }
        return line
    }

    private mutating func place(_ character: Character, cells count: Int, row: Int, column: Int, role: Role) {
        for offset in 0..<count { clear(row: row, column: column + offset) }
        cells[row * width + column] = Cell(text: String(character), role: role)
        for offset in 1..<count { cells[row * width + column + offset] = Cell(text: "", role: role) }
    }

    /// Blanks the cluster that covers (row, column), all of it: writing into half of a wide
    /// character clears its other half.
    private mutating func clear(row: Int, column: Int) {
        var leader = column
        while leader > 0 && cells[row * width + leader].isContinuation { leader -= 1 }
        let role = cells[row * width + leader].role
        cells[row * width + leader] = .blank(role)
        var next = leader + 1
        while next < width && cells[row * width + next].isContinuation {
            cells[row * width + next] = .blank(role)
            next += 1
        }
    }
}
