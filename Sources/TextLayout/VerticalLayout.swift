import IssueModel

/// Sets an article in vertical lines (竖排), as Chinese newspapers long were: characters top to
/// bottom, lines right to left. Every line is a text column a cell pair wide with a cell of gap:
/// a wide character fills the pair, a narrow one (a Latin letter, a digit) stands alone in it, and a
/// run of exactly two digits sits side by side in one pair (縦中横: the 21 of 8月21日). Punctuation
/// takes its vertical form. The 禁则 rules hold at the ends of columns as at the ends of lines:
/// the same `LineBreaker` breaks the text, each pair of cells counting as one unit of length, and a
/// closing mark hangs below a body column's foot into the row kept for it.
///
/// The result is a `Galley` whose lines are the text columns (header blocks first, then a rule, then
/// the body), each run's `column` giving its row; `Galley.page` turns them into rows of cells. A tall
/// page is read in bands: the top band's columns right to left, then the next band's.
public enum VerticalLayout {
    /// Cells across one text column: a cell pair and a cell of gap.
    public static let pitch = 3
    /// Rows of a page when the options give no height (`--dump --vertical` without `--height`).
    static let defaultLength = 24
    /// The longest a column runs down the page; a taller page is cut into bands (段) of columns,
    /// one under another with a rule between, as a newspaper page is.
    static let longestColumn = 24

    /// How many bands a page `height` rows tall holds, and the length of their columns: as few
    /// bands as keep every column within `longestColumn`.
    public static func bands(height: Int) -> (count: Int, length: Int) {
        let height = max(1, height)
        let count = (height + longestColumn + 1) / (longestColumn + 1)
        return (count, max(1, (height - (count - 1)) / count))
    }
    /// Rows of indent at the start of a paragraph (two ideographs), in columns long enough to spare them.
    static let paragraphIndent = 2

    static func galley(_ article: Article, options: LayoutOptions) -> Galley {
        let height = max(1, options.height ?? defaultLength)
        let length = bands(height: height).length
        let blocks = ArticleBlocks(article)
        var columns: [[StyledRun]] = []
        for (index, block) in blocks.blocks.enumerated() {
            // An inner section head has an empty column before it, as a horizontal one has a blank line above.
            if block.role == .head && index > blocks.headerCount { columns.append([]) }
            let units = self.units(of: block.text, ambiguousWide: options.ambiguousWide)
            let isHeader = index < blocks.headerCount
            let indent = block.role == .body && length >= 8 ? paragraphIndent : 0
            // A body column keeps its last row for a closing mark to hang into, as a line keeps
            // cells at its end (`ArticleLayout.measure`).
            let hang = !isHeader && options.justify && length >= ArticleLayout.minimumHangingWidth ? 1 : 0
            let spans = LineBreaker.lines(units.map(\.cluster), firstLineWidth: length - hang - indent, width: length - hang,
                                          preferSpaces: isHeader, hang: block.role == .body ? hang : 0)
            for (number, span) in spans.enumerated() {
                let used = span.end - span.start
                let top: Int = isHeader ? (length - used) / 2 : block.role == .credit ? length - hang - used : number == 0 ? indent : 0
                columns.append((span.start..<span.end).enumerated().map { row, position in
                    let unit = units[position]
                    return StyledRun(
                        column: top + row, text: unit.cluster.drawn ?? "", width: unit.cells,
                        role: unit.cluster.offset < block.bylinePrefix ? .byline : block.role,
                        source: SourceSpan(block: index, start: unit.cluster.offset, end: unit.cluster.offset + unit.clusters))
                })
            }
            if index == blocks.headerCount - 1 { columns.append(rule(length: length, ambiguousWide: options.ambiguousWide)) }
        }
        return Galley(header: [], body: GalleyLines(columns), flow: ColumnFlow(width: length, requestedColumns: 1, ambiguousWide: options.ambiguousWide),
                      isVertical: true, verticalHeight: height)
    }

    /// One row of a column: the clusters it shows (two for a pair of digits), what it draws and its cells.
    struct Unit {
        /// `width` is 1 — one row — for the line breaker; `drawn` is what the row shows.
        var cluster: SetCluster
        var cells: Int
        var clusters: Int
    }

    static func units(of text: String, ambiguousWide: Bool) -> [Unit] {
        let clusters = ParagraphSetter.clusters(of: text, ambiguousWide: ambiguousWide, maxWidth: 2)
        let utf8 = Array(text.utf8)
        func source(_ bytes: Range<Int>) -> String { String(decoding: utf8[bytes], as: UTF8.self) }
        func isDigit(_ index: Int) -> Bool {
            guard clusters.indices.contains(index), clusters[index].drawn == nil else { return false }
            let bytes = clusters[index].bytes
            return bytes.count == 1 && (0x30...0x39).contains(utf8[bytes.lowerBound])
        }
        var units: [Unit] = []
        units.reserveCapacity(clusters.count)
        var index = 0
        while index < clusters.count {
            var cluster = clusters[index]
            // 縦中横: exactly two digits, not part of a longer number.
            if isDigit(index) && isDigit(index + 1) && !isDigit(index - 1) && !isDigit(index + 2) {
                cluster.drawn = source(cluster.bytes.lowerBound..<clusters[index + 1].bytes.upperBound)
                cluster.width = 1
                units.append(Unit(cluster: cluster, cells: 2, clusters: 2))
                index += 2
                continue
            }
            // (The source text is cut once: for its vertical form, else to be drawn as it is.)
            let text = cluster.drawn == nil ? source(cluster.bytes) : nil
            let form = text.flatMap { VerticalForms.form(of: $0[...]) }
            let cells = form != nil ? 2 : cluster.width
            cluster.drawn = cluster.drawn ?? form ?? text
            cluster.width = 1
            units.append(Unit(cluster: cluster, cells: cells, clusters: 1))
            index += 1
        }
        return units
    }

    /// The rule between the headline columns and the body: a vertical line the column's length.
    static func rule(length: Int, ambiguousWide: Bool) -> [StyledRun] {
        let width = CellWidth.of("│" as Character, ambiguousWide: ambiguousWide)
        return (0..<length).map { StyledRun(column: $0, text: "│", width: width, role: .rule) }
    }
}
