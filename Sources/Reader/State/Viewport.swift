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

/// A value for each screen's view: where it begins (all that is stored of a viewport, the rest
/// following from the terminal's size and the layout), or the source character it shows first.
struct PerScreen<Value: Sendable>: Sendable {
    var pane: Value, article: Value

    init(pane: Value, article: Value) {
        self.pane = pane
        self.article = article
    }

    /// Each screen's from `value(screen)`.
    init(_ value: (ReaderState.Screen) -> Value) {
        self.init(pane: value(.frontPage), article: value(.article))
    }

    subscript(screen: ReaderState.Screen) -> Value {
        get { screen == .article ? article : pane }
        set { if screen == .article { article = newValue } else { pane = newValue } }
    }
}
