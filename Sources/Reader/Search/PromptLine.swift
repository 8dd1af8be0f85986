/// The text of a one-line prompt and its cursor, edited a grapheme cluster at a time: what is typed
/// (a whole Chinese character from an input method, a pasted run) goes in at the cursor.
public struct PromptLine: Equatable, Sendable {
    public private(set) var text: String
    /// The cursor, in clusters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: offset) }

    public mutating func insert(_ character: Character) { insert(String(character)) }

    /// A run of text at the cursor, in one step (linear in the line and the run) — unless one of its
    /// characters is a key the prompt binds (false: then it is to be taken a key at a time).
    public mutating func insert(_ run: String, bindings: [KeyBinding]) -> Bool {
        guard !run.contains(where: { KeyBinding.action(for: .character($0), in: .prompt, bindings) != nil }) else { return false }
        insert(run)
        return true
    }

    /// `run` at the cursor, the cursor after it.
    private mutating func insert(_ run: String) {
        let split = index(cursor)
        let before = String(text[..<split]) + run
        text = before + text[split...]
        // A combining mark joins the cluster before it: count, do not assume one more.
        cursor = before.count
    }

    /// Backspace: the cluster before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        text.remove(at: index(cursor - 1))
        cursor -= 1
    }

    /// Delete: the cluster under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: index(cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = text.count }

    /// Ctrl-U: everything before the cursor.
    public mutating func deleteToStart() {
        text.removeSubrange(text.startIndex..<index(cursor))
        cursor = 0
    }

    /// Ctrl-W: the word before the cursor — spaces, then everything up to the previous space (a run
    /// of Chinese has no spaces, so it goes whole, as a shell's Ctrl-W would take it).
    public mutating func deleteWordBackward() {
        let clusters = Array(text[..<index(cursor)])
        var start = clusters.count
        while start > 0 && clusters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !clusters[start - 1].isWhitespace { start -= 1 }
        text.removeSubrange(index(start)..<index(cursor))
        cursor = start
    }

    /// The line-editing actions (`KeyBinding`'s prompt section): Backspace, Del, ← →, Home, End,
    /// Ctrl-U and Ctrl-W. False for any other action, which is the prompt's owner's (Enter, Esc,
    /// history).
    public mutating func edit(_ action: ReaderAction) -> Bool {
        switch action {
        case .promptDeleteBackward: deleteBackward()
        case .promptDeleteForward: deleteForward()
        case .promptLeft: moveLeft()
        case .promptRight: moveRight()
        case .promptStart: moveToStart()
        case .promptEnd: moveToEnd()
        case .promptDeleteToStart: deleteToStart()
        case .promptDeleteWord: deleteWordBackward()
        default: return false
        }
        return true
    }

    /// A key in a prompt with these bindings: its editing action, or typed if it is a character no
    /// binding takes. The action for the owner (Enter, Esc, history), or nil when the line has it;
    /// Backspace on an empty line is `promptCancel`, as in vi and less.
    public mutating func take(_ key: Key, bindings: [KeyBinding]) -> ReaderAction? {
        if let action = KeyBinding.action(for: key, in: .prompt, bindings) {
            if action == .promptDeleteBackward && text.isEmpty { return .promptCancel }
            return edit(action) ? nil : action
        }
        if case .character(let character) = key { insert(character) }
        return nil
    }
}
