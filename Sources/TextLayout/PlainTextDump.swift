import IssueModel

/// Pages as plain text, one line per row, for `kanbao --dump`: the same layout the reader shows.
/// With `color`, each role gets a fixed SGR style (themes come later).
public enum PlainTextDump {
    /// The whole issue: the page header, then every article page by page, a blank line between pages.
    /// Hands out the text a page at a time, so that a large issue is never held as one string.
    public static func write(_ issue: Issue, options: LayoutOptions, color: Bool = false, to output: @escaping (String) -> Void) {
        let writer = Writer(options: options, color: color, output: output)
        if let header = issue.header { writer.header(header) }
        for article in issue.articles { writer.article(article) }
    }

    /// The same, a piece at a time, for an issue that is parsed as it is written.
    public final class Writer {
        let options: LayoutOptions
        let color: Bool
        let output: (String) -> Void
        private var first = true

        public init(options: LayoutOptions, color: Bool = false, output: @escaping (String) -> Void) {
            self.options = options
            self.color = color
            self.output = output
        }

        /// A page of several opening: its label between rules, a blank line before it.
        public func banner(_ label: String) {
            output((first ? "" : "\n") + wrapped("══ " + VisibleText.escaped(label) + " ══"))
            first = false
        }

        public func header(_ header: String) {
            output(wrapped(VisibleText.escaped(header)))
            first = false
        }

        /// A line of the dump's own, broken as text is (at spaces, between ideographs) into lines no
        /// wider than the page.
        private func wrapped(_ text: String) -> String {
            TextWrap.lines(text, width: options.width, ambiguousWide: options.ambiguousWide).map { $0 + "\n" }.joined()
        }

        /// Laid out whole, written a few rows at a time.
        public func article(_ article: Article) {
            PlainTextDump.forEachPiece(article, options: options, color: color) { emit([$0]) }
        }

        /// An article's pieces (`pieces`, made anywhere), written in their place.
        public func emit(_ pieces: [Piece]) {
            for piece in pieces {
                if !first && piece.startsPage { output("\n") }
                output(piece.text)
                first = false
            }
        }
    }

    /// A few rows of an article as text, and whether they begin a page (a blank line goes before).
    public struct Piece: Sendable {
        public let startsPage: Bool
        public let text: String
    }

    /// An article laid out and rendered: a pure function of it, so that articles can be set on
    /// several cores at once and written in order.
    public static func pieces(_ article: Article, options: LayoutOptions, color: Bool) -> [Piece] {
        var pieces: [Piece] = []
        forEachPiece(article, options: options, color: color) { pieces.append($0) }
        return pieces
    }

    /// The same, handed out a piece at a time (a long article's text is never held whole).
    public static func forEachPiece(_ article: Article, options: LayoutOptions, color: Bool, _ piece: (Piece) -> Void) {
        let galley = ArticleLayout.galley(article, options: options)
        if !color && options.height == nil && !galley.isVertical {
            galley.forEachPlainText { text, startsPage in piece(Piece(startsPage: startsPage, text: text)) }
            return
        }
        galley.forEachPage(height: options.vertical ? options.verticalColumns : options.height) { rows, startsPage in
            piece(Piece(startsPage: startsPage, text: render(LaidOutPage(rows: rows), color: color)))
        }
    }

    public static func render(_ page: LaidOutPage, color: Bool = false) -> String {
        var out = ""
        for row in page.rows {
            var line = ""
            var column = 0
            for run in row {
                if run.column > column { line += RepeatedText.string(" ", count: run.column - column) }
                if color, let style = sgr[run.role] {
                    line += "\u{1B}[\(style)m" + run.text + "\u{1B}[0m"
                } else {
                    line += run.text
                }
                column = run.column + run.width
            }
            out += line + "\n"
        }
        return out
    }

    static let sgr: [Role: String] = [
        .headline: "1", .kicker: "2", .subheadline: "3", .byline: "2", .credit: "2;3", .rule: "2", .head: "1",
    ]
}
