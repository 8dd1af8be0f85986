/// The article screen: the selected article full screen, in newspaper columns, a page at a time.
enum ArticleScreenView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        guard let galley = state.articleGalley else { return }
        let rect = state.geometry.articleText
        ReaderView.draw(galley.page(from: state.articlePosition, height: rect.height).page, into: rect, &frame,
                        highlights: SearchHighlights(article: state.selected, state))
    }
}
