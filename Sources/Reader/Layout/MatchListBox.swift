/// Where the `&` lists' box stands and how many of its rows show, as data: the reducer moves the
/// cursor within what shows, and the view draws it there.
enum MatchListBox {
    /// The box for a list of `rows` rows: the terminal's width but a cell either side, as tall as
    /// the list or the rows above the status line.
    static func box(width: Int, height: Int, rows: Int) -> (width: Int, height: Int) {
        (max(0, width - 2), max(0, min(height - 1, rows + 2)))
    }

    /// The cells of context a match's row keeps before its label gives way.
    static let leastContext = 16

    static func visibleRows(width: Int, height: Int, rows: Int) -> Int { max(0, box(width: width, height: height, rows: rows).height - 2) }

    /// The terminal row the list's first row in sight is drawn on (the box centred as
    /// `HelpOverlayView.drawBox` centres it).
    static func firstRow(height: Int, rows: Int) -> Int {
        (height - 1 - box(width: 0, height: height, rows: rows).height) / 2 + 1
    }
}
