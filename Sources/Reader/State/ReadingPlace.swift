import TextLayout

/// Where the reader is — screen, focus, selection, and the places in the pane and on the article
/// screen as the source characters they show — so that it can be gone back to exactly, even after a
/// resize (Esc in the search prompt).
struct ReadingPlace: Sendable {
    var screen: ReaderState.Screen
    var focus: ReaderState.Focus
    var selected: Int
    var headlineTop: Int
    /// Each screen's first character shown; nil for the top (position 0).
    var anchors: PerScreen<SourceSpan?>

    init(_ state: inout ReaderState) {
        screen = state.screen
        focus = state.focus
        selected = state.selected
        headlineTop = state.headlineTop
        anchors = state.anchors()
    }

    func restore(_ state: inout ReaderState) {
        state.screen = screen
        state.focus = focus
        state.selected = selected
        state.headlineTop = headlineTop
        state.show(anchors.pane, on: .frontPage)
        state.show(anchors.article, on: .article)
    }

    /// The place as a point in the text, for "the first match at or after it".
    var textPoint: SearchMatch {
        let anchor = anchors[screen] ?? SourceSpan(block: 0, start: 0, end: 0)
        return SearchMatch(article: selected, block: anchor.block, start: anchor.start, end: anchor.start)
    }
}
