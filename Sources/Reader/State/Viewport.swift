import TextLayout

/// One screen's view of the selected article: how it is set there, where in its galley the view
/// begins, and how far a page of it reaches. The front page's article pane has one, the article
/// screen another; the reducer moves either the same way.
public struct Viewport: Sendable {
    /// Width, columns, vertical or not: the galley's key.
    public let options: LayoutOptions
    /// The position (see `Galley`) of the first line shown — or column, set vertically.
    public var position: Int
    /// Rows a page takes, or text columns when set vertically.
    public let extent: Int
}

/// Where each screen's view begins: all that is stored of a viewport, the rest following from the
/// terminal's size and the layout.
struct ViewPositions: Sendable {
    var pane = 0, article = 0

    subscript(screen: ReaderState.Screen) -> Int {
        get { screen == .article ? article : pane }
        set { if screen == .article { article = newValue } else { pane = newValue } }
    }
}
