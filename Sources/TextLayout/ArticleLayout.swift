import IssueModel

/// Sets an article the way a Chinese newspaper would: kicker, headline and subheadline centred
/// across the page above a rule, then the body — paragraphs indented two ideographs and justified
/// (filled to the measure, closing marks hanging past it; see `ParagraphSetter`),
/// the byline set off in the lead, inner section heads flush left with a blank line above, the
/// credit flush right — in newspaper columns, page by page.
public enum ArticleLayout {
    /// Paragraphs begin two ideographic widths in, when the column is wide enough to spare them.
    static let paragraphIndent = 4
    /// Below this a column has no room to spare for indents.
    static let minimumIndentedWidth = 16
    /// Cells kept at the right of a justified column for a closing mark to hang into (an ideograph's
    /// width), in columns wide enough to spare them.
    static let hangCells = 2
    static let minimumHangingWidth = 8

    /// The body's measure in a column `columnWidth` wide, and the cells past it a closing mark may
    /// hang into: justified text keeps them at the column's right; ragged text needs none.
    static func measure(columnWidth: Int, justify: Bool) -> (width: Int, hang: Int) {
        justify && columnWidth >= minimumHangingWidth ? (columnWidth - hangCells, hangCells) : (columnWidth, 0)
    }

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
        let measure = measure(columnWidth: flow.columnWidth, justify: options.justify)
        for (index, block) in blocks.enumerated() {
            switch block.role {
            case .kicker, .headline, .subheadline:
                header += ParagraphSetter.set(
                    block, index: index, width: options.width, indent: 0, alignment: .centred,
                    ambiguousWide: options.ambiguousWide, latinSpacing: options.latinSpacing)
            case .head:
                // On its own line(s), flush with the column, a blank line above unless it opens the body.
                if !body.isEmpty { body.append([]) }
                ParagraphSetter.set(
                    block, index: index, width: measure.width, indent: 0, alignment: .left,
                    ambiguousWide: options.ambiguousWide, latinSpacing: options.latinSpacing, into: &body)
            case .credit:
                ParagraphSetter.set(
                    block, index: index, width: measure.width, indent: 0, alignment: .right,
                    ambiguousWide: options.ambiguousWide, latinSpacing: options.latinSpacing, into: &body)
            default:
                ParagraphSetter.set(
                    block, index: index, width: measure.width, indent: indent,
                    alignment: options.justify ? .justified : .left, ambiguousWide: options.ambiguousWide, hang: measure.hang,
                    latinSpacing: options.latinSpacing, into: &body)
            }
        }
        if !header.isEmpty { header.append([rule(width: options.width, ambiguousWide: options.ambiguousWide)]) }
        return Galley(header: header, body: body, flow: flow)
    }

    /// A horizontal rule across the page, under the headline block.
    static func rule(width: Int, ambiguousWide: Bool) -> StyledRun {
        let cell = CellWidth.of("─" as Character, ambiguousWide: ambiguousWide)
        let count = width / cell
        return StyledRun(column: 0, text: RepeatedText.string("─", count: count), width: count * cell, role: .rule)
    }
}
