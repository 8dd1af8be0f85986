/// Everything a layout depends on besides the article: the cache key, with the article.
public struct LayoutOptions: Equatable, Hashable, Sendable {
    /// The smallest width anything is set in: one wide character.
    public static let minimumWidth = 2

    /// In vertical setting, the text columns across a page `width` cells wide…
    public var verticalColumnsAcross: Int { max(1, width / VerticalLayout.pitch) }
    /// …and on the whole page, in as many bands as its height holds.
    public var verticalColumns: Int {
        verticalColumnsAcross * VerticalLayout.bands(height: height ?? VerticalLayout.defaultLength).count
    }

    /// Cells across the page (at least `minimumWidth`).
    public var width: Int
    /// Rows per page; nil sets each article as one long page.
    public var height: Int?
    /// Text columns; nil chooses from the width (columns of about 20 to 40 ideographs).
    public var columns: Int?
    /// Draw East Asian Ambiguous characters (“ ” … —) two cells wide.
    public var ambiguousWide: Bool
    /// Even right edges for every full line of a paragraph: closing marks hang past the measure.
    public var justify: Bool
    /// A space on both sides of a run of Latin letters or digits between Chinese characters
    /// (盘古之白: `近 3 年`), which the text itself does not have.
    public var latinSpacing: Bool
    /// Vertical lines (竖排, `VerticalLayout`): `height` is then the page's height, which sets the
    /// length of its columns (in bands, when tall), and `width` only says how many go across.
    public var vertical: Bool

    public init(
        width: Int = 80, height: Int? = nil, columns: Int? = nil, ambiguousWide: Bool = false, justify: Bool = true,
        latinSpacing: Bool = false, vertical: Bool = false
    ) {
        self.width = max(width, LayoutOptions.minimumWidth)
        self.height = height.map { max($0, 1) }
        self.columns = columns.map { max($0, 1) }
        self.ambiguousWide = ambiguousWide
        self.justify = justify
        self.latinSpacing = latinSpacing
        self.vertical = vertical
    }
}
