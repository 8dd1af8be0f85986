/// Everything a key can do; `allCases` in this order (the config's action names, the README's list).
public enum ReaderAction: Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, pageDown, pageUp, halfPageDown, halfPageUp, first, last
    case open, back, quit, exit
    case nextArticle, previousArticle
    case switchFocus, help, problems, repaint
    case search, nextMatch, previousMatch, clearSearch, matchList
    case cycleTheme
    case exportArticle, copyArticle
    case nextPage, previousPage, pageList
    case toggleVertical, verticalPageDown, verticalPageUp
    case previousIssue, nextIssue
    case markUnread
    /// The search prompt's own: line editing (as a shell's), history, confirm and cancel.
    case promptConfirm, promptCancel, promptOlder, promptNewer
    case promptLeft, promptRight, promptStart, promptEnd
    case promptDeleteBackward, promptDeleteForward, promptDeleteToStart, promptDeleteWord
    /// The archive screen's own (`archive-open`, …); `?`, `T`, `!`, Ctrl-L and `Q` it shares with
    /// the reader's screens (`KeyBinding.archiveShared`).
    case archiveDown, archiveUp, archivePageDown, archivePageUp, archiveFirst, archiveLast, archiveOpen
    case archiveSearch, archiveCompare, archiveNextMatch, archivePreviousMatch, archiveClearSearch, archiveMatchList, archiveFetch, archiveQuit
}

/// The one table of keys: the reducer looks actions up in it and the `?` overlay is made from it.
public struct KeyBinding: Sendable {
    /// Where a binding works. `vertical` is the article screen set vertically (竖排): its bindings
    /// come before the article screen's. `prompt` is the search prompt (the reader's and the
    /// archive's), which takes every key while it is open: a key it does not bind is typed.
    public enum Place: Sendable {
        case frontPage, article, everywhere, vertical, prompt
        /// The archive screen: its own bindings, and the shared few of `everywhere`.
        case archive

        /// Whether a key can mean two things in these two places at once (a key rebound in one
        /// is taken off the other): the prompt shares no place, the screens share `everywhere`.
        func overlaps(_ other: Place) -> Bool {
            switch (self, other) {
            case (.prompt, .prompt): true
            case (.prompt, _), (_, .prompt): false
            case (.archive, .archive), (.archive, .everywhere), (.everywhere, .archive): true
            case (.archive, _), (_, .archive): false
            case (.everywhere, _), (_, .everywhere): true
            case (.frontPage, .frontPage): true
            case (.frontPage, _), (_, .frontPage): false
            default: true
            }
        }
    }

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
        KeyBinding(keys: [.character("&")], action: .matchList, place: .everywhere,
                   help: "every match of the search, by page (an archive's, by issue); Enter reads at one"),
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
        KeyBinding(keys: [.character("U")], action: .markUnread, place: .everywhere, help: "mark the article unread (✓ marks those read)"),
        KeyBinding(keys: [.character("(")], action: .previousIssue, place: .everywhere, help: "previous issue (archive)"),
        KeyBinding(keys: [.character(")")], action: .nextIssue, place: .everywhere, help: "next issue (archive)"),

        KeyBinding(keys: [.down, .character("j"), .character(")")], action: .archiveDown, place: .archive, help: "next issue"),
        KeyBinding(keys: [.up, .character("k"), .character("(")], action: .archiveUp, place: .archive, help: "previous issue"),
        KeyBinding(keys: [.pageDown, .character(" "), .control("f")], action: .archivePageDown, place: .archive, help: "a screen further"),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], action: .archivePageUp, place: .archive, help: "a screen back"),
        KeyBinding(keys: [.home, .character("g")], action: .archiveFirst, place: .archive, help: "first issue"),
        KeyBinding(keys: [.end, .character("G")], action: .archiveLast, place: .archive, help: "last issue"),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .archiveOpen, place: .archive, help: "open the issue at its 第01版"),
        KeyBinding(keys: [.character("/")], action: .archiveSearch, place: .archive, help: "search every issue (counts and a chart)"),
        KeyBinding(keys: [.character("+")], action: .archiveCompare, place: .archive,
                   help: "a second search beside the first, in the chart"),
        KeyBinding(keys: [.character("n")], action: .archiveNextMatch, place: .archive, help: "next issue with matches"),
        KeyBinding(keys: [.character("N")], action: .archivePreviousMatch, place: .archive, help: "previous issue with matches"),
        KeyBinding(keys: [.escape], action: .archiveClearSearch, place: .archive, help: "clear the search"),
        KeyBinding(keys: [.character("&")], action: .archiveMatchList, place: .archive,
                   help: "every match of the search, by issue; Enter opens one"),
        KeyBinding(keys: [.character("r")], action: .archiveFetch, place: .archive,
                   help: "fetch the papers of papers.toml (the library's screen)"),
        KeyBinding(keys: [.character("q")], action: .archiveQuit, place: .archive, help: "quit"),

        // Vertical text reads right to left: ← goes on, → goes back.
        KeyBinding(keys: [.left], action: .verticalPageDown, place: .vertical, help: "set vertically: next page"),
        KeyBinding(keys: [.right], action: .verticalPageUp, place: .vertical, help: "set vertically: previous page"),

        KeyBinding(keys: [.enter], action: .promptConfirm, place: .prompt, help: "search (empty: the last search again)"),
        KeyBinding(keys: [.escape, .control("g")], action: .promptCancel, place: .prompt, help: "cancel, back where the search began"),
        KeyBinding(keys: [.up, .control("p")], action: .promptOlder, place: .prompt, help: "an earlier search"),
        KeyBinding(keys: [.down, .control("n")], action: .promptNewer, place: .prompt, help: "a later search"),
        KeyBinding(keys: [.left, .control("b")], action: .promptLeft, place: .prompt, help: "cursor left"),
        KeyBinding(keys: [.right, .control("f")], action: .promptRight, place: .prompt, help: "cursor right"),
        KeyBinding(keys: [.home, .control("a")], action: .promptStart, place: .prompt, help: "cursor to the start"),
        KeyBinding(keys: [.end, .control("e")], action: .promptEnd, place: .prompt, help: "cursor to the end"),
        KeyBinding(keys: [.backspace], action: .promptDeleteBackward, place: .prompt,
                   help: "delete before the cursor (empty: close the prompt)"),
        KeyBinding(keys: [.delete, .control("d")], action: .promptDeleteForward, place: .prompt, help: "delete under the cursor"),
        KeyBinding(keys: [.control("u")], action: .promptDeleteToStart, place: .prompt, help: "delete to the start"),
        KeyBinding(keys: [.control("w")], action: .promptDeleteWord, place: .prompt, help: "delete the word before the cursor"),
    ]

    /// The action `key` has on `screen` in `table` (the default table unless the config changed it),
    /// if any; set vertically, the vertical bindings first.
    public static func action(for key: Key, on screen: ReaderState.Screen, vertical: Bool = false,
                              in table: [KeyBinding] = table) -> ReaderAction? {
        // (Their own actions, so that rebinding `page-down` leaves ← its meaning here; they do what
        // Space and b do.)
        if vertical && screen == .article, let action = action(for: key, in: .vertical, table) {
            switch action {
            case .verticalPageDown: return .pageDown
            case .verticalPageUp: return .pageUp
            default: return action
            }
        }
        return bindings(on: screen, in: table).first { $0.keys.contains(key) }?.action
    }

    /// The action `key` has in one place (`.prompt`), if any.
    public static func action(for key: Key, in place: Place, _ table: [KeyBinding] = table) -> ReaderAction? {
        table.first { $0.place == place && $0.keys.contains(key) }?.action
    }

    /// The bindings that work on `screen`, in table order (the article screen's vertical ones too).
    public static func bindings(on screen: ReaderState.Screen, in table: [KeyBinding] = table) -> [KeyBinding] {
        let places: [Place] = screen == .frontPage ? [.frontPage, .everywhere] : [.article, .everywhere, .vertical]
        return table.filter { binding in places.contains { $0 == binding.place } }
    }

    /// What the archive screen takes of `everywhere`'s bindings: the help, the settings' problems,
    /// the themes, a repaint and quitting from anywhere.
    public static let archiveShared: Set<ReaderAction> = [.help, .problems, .cycleTheme, .repaint, .exit]

    /// The bindings that work on the archive screen: its own, then those it shares, each in table order.
    public static func archiveBindings(in table: [KeyBinding] = table) -> [KeyBinding] {
        table.filter { $0.place == .archive } + table.filter { $0.place == .everywhere && archiveShared.contains($0.action) }
    }

    /// The action `key` has on the archive screen, if any.
    public static func archiveAction(for key: Key, in table: [KeyBinding] = table) -> ReaderAction? {
        archiveBindings(in: table).first { $0.keys.contains(key) }?.action
    }

    /// The bindings of one place, in table order.
    public static func bindings(in place: Place, _ table: [KeyBinding] = table) -> [KeyBinding] {
        table.filter { $0.place == place }
    }
}
