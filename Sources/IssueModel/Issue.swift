/// One issue of a paper as Kanbao reads it: an optional page header line and the articles in page order.
/// Written out by `IssueJSON`, the one encoder (`--json`).
public struct Issue: Sendable, Equatable {
    /// A page header line such as `2023年8月22日 星期二 第3版 要闻`, kept as its text.
    public var header: String?
    public var articles: [Article]
    /// The pages of an issue read from several files (see `joining`); empty for one file.
    public var pages: [IssuePage] = []

    public init(header: String? = nil, articles: [Article]) {
        self.header = header
        self.articles = articles
    }
}

/// One article: the headline block (引题 kicker, 主题 headline, 副题 subheadline), the byline taken
/// from the lead, the body paragraphs (column breaks mended) and a closing photo credit.
public struct Article: Sendable, Equatable {
    public var kicker: String?
    /// Empty for an untitled article (a page with no recognisable headline).
    public var headline: String
    public var subheadline: String?
    /// Who wrote it, e.g. `记者 马超 通讯员 刘甜`; a copy — the lead paragraph keeps its full text.
    public var byline: String?
    /// The body's blocks in order: paragraphs and inner section heads.
    public var paragraphs: [String]
    /// Which of `paragraphs` are inner section heads (`讲述`, `【热议】`), by index, ascending.
    public var heads: [Int]
    /// A closing line such as `本报记者 盛丽 曹立栋 摄影报道`.
    public var credit: String?

    public init(
        kicker: String? = nil, headline: String, subheadline: String? = nil,
        byline: String? = nil, paragraphs: [String], heads: [Int] = [], credit: String? = nil
    ) {
        self.kicker = kicker
        self.headline = headline
        self.subheadline = subheadline
        self.byline = byline
        self.paragraphs = paragraphs
        self.heads = heads
        self.credit = credit
    }

    /// Every piece of source text the article holds, in page order (the byline is a copy, so not here).
    public var sourceTexts: [String] {
        [kicker, headline, subheadline].compactMap { $0 } + paragraphs + [credit].compactMap { $0 }
    }
}

extension Issue {
    /// Every piece of source text in page order: each page's header, then its articles' texts.
    public var sourceTexts: [String] {
        pageList.flatMap { page in [page.header].compactMap { $0 } + articles[page.articles].flatMap(\.sourceTexts) }
    }
}
