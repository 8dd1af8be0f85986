import CNcursesw
import Reader

/// Turns what `get_wch` delivers into reader events: whole characters (a Chinese character typed
/// through an input method or pasted arrives as one), function keys, resizes.
public enum KeyReader {
    public enum Input: Equatable {
        case event(ReaderEvent)
        /// Nothing came before the timeout (or a signal interrupted the wait).
        case nothing
        /// The terminal is gone: nothing will come any more.
        case hangUp
    }

    public static func next() -> Input {
        var value: wint_t = 0
        let result = shim_get_wch(&value)
        if result == ERR { return shim_input_hung_up() != 0 ? .hangUp : .nothing }
        if result == shim_key_code_yes() {
            if Int32(value) == KEY_RESIZE { return .event(.resized(width: Int(shim_cols()), height: Int(shim_lines()))) }
            if Int32(value) == KEY_MOUSE { return mouse().map { .event(.mouse($0)) } ?? .nothing }
            return functionKey(Int32(value)).map { .event(.key($0)) } ?? .nothing
        }
        guard let key = character(UInt32(value)) else { return .nothing }
        guard case .character(let first) = key else { return .event(.key(key)) }
        let run = typedRun(after: first)
        return .event(run.count > 1 ? .typed(run) : .key(key))
    }

    /// The characters already waiting after `first`, up to the first that is not a plain character
    /// (a control key, a function key, a resize: put back for the next call). A paste arrives so —
    /// on a busy machine in pieces, a few characters at a time: once more than one character has
    /// come at once, the run waits `pasteGap` for the next piece, so that a paste is a few large
    /// runs rather than thousands of small ones (each of which the prompt searches for). A key
    /// typed alone is taken at once.
    private static func typedRun(after first: Character) -> String {
        var run = String(first), pasting = false
        var value: wint_t = 0
        while run.utf8.count < maximumRun {
            let result = pasting ? shim_get_wch_within(&value, pasteGap, Terminal.keyWait) : shim_get_wch_now(&value, Terminal.keyWait)
            if result == ERR { break }
            if result == shim_key_code_yes() {
                _ = shim_unget_key(Int32(value))
                break
            }
            guard case .character(let next)? = character(UInt32(value)) else {
                _ = shim_unget_wch(value)
                break
            }
            run.append(next)
            pasting = true
        }
        return run
    }

    /// How much one run holds at most (bytes): a paste larger than that comes as several.
    static let maximumRun = 1 << 20
    /// How long a paste's next piece is waited for, in milliseconds.
    static let pasteGap: Int32 = 15

    static func mouse() -> MouseEvent? {
        var row: Int32 = 0, column: Int32 = 0
        switch shim_read_mouse(&row, &column) {
        case 1: return .click(row: Int(row), column: Int(column))
        case 2: return .doubleClick(row: Int(row), column: Int(column))
        case 4: return .wheelUp(row: Int(row), column: Int(column))
        case 5: return .wheelDown(row: Int(row), column: Int(column))
        default: return nil
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case KEY_F0 + 1...KEY_F0 + 24: .function(Int(code - KEY_F0))
        default: nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value + 96))))
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
