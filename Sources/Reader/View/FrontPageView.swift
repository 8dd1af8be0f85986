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
        ReaderView.draw(galley.page(from: state.panePosition, height: pane.height).page, into: pane, &frame)
    }

    static func drawHeadlines(_ frame: inout Frame, _ state: ReaderState) {
        let pane = state.headlinePane
        var row = pane.y
        let focused = state.focus == .headlines
        for index in state.headlineTop..<state.articleCount {
            let article = state.issue.articles[index]
            let rows = state.headlineRows(index)
            if row + rows > pane.y + pane.height { break }
            let isSelected = index == state.selected
            let textWidth = pane.width - 3
            if let kicker = article.kicker {
                let text = TextFit.truncated(TextFit.visible(kicker, ambiguousWide: frame.ambiguousWide), width: textWidth,
                                             ambiguousWide: frame.ambiguousWide)
                if isSelected { frame.fill(Rect(x: pane.x, y: row, width: pane.width, height: 1), role: focused ? .selection : .dim) }
                frame.write(text, row: row, column: pane.x + 2, role: isSelected && focused ? .selection : .kicker, limit: pane.x + pane.width)
                row += 1
            }
            let title = article.headline.isEmpty ? "（无标题 untitled）" : article.headline
            let text = TextFit.truncated(TextFit.visible(title, ambiguousWide: frame.ambiguousWide), width: textWidth,
                                         ambiguousWide: frame.ambiguousWide)
            if isSelected {
                frame.fill(Rect(x: pane.x, y: row, width: pane.width, height: 1), role: focused ? .selection : .dim)
                frame.write("▌", row: row, column: pane.x, role: focused ? .selection : .headline)
            }
            frame.write(text, row: row, column: pane.x + 2, role: isSelected && focused ? .selection : .headline,
                        limit: pane.x + pane.width)
            row += 1
        }
    }
}
