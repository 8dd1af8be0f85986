import TextLayout

/// The status line: where the reader is (article k/N, its headline, page x/y) and the key hint; or a
/// message, until the next key.
enum StatusLineView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        let rect = state.geometry.status
        frame.fill(rect, role: .status)
        let ambiguousWide = frame.ambiguousWide
        var right = "? 帮助 help "
        var left: String
        if state.articleCount == 0 {
            left = " 看报 — 没有文章 no articles"
        } else {
            let article = state.issue.articles[state.selected]
            let title = article.headline.isEmpty ? "（无标题）" : article.headline
            left = " \(state.selected + 1)/\(state.articleCount)  " + TextFit.visible(title, ambiguousWide: ambiguousWide)
            let (galley, position, height) = state.screen == .article
                ? (state.articleGalley!, state.articlePosition, state.geometry.articleText.height)
                : (state.paneGalley!, state.panePosition, state.articlePane.height)
            let page = state.pageNumber(galley: galley, position: position, height: height)
            right = "第\(page.page)/\(page.of)页  " + right
            if state.screen == .frontPage {
                left = " 看报" + left
                if let header = state.issue.header { right = TextFit.visible(header, ambiguousWide: ambiguousWide) + "  " + right }
            }
        }
        if let message = state.message { left = " " + TextFit.visible(message, ambiguousWide: ambiguousWide) }
        var rightWidth = CellWidth.of(right, ambiguousWide: ambiguousWide)
        if rightWidth > rect.width / 2 {
            right = TextFit.truncated(right, width: rect.width / 2, ambiguousWide: ambiguousWide)
            rightWidth = CellWidth.of(right, ambiguousWide: ambiguousWide)
        }
        let leftText = TextFit.truncated(left, width: rect.width - rightWidth - 1, ambiguousWide: ambiguousWide)
        frame.write(leftText, row: rect.y, column: 0, role: state.message == nil ? .status : .error)
        frame.write(right, row: rect.y, column: rect.width - rightWidth, role: .status)
    }
}
