import IssueModel

/// Sets an article the way a Chinese newspaper would: kicker, headline and subheadline centred
/// across the page above a rule, then the body — paragraphs indented two ideographs and justified,
/// the byline set off in the lead, inner section heads flush left with a blank line above, the
/// credit flush right — in newspaper columns, page by page.
public enum ArticleLayout {
    /// Paragraphs begin two ideographic widths in, when the column is wide enough to spare them.
    static let paragraphIndent = 4
    /// Below this a column has no room to spare for indents.
    static let minimumIndentedWidth = 16

    public static func layout(_ article: Article, options: LayoutOptions) -> LaidOutArticle {
        let galley = galley(article, options: options)
        let pages = galley.pages(height: options.vertical ? options.verticalColumns : options.height)
        return LaidOutArticle(pages: pages, options: options, columns: galley.columns)
    }

    /// The article set, not yet cut into pages (`options.height` plays no part, unless vertical).
    public static func galley(_ article: Article, options: LayoutOptions) -> Galley {
        if options.vertical { return VerticalLayout.galley(article, options: options) }
        let blocks = ArticleBlocks(article).blocks
        let flow = ColumnFlow(width: options.width, requestedColumns: options.columns, ambiguousWide: options.ambiguousWide)
        var header: [[StyledRun]] = []
        var body = GalleyLines(blockTexts: blocks.map(\.text))
        let indent = flow.columnWidth >= minimumIndentedWidth ? paragraphIndent : 0
        for (index, block) in blocks.enumerated() {
            switch block.role {
            case .kicker, .headline, .subheadline:
                header += ParagraphSetter.set(
                    block, index: index, width: options.width, indent: 0, alignment: .centred,
                    ambiguousWide: options.ambiguousWide)
            case .head:
                // On its own line(s), flush with the column, a blank line above unless it opens the body.
                if !body.isEmpty { body.append([]) }
                ParagraphSetter.set(
                    block, index: index, width: flow.columnWidth, indent: 0, alignment: .left,
                    ambiguousWide: options.ambiguousWide, into: &body)
            case .credit:
                ParagraphSetter.set(
                    block, index: index, width: flow.columnWidth, indent: 0, alignment: .right,
                    ambiguousWide: options.ambiguousWide, into: &body)
            default:
                ParagraphSetter.set(
                    block, index: index, width: flow.columnWidth, indent: indent,
                    alignment: options.justify ? .justified : .left, ambiguousWide: options.ambiguousWide, into: &body)
            }
        }
        if !header.isEmpty { header.append([rule(width: options.width, ambiguousWide: options.ambiguousWide)]) }
        return Galley(header: header, body: body, flow: flow)
    }

    /// A horizontal rule across the page, under the headline block.
    static func rule(width: Int, ambiguousWide: Bool) -> StyledRun {
        let cell = CellWidth.of("─" as Character, ambiguousWide: ambiguousWide)
        let count = width / cell
        return StyledRun(column: 0, text: String(repeating: "─", count: count), width: count * cell, role: .rule)
    }
}
