import TextLayout

/// Where the reader was in an issue when it last closed, to come back to: the article, the screen,
/// and the first character shown (as a source position, so another terminal size finds it too).
public struct RememberedPlace: Codable, Equatable, Sendable {
    public var article: Int
    public var onArticleScreen: Bool
    /// Block and cluster of the first character shown on that screen; nil for the top.
    public var block: Int?
    public var start: Int?
    /// The article screen was set vertically (竖排); absent in places kept before there was a choice.
    public var vertical: Bool?
    /// The articles read, in order; absent in places kept before there were read marks.
    public var read: [Int]?

    public init(article: Int, onArticleScreen: Bool, block: Int? = nil, start: Int? = nil, vertical: Bool? = nil, read: [Int]? = nil) {
        self.article = article
        self.read = read
        self.onArticleScreen = onArticleScreen
        self.block = block
        self.start = start
        self.vertical = vertical
    }
}

extension ReaderState {
    /// The place to remember now.
    public mutating func rememberedPlace() -> RememberedPlace? {
        guard articleCount > 0 else { return nil }
        let anchor = anchor(screen)
        return RememberedPlace(article: selected, onArticleScreen: screen == .article, block: anchor?.block, start: anchor?.start,
                               vertical: vertical ? true : nil, read: read.isEmpty ? nil : read.sorted())
    }

    /// Goes back to a remembered place, as far as this issue and this size allow. The place was read
    /// from a file anyone could have written: an article beyond the is ignored, and a
    /// character beyond the article's text (any number at all) finds its last line, never a trap.
    public mutating func restore(_ place: RememberedPlace) {
        // (Marks beyond the articles are dropped, however many the file lists.)
        let articles = 0..<articleCount
        read = Set((place.read ?? []).filter { articles.contains($0) })
        guard (0..<articleCount).contains(place.article) else { return }
        selected = place.article
        screen = place.onArticleScreen ? .article : .frontPage
        if let vertical = place.vertical { self.vertical = vertical }
        toTop()
        if let block = place.block, let start = place.start {
            let start = min(max(0, start), Int.max - 1)
            show(SourceSpan(block: max(0, block), start: start, end: start + 1), on: screen)
        }
        if screen == .article { read.insert(selected) }
        Reducer.keepSelectionVisible(&self)
    }
}
