/// A colour as a theme file gives it: the terminal's own, one of the 256 indexed colours (0–15 by
/// name), or 24-bit.
public enum ThemeColor: Equatable, Hashable, Sendable {
    case terminalDefault
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)

    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// `"default"`, a name, `"#rrggbb"`, or an integer 0–255; nil with the reason otherwise.
    public static func parse(_ value: SettingsValue) -> Result<ThemeColor, SettingsMessage> {
        switch value {
        case .integer(let index) where (0...255).contains(index):
            return .success(.indexed(index))
        case .integer(let index):
            return .failure(SettingsMessage("colour index \(index) is not between 0 and 255"))
        case .string(let text):
            let lowered = text.lowercased()
            if lowered == "default" { return .success(.terminalDefault) }
            if let index = names.firstIndex(of: lowered) { return .success(.indexed(index)) }
            if lowered.hasPrefix("#"), lowered.count == 7, let value = Int(lowered.dropFirst(), radix: 16) {
                return .success(.rgb(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF))
            }
            return .failure(SettingsMessage("\"\(text)\" is not a colour (a name such as \"red\" or \"bright-blue\", \"#rrggbb\", 0–255 or \"default\")"))
        default:
            return .failure(SettingsMessage("a colour is a string or an integer, not \(value.kind)"))
        }
    }

    /// The colour as red, green, blue (xterm's values for the indexed ones); nil for the default.
    public var rgb: (red: Int, green: Int, blue: Int)? {
        switch self {
        case .terminalDefault: nil
        case .rgb(let red, let green, let blue): (red, green, blue)
        case .indexed(let index): XtermPalette.rgb(index)
        }
    }
}

/// The colours of xterm's 256-colour palette: 16 system colours, a 6×6×6 cube, 24 greys.
public enum XtermPalette {
    static let system: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    public static func rgb(_ index: Int) -> (red: Int, green: Int, blue: Int) {
        switch index {
        case ..<16: return system[max(0, index)]
        case 16..<232:
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }
}
