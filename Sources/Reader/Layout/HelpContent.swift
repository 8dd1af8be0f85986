/// What the help lists, as data: the keys of a screen from the key table, the prompt's in a
/// section of their own, laid out (`HelpLayout`) at the screen's size — for the reducer, which
/// scrolls it, and the view, which draws it, alike.
enum HelpContent {
    /// The keys of `screen`, those for turning pages only when there are pages to turn, `!` only
    /// when there are problems to list.
    static func lines(for screen: ReaderState.Screen, in table: [KeyBinding], paged: Bool = false, problems: Bool = false)
        -> [(keys: String, help: String)] {
        let pageActions: Set<ReaderAction> = [.nextPage, .previousPage, .pageList]
        return KeyBinding.bindings(on: screen, in: table)
            .filter { !$0.keys.isEmpty && (paged || !pageActions.contains($0.action)) && (problems || $0.action != .problems) }
            .map(entry)
    }

    /// The search prompt's keys, for the help's section of its own.
    static func promptLines(in table: [KeyBinding]) -> [(keys: String, help: String)] {
        KeyBinding.bindings(in: .prompt, table).filter { !$0.keys.isEmpty }.map(entry)
    }

    static func entry(_ binding: KeyBinding) -> (keys: String, help: String) {
        (binding.keys.map(\.label).joined(separator: " "), binding.help)
    }

    static let promptTitle = "搜索框 In the search prompt (/)"

    /// The help for `state`'s screen laid out at its size.
    static func layout(_ state: ReaderState, ambiguousWide: Bool) -> HelpLayout {
        HelpLayout(entries: lines(for: state.screen, in: state.keyBindings, paged: state.isPaged, problems: !state.problems.isEmpty),
                   sections: [(promptTitle, promptLines(in: state.keyBindings))], problems: state.problems, width: state.geometry.width, height: state.geometry.height, ambiguousWide: ambiguousWide)
    }
}
