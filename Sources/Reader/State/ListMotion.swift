/// The keys that move through a list or scroll an overlay — a row, a box's worth, to either end —
/// as the screens' own keys move: the help scrolls with them, the `&` lists' cursors move with them.
enum ListMotion {
    /// Where `action` takes `position` among `0...last`, a box's worth being `page`; nil for an
    /// action that does not move.
    static func target(_ action: ReaderAction?, from position: Int, page: Int, last: Int) -> Int? {
        let next: Int
        switch action {
        case .lineDown?: next = position + 1
        case .lineUp?: next = position - 1
        case .pageDown?: next = position + page
        case .pageUp?: next = position - page
        case .first?: next = 0
        case .last?: next = last
        default: return nil
        }
        return max(0, min(next, last))
    }
}
