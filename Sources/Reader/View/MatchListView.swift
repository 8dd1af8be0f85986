import TextLayout

/// The `&` overlay: a box nearly as big as the terminal listing every match — under each page's
/// heading, the headline of each article's first match and the text around every match, lit; the cursor's row in the
/// selection's role; the box's foot says which match of how many.
enum MatchListView {
    /// The box for a list of `rows` rows: the terminal's width but a cell either side, as tall as
    /// the list or the rows above the status line.
    static func box(_ geometry: ScreenGeometry, rows: Int) -> (width: Int, height: Int) {
        (max(0, geometry.width - 2), max(0, min(geometry.height - 1, rows + 2)))
    }

    static func visibleRows(_ geometry: ScreenGeometry, rows: Int) -> Int { max(0, box(geometry, rows: rows).height - 2) }

    static func draw(_ frame: inout Frame, _ state: ReaderState, cursor: Int, top: Int) {
        guard let session = state.search else { return }
        let list = MatchList(results: session.results, issue: state.issue)
        let size = box(state.geometry, rows: list.rows.count)
        let title = " 「\(TextFit.visible(session.results.query, ambiguousWide: frame.ambiguousWide))」\(session.results.count)处 matches "
        let rect = HelpOverlayView.drawBox(width: size.width, height: size.height, title: title, &frame)
        guard rect.width > 6, rect.height > 2 else { return }
        let left = rect.x + 2, limit = rect.x + rect.width - 2
        let inner = limit - left
        let headlineWidth = max(4, min(20, inner / 4))
        let visible = rect.height - 2
        let top = list.top(from: top, cursor: cursor, visible: visible)
        for (offset, row) in list.rows.dropFirst(top).prefix(visible).enumerated() {
            let y = rect.y + 1 + offset
            switch row {
            case .page(let page, let matches):
                let label = state.isPaged ? PageLabel.text(page: page, of: state.pages.count, name: state.pages[page].name) + " · " : ""
                frame.write(TextFit.visible(label, ambiguousWide: frame.ambiguousWide) + "\(matches)处 matches",
                            row: y, column: left, role: .headline, limit: limit)
            case .match(let index):
                let match = session.results.matches[index]
                let chosen = index == cursor
                if chosen { frame.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), role: .selection) }
                let article = state.issue.articles[match.article]
                // The headline once for each article's run of matches (and on the top row in sight).
                if offset == 0 || index == 0 || session.results.matches[index - 1].article != match.article {
                    let headline = TextFit.truncated(TextFit.visible(article.headline, ambiguousWide: frame.ambiguousWide),
                                                     width: headlineWidth, ambiguousWide: frame.ambiguousWide)
                    frame.write(headline, row: y, column: left + 2, role: chosen ? .selection : .dim, limit: limit)
                }
                let textColumn = left + 2 + headlineWidth + 2
                let context = MatchList.context(match, in: article, width: max(0, limit - textColumn), ambiguousWide: frame.ambiguousWide)
                var column = frame.write(context.before, row: y, column: textColumn, role: chosen ? .selection : .body, limit: limit)
                column = frame.write(context.match, row: y, column: column, role: chosen ? .currentHit : .hit, limit: limit)
                frame.write(context.after, row: y, column: column, role: chosen ? .selection : .body, limit: limit)
            }
        }
        let foot = " \(cursor + 1)/\(session.results.count) ↓↑ Enter 阅读 read · Esc 关闭 close "
        frame.write(TextFit.truncated(foot, width: max(0, rect.width - 4), ambiguousWide: frame.ambiguousWide),
                    row: rect.y + rect.height - 1, column: rect.x + 2, role: .border, limit: limit)
    }
}
