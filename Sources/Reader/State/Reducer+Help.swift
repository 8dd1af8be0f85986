/// The help overlay's keys: the keys that scroll the screen scroll it — a row, a box's worth, to
/// either end — within its rows at the terminal's size; any other key closes it, and any key at
/// all when it is shown whole.
extension Reducer {
    static func helpKey(_ key: Key, top: Int, _ state: inout ReaderState) {
        let layout = HelpContent.layout(state, ambiguousWide: state.layout.ambiguousWide)
        guard layout.lastTop > 0 else {
            state.overlay = nil
            return
        }
        let action = KeyBinding.action(for: key, on: state.screen, in: state.keyBindings)
        guard let next = ListMotion.target(action, from: top, page: max(1, layout.visibleRows - 1), last: layout.lastTop) else {
            state.overlay = nil
            return
        }
        state.overlay = .help(top: next)
    }
}
