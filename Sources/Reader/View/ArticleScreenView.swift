import TextLayout

/// The article screen: the selected article full screen, in newspaper columns, a page at a time; or
/// set vertically, its text columns from the right edge leftwards.
enum ArticleScreenView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        guard let galley = state.galley(on: .article) else { return }
        let view = state.articleView
        var rect = state.geometry.articleText
        let page = galley.page(from: view.position, height: view.extent).page
        if state.vertical {
            // The page's columns against the right edge, as the first line of vertical text stands.
            let width = view.options.verticalColumnsAcross * VerticalLayout.pitch
            rect = Rect(x: rect.x + rect.width - width, y: rect.y, width: width, height: rect.height)
        }
        ReaderView.draw(page, into: rect, &frame, highlights: SearchHighlights(article: state.selected, state))
    }
}
