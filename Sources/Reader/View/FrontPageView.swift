import TextLayout

/// The front page (版面): the headline pane — every article, its kicker dimmed above its headline —
/// and the selected article set in the article pane, side by side or one above the other.
enum FrontPageView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        drawHeadlines(&frame, state)
        let border = state.border
        if state.geometry.isSideBySide {
            for row in border.y..<(border.y + border.height) { frame.write("│", row: row, column: border.x, role: .border) }
        } else {
            frame.write(String(repeating: "─", count: border.width), row: border.y, column: 0, role: .border)
        }
        guard let galley = state.paneGalley else { return }
        let pane = state.articlePane
        ReaderView.draw(galley.page(from: state.panePosition, height: pane.height).page, into: pane, &frame,
                        highlights: SearchHighlights(article: state.selected, state))
    }

    static func drawHeadlines(_ frame: inout Frame, _ state: ReaderState) {
        if state.isPaged { drawPageLabel(&frame, state) }
        let pane = state.headlineList
        var row = pane.y
        let focused = state.focus == .headlines
        for index in state.headlineTop..<max(state.headlineTop, state.pageArticles.upperBound) {
            let article = state.issue.articles[index]
            let rows = state.headlineRows(index)
            if row + rows > pane.y + pane.height { break }
            let isSelected = index == state.selected
            let highlights = SearchHighlights(article: index, state)
            // With a search, the number of matches in the article at the right of its headline.
            let count = state.search?.results.count(inArticle: index) ?? 0
            let countLabel = count > 0 ? " \(count)" : ""
            let textWidth = pane.width - 3 - countLabel.count
            // Blocks as the layout numbers them: the kicker first, if there is one.
            let headlineBlock = article.kicker?.isEmpty == false ? 1 : 0
            if let kicker = article.kicker {
                if isSelected { frame.fill(Rect(x: pane.x, y: row, width: pane.width, height: 1), role: focused ? .selection : .dim) }
                SourceLine.write(kicker, into: &frame, row: row, column: pane.x + 2, width: textWidth,
                                 role: isSelected && focused ? .selection : .kicker,
                                 hits: highlights?.hits(block: 0, start: 0, end: kicker.count) ?? [])
                row += 1
            }
            let title = article.headline.isEmpty ? "（无标题 untitled）" : article.headline
            if isSelected {
                frame.fill(Rect(x: pane.x, y: row, width: pane.width, height: 1), role: focused ? .selection : .dim)
                frame.write("▌", row: row, column: pane.x, role: focused ? .selection : .headline)
            }
            SourceLine.write(title, into: &frame, row: row, column: pane.x + 2, width: textWidth,
                             role: isSelected && focused ? .selection : .headline,
                             hits: article.headline.isEmpty ? [] : highlights?.hits(block: headlineBlock, start: 0, end: title.count) ?? [])
            frame.write(countLabel, row: row, column: pane.x + pane.width - countLabel.count, role: .hit)
            row += 1
        }
    }

    /// For several pages, the page's label above its headlines: `第2/4版 · 02_要闻.txt`, and `{ }`
    /// as a reminder of how to turn.
    static func drawPageLabel(_ frame: inout Frame, _ state: ReaderState) {
        let pane = state.headlinePane
        guard pane.height > 0 else { return }
        let page = state.pages[state.page]
        let hint = " { }"
        let label = TextFit.truncated(
            TextFit.visible(PageLabel.text(page: state.page, of: state.pages.count, name: page.name), ambiguousWide: frame.ambiguousWide),
            width: max(0, pane.width - 1 - hint.count), ambiguousWide: frame.ambiguousWide)
        frame.fill(Rect(x: pane.x, y: pane.y, width: pane.width, height: 1), role: .status)
        frame.write(label, row: pane.y, column: pane.x + 1, role: .status)
        frame.write(hint, row: pane.y, column: pane.x + pane.width - hint.count, role: .status)
    }
}
