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

    public mutating func insert(_ character: Character) {
        let before = String(text[..<index(cursor)]) + String(character)
        text = before + text[index(cursor)...]
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

    /// The line-editing keys, as a shell's: a character goes in; Backspace, Del (Ctrl-D), ← (Ctrl-B),
    /// → (Ctrl-F), Home (Ctrl-A), End (Ctrl-E), Ctrl-U and Ctrl-W edit. False for any other key, which
    /// is the prompt's owner's (Enter, Esc, history).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .backspace: deleteBackward()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .home, .control("a"): moveToStart()
        case .end, .control("e"): moveToEnd()
        case .control("u"): deleteToStart()
        case .control("w"): deleteWordBackward()
        default: return false
        }
        return true
    }
}
