import IssueModel

/// An article as the layout sees it: its source texts in page order, each with its role (an inner
/// section head's is `head`). A run's
/// `SourceSpan.block` indexes `blocks`.
public struct ArticleBlocks: Sendable {
    public struct Block: Sendable, Equatable {
        public var role: Role
        public var text: String
        /// How many leading clusters are set in the byline role (`本报讯（记者 白莹）` in a lead).
        public var bylinePrefix: Int
    }

    public let blocks: [Block]

    public init(_ article: Article) {
        var blocks: [Block] = []
        func add(_ text: String?, _ role: Role) {
            if let text, !text.isEmpty { blocks.append(Block(role: role, text: text, bylinePrefix: 0)) }
        }
        add(article.kicker, .kicker)
        add(article.headline, .headline)
        add(article.subheadline, .subheadline)
        var heads = article.heads[...]
        for (index, paragraph) in article.paragraphs.enumerated() {
            let isHead = heads.first == index
            if isHead { heads.removeFirst() }
            let prefix = index == 0 && !isHead ? article.bylinePrefixInLead ?? 0 : 0
            blocks.append(Block(role: isHead ? .head : .body, text: paragraph, bylinePrefix: prefix))
        }
        add(article.credit, .credit)
        self.blocks = blocks
    }

    /// The blocks above the body: kicker, headline, subheadline.
    public var headerCount: Int { blocks.prefix { [.kicker, .headline, .subheadline].contains($0.role) }.count }
}
