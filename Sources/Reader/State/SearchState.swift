/// The search prompt while it is open: the line being edited, where the reader was when it opened
/// (Esc goes back there, with the search that was showing then), and the place in the history.
public struct SearchPrompt: Sendable {
    public var line = PromptLine()
    let origin: ReadingPlace
    let previousSearch: SearchSession?
    /// Which earlier query Up/Down has recalled (an index into the history), and the line as typed
    /// before the first Up.
    var historyIndex: Int?
    var draft = ""
}

/// A search that has been made: its matches and the current one, highlighted until Esc.
public struct SearchSession: Sendable {
    public let results: SearchResults
    /// Index into `results.matches`; nil when nothing was found.
    public var current: Int?

    public var currentMatch: SearchMatch? { current.map { results.matches[$0] } }
}
