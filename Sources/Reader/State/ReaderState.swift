import IssueModel
import TextLayout

/// Everything the reader shows, as a value: which screen, which article, where in it, how big the
/// terminal is. `reduce` changes it; `ReaderView` draws it.
public struct ReaderState: Sendable {
    public enum Screen: Hashable, Sendable { case frontPage, article }
    public enum Focus: Hashable, Sendable { case headlines, article }
    /// The help, or the list of pages with the one the cursor is on.
    /// `help(top:)`: the help, scrolled to its row `top`. `matches`: every match of the search (`&`),
    /// the cursor on one (its number in the results), the list shown from its row `top`.
    public enum Overlay: Hashable, Sendable { case help(top: Int), pages(cursor: Int), matches(cursor: Int, top: Int) }

    public let issue: Issue
    /// The pages (版面) of the issue: one, unless it was read from several files.
    public let pages: [IssuePage]
    /// The headline pane's rows taken by the articles before each one (and by all, at the end): how
    /// many rows any run of headlines takes is one subtraction, however long the issue.
    let headlineRowsBefore: [Int]
    public var screen: Screen = .frontPage
    /// Which pane of the front page the keys move.
    public var focus: Focus = .headlines
    /// A count typed before a motion (`5j`), shown in the status line until the motion or Esc.
    public var count: Int?
    /// What is wrong in the config and theme files, a line each (`config.toml:2: …`), listed in the
    /// help (`!` opens it there).
    public let problems: [String]
    public var overlay: Overlay?
    /// A note for the status line, until the next key.
    public var message: String?
    /// The selected article: highlighted on the front page, read on the article screen.
    public var selected = 0
    /// The articles the article screen has shown (marked ✓ in the headline pane), kept with the
    /// remembered place.
    public var read: Set<Int> = []
    /// The first headline shown in the headline pane.
    public var headlineTop = 0
    /// Where the front page's article pane and the article screen begin in the selected article
    /// (see `viewport`).
    var positions = PerScreen(pane: 0, article: 0)
    /// The article screen set vertically (竖排): `v` toggles it. The front page's pane stays horizontal.
    public var vertical = false
    public private(set) var geometry: ScreenGeometry
    /// Where the pane and the article screen were in the text when the terminal became too small,
    /// so that the place comes back when it grows again.
    var heldAnchors: PerScreen<SourceSpan?>?
    /// Columns, ambiguous width, justification; the width comes from the screen.
    public let layout: LayoutOptions
    var galleys = GalleyCache()
    /// The search prompt, while it is open; the search whose matches are highlighted; the queries
    /// confirmed in this run (oldest first), for Up and Down in the prompt.
    public internal(set) var prompt: SearchPrompt?
    public internal(set) var search: SearchSession?
    public internal(set) var searchHistory: [String] = []
    /// Built at the first search: the issue's text, folded, in one piece.
    var searchIndex: SearchIndex?
    /// One of several issues: a search goes on beyond this one (`n` past the last match asks for
    /// the next issue with matches) instead of wrapping round it.
    public let oneOfSeveral: Bool
    /// The keys: the default table, or the config file's version of it.
    public let keyBindings: [KeyBinding]
    /// The themes T cycles through, and the one in use (the front end draws with it).
    public let themeNames: [String]
    public var themeName: String?

    /// Search finds traditional and simplified characters as one.
    public let scriptFolding: Bool

    public init(issue: Issue, width: Int, height: Int, layout: LayoutOptions = LayoutOptions(), setup: ReaderSetup = ReaderSetup(),
                message: String? = nil) {
        keyBindings = setup.keyBindings
        themeNames = setup.themeNames
        themeName = setup.themeName
        problems = setup.problems
        oneOfSeveral = setup.oneOfSeveral
        scriptFolding = setup.scriptFolding
        self.issue = issue
        self.pages = issue.pageList
        var rowsBefore = [0]
        rowsBefore.reserveCapacity(issue.articles.count + 1)
        for article in issue.articles { rowsBefore.append(rowsBefore[rowsBefore.count - 1] + (article.kicker == nil ? 1 : 2)) }
        self.headlineRowsBefore = rowsBefore
        self.geometry = ScreenGeometry(width: width, height: height)
        self.layout = layout
        self.message = message
        self.vertical = layout.vertical
    }

    public var articleCount: Int { issue.articles.count }

    /// How many of `articles` have not been read.
    public func unread(_ articles: Range<Int>) -> Int { articles.count - read.count { articles.contains($0) } }

    // MARK: Pages

    /// The page the selected article is on; the front page lists that page's articles only.
    public var page: Int { pages.count == 1 ? 0 : issue.page(of: selected) }
    public var pageArticles: Range<Int> { pages[page].articles }
    public var isPaged: Bool { pages.count > 1 }

    // MARK: Geometry of the current screen

    /// Rows each headline item takes: its kicker (if any) and its headline.
    func headlineRows(_ index: Int) -> Int { issue.articles[index].kicker == nil ? 1 : 2 }
    /// Rows the headline items of `articles` take together.
    func headlineRows(_ articles: Range<Int>) -> Int { headlineRowsBefore[articles.upperBound] - headlineRowsBefore[articles.lowerBound] }
    /// The rows the headline pane would need: the page's label (for several pages), its articles.
    var allHeadlineRows: Int { (isPaged ? 1 : 0) + headlineRows(pageArticles) }

    public var headlinePane: Rect { geometry.headlines(rowsNeeded: allHeadlineRows) }
    /// The part of the headline pane the headlines take: below the page's label, for several pages.
    public var headlineList: Rect {
        let pane = headlinePane
        return isPaged ? Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: pane.height - 1) : pane
    }
    public var articlePane: Rect { geometry.articlePane(rowsNeeded: allHeadlineRows) }
    public var border: Rect { geometry.border(rowsNeeded: allHeadlineRows) }

    // MARK: Galleys

    func options(width: Int) -> LayoutOptions {
        LayoutOptions(width: width, columns: layout.columns, ambiguousWide: layout.ambiguousWide, justify: layout.justify,
                      latinSpacing: layout.latinSpacing, vertical: false)
    }

    /// The view of the selected article on `screen`: the front page's article pane, or the article
    /// screen (set vertically, when it is).
    public func viewport(_ screen: Screen) -> Viewport {
        switch screen {
        case .frontPage:
            return Viewport(options: options(width: articlePane.width), position: positions.pane, extent: articlePane.height)
        case .article where vertical:
            let text = geometry.articleText
            let options = LayoutOptions(width: text.width, height: text.height, ambiguousWide: layout.ambiguousWide, justify: layout.justify, vertical: true)
            return Viewport(options: options, position: positions.article, extent: options.verticalColumns)
        case .article:
            return Viewport(options: options(width: geometry.articleText.width), position: positions.article, extent: geometry.articleText.height)
        }
    }

    public var paneView: Viewport { viewport(.frontPage) }
    public var articleView: Viewport { viewport(.article) }

    /// Moves the view on `screen` to where `to` says, from the selected article's galley there (kept
    /// in the cache) and the view as it is.
    mutating func scroll(_ screen: Screen, to: (Galley, Viewport) -> Int) {
        let view = viewport(screen)
        positions[screen] = to(galley(selected, view.options), view)
    }

    /// Both views at the top of the article (a new article).
    mutating func toTop() { positions = PerScreen(pane: 0, article: 0) }

    /// The source character first shown on each screen (see `anchor`).
    mutating func anchors() -> PerScreen<SourceSpan?> {
        PerScreen(pane: anchor(.frontPage), article: anchor(.article))
    }

    /// The galley of an article at a width, from the cache (set and kept if it is not there yet).
    mutating func galley(_ index: Int, _ options: LayoutOptions) -> Galley {
        galleys.galley(issue.articles[index], key: index, options: options)
    }

    /// The same without keeping it, for drawing (the reducer has usually set it already).
    public func peekGalley(_ index: Int, _ options: LayoutOptions) -> Galley {
        galleys.cached(key: index, options: options) ?? ArticleLayout.galley(issue.articles[index], options: options)
    }

    /// The selected article's galley on `screen`, for drawing.
    public func galley(on screen: Screen) -> Galley? { articleCount == 0 ? nil : peekGalley(selected, viewport(screen).options) }

    // MARK: Places as source characters

    /// The source character first shown in the article pane (`.frontPage`) or on the article screen;
    /// nil at the top, where there is nothing to find again. How a place survives a resize, a move
    /// between the screens, a search cancelled and a restart.
    mutating func anchor(_ place: Screen) -> SourceSpan? {
        let view = viewport(place)
        guard view.position > 0 else { return nil }
        return galley(selected, view.options).anchor(at: view.position)
    }

    /// Puts the pane or the article screen where it shows `anchor`; at the top for nil.
    mutating func show(_ anchor: SourceSpan?, on place: Screen) {
        scroll(place) { galley, _ in anchor.map { galley.position(of: $0) } ?? 0 }
    }

    /// Page x of y on the article screen (or in the pane).
    public func pageNumber(galley: Galley, position: Int, height: Int) -> (page: Int, of: Int) {
        let starts = galley.pageStarts(height: max(1, height))
        return ((starts.lastIndex { $0 <= position } ?? 0) + 1, starts.count)
    }

    mutating func setSize(width: Int, height: Int) {
        geometry = ScreenGeometry(width: width, height: height)
    }
}
