import TextLayout

/// The `&` overlay: a box nearly as big as the terminal listing every match — under each group's
/// heading (a page of the issue, an issue of the archive), a label for each article's first match
/// (its headline) and the text around every match, lit; the cursor's row in the selection's role;
/// the box's foot says which match of how many.
enum MatchListView {
    /// What a match's row shows: its label (nil on a row that repeats the last one's), and the text
    /// before it, the match, the text after, all visible text.
    struct Item {
        var label: String?
        var before: String, found: String, after: String
    }

    /// The issue's matches (`&` in the reader).
    static func draw(_ frame: inout Frame, _ state: ReaderState, cursor: Int, top: Int) {
        guard let session = state.search else { return }
        let ambiguousWide = frame.ambiguousWide
        let list = MatchList(results: session.results, issue: state.issue)
        let matches = session.results.matches
        // Each article's blocks made once a frame, however many of its matches are in sight.
        var blocks: [Int: [ArticleBlocks.Block]] = [:]
        draw(&frame, list, query: session.results.query, cursor: cursor, top: top, labelWidth: 20, heading: { page, count in
            (state.isPaged ? PageLabel.text(page: page, of: state.pages.count, name: state.pages[page].name) + " · " : "") + "\(count)处 matches"
        }, item: { index, first, width in
            let match = matches[index]
            let article = state.issue.articles[match.article]
            let articleBlocks = blocks[match.article] ?? ArticleBlocks(article).blocks
            blocks[match.article] = articleBlocks
            let block = articleBlocks.indices.contains(match.block) ? articleBlocks[match.block].text : ""
            let context = MatchList.context(match, in: block, width: width, ambiguousWide: ambiguousWide)
            // The headline once for each article's run of matches (and on the top row in sight).
            let label = first || index == 0 || matches[index - 1].article != match.article ? article.headline : nil
            return Item(label: label.map { TextFit.visible($0, ambiguousWide: ambiguousWide) }, before: context.before, found: context.match, after: context.after)
        })
    }

    /// A list of matches of `query` in a box: `heading` titles a group (and its count), `item` makes
    /// a match's row (told whether it is the top row in sight, and the cells its text has).
    static func draw(_ frame: inout Frame, _ list: MatchList, query: String, cursor: Int, top: Int, labelWidth: Int,
                     heading: (_ group: Int, _ count: Int) -> String, item: (_ match: Int, _ first: Bool, _ width: Int) -> Item) {
        let ambiguousWide = frame.ambiguousWide
        let size = MatchListBox.box(width: frame.width, height: frame.height, rows: list.rows.count)
        let total = list.matchRows.count
        let title = " 「\(TextFit.visible(query, ambiguousWide: ambiguousWide))」\(total)处 matches "
        let rect = HelpOverlayView.drawBox(width: size.width, height: size.height, title: title, &frame)
        guard rect.width > 6, rect.height > 2 else { return }
        let left = rect.x + 2, limit = rect.x + rect.width - 2
        // The label (a headline) keeps its width while the context keeps `leastContext` cells: the
        // context gives way first, so that a narrow terminal still reads which article it is.
        let labelWidth = max(4, min(labelWidth, limit - left - 4 - MatchListBox.leastContext))
        let visible = rect.height - 2
        let top = list.top(from: top, cursor: cursor, visible: visible)
        for (offset, row) in list.rows.dropFirst(top).prefix(visible).enumerated() {
            let y = rect.y + 1 + offset
            switch row {
            case .group(let group, let count):
                frame.write(TextFit.visible(heading(group, count), ambiguousWide: ambiguousWide), row: y, column: left, role: .headline, limit: limit)
            case .match(let index):
                let chosen = index == cursor
                if chosen { frame.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), role: .selection) }
                let textColumn = left + 2 + labelWidth + 2
                let shown = item(index, offset == 0, max(0, limit - textColumn))
                if let label = shown.label {
                    frame.write(TextFit.truncated(label, width: labelWidth, ambiguousWide: ambiguousWide), row: y, column: left + 2,
                                role: chosen ? .selection : .dim, limit: limit)
                }
                var column = frame.write(shown.before, row: y, column: textColumn, role: chosen ? .selection : .body, limit: limit)
                column = frame.write(shown.found, row: y, column: column, role: chosen ? .currentHit : .hit, limit: limit)
                frame.write(shown.after, row: y, column: column, role: chosen ? .selection : .body, limit: limit)
            }
        }
        let foot = " \(cursor + 1)/\(total) ↓↑ Enter 阅读 read · Esc 关闭 close "
        frame.write(TextFit.truncated(foot, width: max(0, rect.width - 4), ambiguousWide: ambiguousWide),
                    row: rect.y + rect.height - 1, column: rect.x + 2, role: .border, limit: limit)
    }
}
