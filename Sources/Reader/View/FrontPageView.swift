import TextLayout

/// The front page (版面): the headline pane — every article, its kicker dimmed above its headline —
/// and the selected article set in the article pane, side by side or one above the other.
enum FrontPageView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        let hidden = drawHeadlines(&frame, state)
        let border = state.border
        if state.geometry.isSideBySide {
            for row in border.y..<(border.y + border.height) { frame.write("│", row: row, column: border.x, role: .border) }
            // Headlines out of sight: a mark at the border's end on their side.
            if hidden.above > 0 && border.height > 0 { frame.write("▲", row: border.y, column: border.x, role: .hit) }
            if hidden.below > 0 && border.height > 1 { frame.write("▼", row: border.y + border.height - 1, column: border.x, role: .hit) }
        } else {
            frame.write(String(repeating: "─", count: border.width), row: border.y, column: 0, role: .border)
            // Under the headlines: how many more there are, above and below.
            let marks = [hidden.above > 0 ? "▲ \(hidden.above)" : nil, hidden.below > 0 ? "▼ \(hidden.below) more" : nil]
                .compactMap { $0 }.joined(separator: " ")
            if !marks.isEmpty && border.height > 0 {
                frame.write(" " + marks + " ", row: border.y, column: 1, role: .hit, limit: border.x + border.width)
            }
        }
        guard let galley = state.galley(on: .frontPage) else { return }
        let pane = state.articlePane
        ReaderView.draw(galley.page(from: state.paneView.position, height: pane.height).page, into: pane, &frame,
                        highlights: SearchHighlights(article: state.selected, state))
    }

    /// Draws the headlines that fit from the top one; returns how many of the page's are out of
    /// sight above and below them.
    @discardableResult
    static func drawHeadlines(_ frame: inout Frame, _ state: ReaderState) -> (above: Int, below: Int) {
        if state.isPaged { drawPageLabel(&frame, state) }
        let pane = state.headlineList
        var row = pane.y
        let focused = state.focus == .headlines
        let shown = state.headlineTop..<max(state.headlineTop, state.pageArticles.upperBound)
        var end = shown.lowerBound
        for index in shown {
            let article = state.issue.articles[index]
            let rows = state.headlineRows(index)
            if row + rows > pane.y + pane.height { break }
            end = index + 1
            let isSelected = index == state.selected
            let highlights = SearchHighlights(article: index, state)
            // With a search, the number of matches in the article at the right of its headline — a
            // cell short of the pane's divider, so that `2│` does not read as one thing.
            let count = state.search?.results.count(inArticle: index) ?? 0
            let countLabel = count > 0 ? " \(count) " : ""
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
            // Read articles: a ✓ before the headline (in text, so that it shows without colour too),
            // the headline dimmed.
            let isRead = state.read.contains(index)
            if isRead { frame.write("✓", row: row, column: pane.x + 1, role: isSelected && focused ? .selection : .dim) }
            SourceLine.write(title, into: &frame, row: row, column: pane.x + 2, width: textWidth,
                             role: isSelected && focused ? .selection : isRead ? .dim : .headline,
                             hits: article.headline.isEmpty ? [] : highlights?.hits(block: headlineBlock, start: 0, end: title.count) ?? [])
            frame.write(countLabel, row: row, column: pane.x + pane.width - countLabel.count, role: .hit)
            row += 1
        }
        return (max(0, state.headlineTop - state.pageArticles.lowerBound), max(0, state.pageArticles.upperBound - end))
    }

    /// For several pages, the page's label above its headlines: `第2/4版 · 02_要闻.txt`, and `{ }`
    /// as a reminder of how to turn.
    static func drawPageLabel(_ frame: inout Frame, _ state: ReaderState) {
        let pane = state.headlinePane
        guard pane.height > 0 else { return }
        let page = state.pages[state.page]
        let hint = " { }"
        let room = max(0, pane.width - 1 - hint.count)
        let forms = PageLabel.forms(page: state.page, of: state.pages.count, name: page.name).map {
            TextFit.visible($0, ambiguousWide: frame.ambiguousWide)
        }
        let label = forms.first { CellWidth.of($0, ambiguousWide: frame.ambiguousWide) <= room }
            ?? TextFit.truncated(forms.last ?? "", width: room, ambiguousWide: frame.ambiguousWide)
        frame.fill(Rect(x: pane.x, y: pane.y, width: pane.width, height: 1), role: .status)
        frame.write(label, row: pane.y, column: pane.x + 1, role: .status)
        frame.write(hint, row: pane.y, column: pane.x + pane.width - hint.count, role: .status)
    }
}
