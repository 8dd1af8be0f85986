/// Which characters of which block of the article a run shows: `block` indexes
/// `ArticleBlocks.blocks`, `start..<end` counts grapheme clusters of that block's text.
public struct SourceSpan: Equatable, Hashable, Sendable {
    public var block: Int
    public var start: Int
    public var end: Int

    public init(block: Int, start: Int, end: Int) {
        self.block = block
        self.start = start
        self.end = end
    }
}

/// Text drawn at an exact cell position, in one role. Decoration (rules, column separators) has no
/// source; a run of source text draws its clusters one after another, each at its own width.
public struct StyledRun: Equatable, Sendable {
    public var column: Int
    public var text: String
    public var width: Int
    public var role: Role
    public var source: SourceSpan?

    public init(column: Int, text: String, width: Int, role: Role, source: SourceSpan? = nil) {
        self.column = column
        self.text = text
        self.width = width
        self.role = role
        self.source = source
    }
}

/// One page of an article: `rows[r]` holds the runs of row r, left to right, never overlapping,
/// never past the page width.
public struct LaidOutPage: Equatable, Sendable {
    public var rows: [[StyledRun]]

    public init(rows: [[StyledRun]]) { self.rows = rows }
}

/// An article set for one width, height and set of options.
public struct LaidOutArticle: Equatable, Sendable {
    public var pages: [LaidOutPage]
    public var options: LayoutOptions
    /// The number of text columns the body was set in.
    public var columns: Int
}
