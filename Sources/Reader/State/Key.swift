/// A key as the reader understands it, whatever terminal it came from.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl and a letter, the letter lowercase: `.control("l")` is Ctrl-L.
    case control(Character)
    case function(Int)

    /// How the key is written in the help overlay.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .function(let number): "F\(number)"
        }
    }
}

/// What happened, as the reader hears it: a key, a new terminal size, a tick of the clock.
public enum ReaderEvent: Hashable, Sendable {
    case key(Key)
    /// Characters that came at once, none of them a control key: a paste, or keys typed faster than
    /// a frame. A prompt takes them in one step (a paste of 100 KB is one insertion, not 30,000);
    /// anywhere else they are the keys they are, one after another.
    case typed(String)
    case resized(width: Int, height: Int)
    case tick
    /// Something the front end did and wants said in the status line (where an export went).
    case notice(String)
    case mouse(MouseEvent)
    /// Search for this query as if it had been typed and confirmed, at its first match (or its
    /// last, `fromEnd`): an issue reached by `n`/`N` from another.
    case find(String, fromEnd: Bool)
    /// The same, at match `number` (from 0; the last if there are fewer): a match picked from a
    /// list of several issues' matches.
    case findMatch(String, number: Int)
}

/// What the reducer asks for beyond the issue; the reducer itself does nothing. Where an issue is
/// one of several (`ReaderSetup.oneOfSeveral`), some of these reach the other issues: what those
/// are, and how they are found, is the app's (`AppReducer`), not the issue's.
public enum ReaderEffect: Hashable, Sendable {
    /// Leave this screen's way (`q` on the front page: whatever holds the issue).
    case quit
    /// Leave Kanbao from wherever it is (`Q`).
    case exit
    /// Repaint the whole terminal, not just what changed (Ctrl-L).
    case repaintAll
    /// Draw with the theme of this name from now on (T).
    case useTheme(String)
    /// Write this article to a file in the current folder (e), or put it on the terminal's
    /// clipboard with OSC 52 (E).
    case exportArticle(Int)
    case copyArticle(Int)
    /// The issue before (-1) or after (+1) this one (`(` `)`), if there are others.
    case otherIssue(Int)
    /// Back from the issue to what it was opened from (h, Esc on the front page), if anything.
    case leave
    /// A search confirmed in an issue that is one of several: it may be searched for in the others
    /// too (and, when this one has no match, the next that has it shown).
    case searchConfirmed(String)
    /// `n` past the issue's last match (`N` before its first), in an issue that is one of several:
    /// on to the next (previous) issue that has matches, instead of round this one.
    case pastTheMatches(String, forward: Bool)
    /// `&` in an issue that is one of several: every match of the query in all of them, the cursor
    /// on this issue's `current`th.
    case listMatchesBeyond(String, current: Int)
}

/// What the mouse did, and where (row and column of the cell).
public enum MouseEvent: Hashable, Sendable {
    case click(row: Int, column: Int)
    case doubleClick(row: Int, column: Int)
    case wheelUp(row: Int, column: Int)
    case wheelDown(row: Int, column: Int)
}
