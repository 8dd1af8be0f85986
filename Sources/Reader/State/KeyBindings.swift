/// Everything a key can do; `allCases` in this order (the config's action names, the README's list).
public enum ReaderAction: Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, first, last
    case open, back, quit, exit
    case nextArticle, previousArticle
    case switchFocus, help, problems, repaint
    case search, nextMatch, previousMatch, clearSearch
    case cycleTheme
    case exportArticle, copyArticle
    case nextPage, previousPage, pageList
    case toggleVertical
    case previousIssue, nextIssue
}

/// The one table of keys: the reducer looks actions up in it and the `?` overlay is made from it.
public struct KeyBinding: Sendable {
    public enum Place: Sendable { case frontPage, article, everywhere }

    public let keys: [Key]
    public let action: ReaderAction
    public let place: Place
    public let help: String

    public static let table: [KeyBinding] = [
        KeyBinding(keys: [.down, .character("j")], action: .lineDown, place: .frontPage,
                   help: "next headline (or scroll the article pane)"),
        KeyBinding(keys: [.up, .character("k")], action: .lineUp, place: .frontPage,
                   help: "previous headline (or scroll the article pane)"),
        KeyBinding(keys: [.pageDown, .character(" "), .control("f")], action: .pageDown, place: .frontPage, help: "a pane further"),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], action: .pageUp, place: .frontPage, help: "a pane back"),
        KeyBinding(keys: [.control("d")], action: .halfPageDown, place: .frontPage, help: "the article pane half a pane further"),
        KeyBinding(keys: [.control("u")], action: .halfPageUp, place: .frontPage, help: "the article pane half a pane back"),
        KeyBinding(keys: [.home, .character("g")], action: .first, place: .frontPage, help: "first headline (or top of article)"),
        KeyBinding(keys: [.end, .character("G")], action: .last, place: .frontPage, help: "last headline (or end of article)"),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, place: .frontPage, help: "read the article full screen"),
        KeyBinding(keys: [.tab, .backTab], action: .switchFocus, place: .frontPage, help: "switch between headlines and article"),
        KeyBinding(keys: [.escape], action: .clearSearch, place: .frontPage, help: "clear the search highlights"),
        KeyBinding(keys: [.character("q")], action: .quit, place: .frontPage, help: "quit (an archive's issue: back)"),
        KeyBinding(keys: [.character("h")], action: .back, place: .frontPage, help: "back to the archive"),

        KeyBinding(keys: [.character(" "), .pageDown, .right, .control("f")], action: .pageDown, place: .article, help: "next page"),
        KeyBinding(keys: [.character("b"), .pageUp, .left, .control("b")], action: .pageUp, place: .article, help: "previous page"),
        KeyBinding(keys: [.control("d")], action: .halfPageDown, place: .article, help: "half a page further"),
        KeyBinding(keys: [.control("u")], action: .halfPageUp, place: .article, help: "half a page back"),
        KeyBinding(keys: [.down, .character("j")], action: .lineDown, place: .article, help: "a line further"),
        KeyBinding(keys: [.up, .character("k")], action: .lineUp, place: .article, help: "a line back"),
        KeyBinding(keys: [.character("g"), .home], action: .first, place: .article, help: "first page"),
        KeyBinding(keys: [.character("G"), .end], action: .last, place: .article, help: "last page"),
        KeyBinding(keys: [.character("]")], action: .nextArticle, place: .article, help: "next article"),
        KeyBinding(keys: [.character("[")], action: .previousArticle, place: .article, help: "previous article"),
        KeyBinding(keys: [.character("q"), .character("h")], action: .back, place: .article, help: "back to the front page"),
        KeyBinding(keys: [.escape], action: .clearSearch, place: .article, help: "clear the search highlights, else back"),
        KeyBinding(keys: [.character("v")], action: .toggleVertical, place: .article,
                   help: "vertical 竖排 or horizontal (← is then next page)"),

        KeyBinding(keys: [.character("Q")], action: .exit, place: .everywhere, help: "quit Kanbao, from any screen"),
        KeyBinding(keys: [.character("/")], action: .search, place: .everywhere, help: "search the issue (Enter, Esc, ↑↓ history)"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, place: .everywhere, help: "next match, in any article"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, place: .everywhere, help: "previous match"),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, place: .everywhere, help: "this help (↓ Space scroll it; other keys close it)"),
        KeyBinding(keys: [.character("}")], action: .nextPage, place: .everywhere, help: "next page (版) of the issue"),
        KeyBinding(keys: [.character("{")], action: .previousPage, place: .everywhere, help: "previous page of the issue"),
        KeyBinding(keys: [.character("P")], action: .pageList, place: .everywhere, help: "list of the issue's pages"),
        KeyBinding(keys: [.character("T")], action: .cycleTheme, place: .everywhere, help: "next theme"),
        KeyBinding(keys: [.character("e")], action: .exportArticle, place: .everywhere, help: "save the article as a text file here"),
        KeyBinding(keys: [.character("E")], action: .copyArticle, place: .everywhere, help: "copy the article to the clipboard (OSC 52)"),
        KeyBinding(keys: [.control("l")], action: .repaint, place: .everywhere, help: "redraw the screen"),
        KeyBinding(keys: [.character("!")], action: .problems, place: .everywhere,
                   help: "what is wrong in the config or theme files, every line of it"),
        KeyBinding(keys: [.character("(")], action: .previousIssue, place: .everywhere, help: "previous issue (archive)"),
        KeyBinding(keys: [.character(")")], action: .nextIssue, place: .everywhere, help: "next issue (archive)"),
    ]

    /// The action `key` has on `screen` in `table` (the default table unless the config changed it), if any.
    public static func action(for key: Key, on screen: ReaderState.Screen, in table: [KeyBinding] = table) -> ReaderAction? {
        bindings(on: screen, in: table).first { $0.keys.contains(key) }?.action
    }

    /// The bindings that work on `screen`, in table order.
    public static func bindings(on screen: ReaderState.Screen, in table: [KeyBinding] = table) -> [KeyBinding] {
        let place: Place = screen == .frontPage ? .frontPage : .article
        return table.filter { $0.place == place || $0.place == .everywhere }
    }
}
