/// Keys and actions by name, as the config file writes them: `line-down = ["j", "Down"]`.
extension Key {
    /// A key from its name: one character (`j`, `/`, `工`), or Space, Up, Down, Left, Right, PgUp,
    /// PgDn, Home, End, Enter, Esc, Tab, Shift-Tab, Backspace, Del, Ctrl-A…Ctrl-Z, F1…F24 (case is
    /// ignored in names; the arrows ↑↓←→ as the help shows them work too).
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            switch character {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default: self = .character(character)
            }
            return
        }
        let lowered = name.lowercased()
        let named: [String: Key] = [
            "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "shift-tab": .backTab,
            "backtab": .backTab, "backspace": .backspace, "del": .delete, "delete": .delete,
        ]
        if let key = named[lowered] {
            self = key
        } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last, letter.isASCII, letter.isLetter {
            self = .control(letter)
        } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
            self = .function(number)
        } else {
            return nil
        }
    }
}

extension ReaderAction {
    /// The action's name in the config file: `lineDown` is `line-down`.
    public var name: String {
        String(describing: self).reduce(into: "") { name, character in
            if character.isUppercase { name += "-" + character.lowercased() } else { name.append(character) }
        }
    }

    public init?(name: String) {
        guard let action = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = action
    }
}

extension KeyBinding {
    /// The table with `keys` for `action` wherever it is bound, in place of its own; the keys are
    /// taken off any other action in the same places, so that they do what was asked.
    public static func rebinding(_ table: [KeyBinding], action: ReaderAction, to keys: [Key]) -> [KeyBinding] {
        let places = table.filter { $0.action == action }.map(\.place)
        func overlaps(_ place: Place) -> Bool { places.contains { $0.overlaps(place) } }
        return table.map { binding in
            if binding.action == action { return KeyBinding(keys: keys, action: action, place: binding.place, help: binding.help) }
            guard overlaps(binding.place) else { return binding }
            return KeyBinding(keys: binding.keys.filter { !keys.contains($0) }, action: binding.action, place: binding.place, help: binding.help)
        }
    }
}
