/// A rectangle of cells on the screen.
public struct Rect: Equatable, Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// Where everything goes on a screen of a given size: the status line at the bottom; on the front
/// page the headline pane beside the article pane (wide terminals) or above it (narrow ones); on the
/// article screen the text with a margin.
public struct ScreenGeometry: Equatable, Sendable {
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    /// From this width the headline pane stands beside the article pane.
    public static let sideBySideWidth = 100

    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var isSideBySide: Bool { width >= Self.sideBySideWidth }
    public var status: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
    var contentHeight: Int { height - 1 }

    /// The headline pane on the front page, given how many rows its items need.
    public func headlines(rowsNeeded: Int) -> Rect {
        if isSideBySide {
            return Rect(x: 0, y: 0, width: min(44, max(30, width / 3)), height: contentHeight)
        }
        let rows = min(rowsNeeded, max(3, contentHeight * 2 / 5))
        return Rect(x: 0, y: 0, width: width, height: rows)
    }

    /// The border between the panes: a column (side by side) or a row.
    public func border(rowsNeeded: Int) -> Rect {
        let headlines = headlines(rowsNeeded: rowsNeeded)
        return isSideBySide
            ? Rect(x: headlines.width, y: 0, width: 1, height: contentHeight)
            : Rect(x: 0, y: headlines.height, width: width, height: 1)
    }

    /// The article pane on the front page.
    public func articlePane(rowsNeeded: Int) -> Rect {
        let border = border(rowsNeeded: rowsNeeded)
        return isSideBySide
            ? Rect(x: border.x + 2, y: 0, width: width - border.x - 3, height: contentHeight)
            : Rect(x: 1, y: border.y + 1, width: width - 2, height: contentHeight - border.y - 1)
    }

    /// The text of the article screen.
    public var articleText: Rect {
        let margin = width >= 60 ? 2 : 0
        return Rect(x: margin, y: 0, width: width - 2 * margin, height: contentHeight)
    }
}
