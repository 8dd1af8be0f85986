/// How many colours the terminal can show, and how a theme's colours come down to them: 24-bit
/// as they are; else the nearest of xterm's 256; else the nearest of the 8 ANSI colours; else none
/// (the `mono` theme's attributes take over).
public enum ColorDepth: String, Equatable, Sendable {
    case direct = "24-bit", colors256 = "256", colors8 = "8", none = "none"

    /// From what ncurses reports after start: `has_colors()` and `COLORS` (2^24 with a terminfo
    /// entry that has direct colour, such as xterm-direct).
    public static func detect(hasColors: Bool, colors: Int) -> ColorDepth {
        guard hasColors else { return .none }
        if colors >= 1 << 24 { return .direct }
        if colors >= 256 { return .colors256 }
        if colors >= 8 { return .colors8 }
        return .none
    }

    /// The ncurses colour number for `color`: -1 for the terminal's default; nil without colours.
    public func number(_ color: ThemeColor) -> Int32? {
        if self == .none { return nil }
        switch color {
        case .terminalDefault: return -1
        case .indexed(let index):
            switch self {
            case .direct: return index < 8 ? Int32(index) : Self.direct(XtermPalette.rgb(index))
            case .colors256: return Int32(index)
            default: return index < 8 ? Int32(index) : index < 16 ? Int32(index - 8) : Int32(Self.nearest8(XtermPalette.rgb(index)))
            }
        case .rgb(let red, let green, let blue):
            switch self {
            case .direct: return Self.direct((red, green, blue))
            case .colors256: return Int32(Self.nearest256((red, green, blue)))
            default: return Int32(Self.nearest8((red, green, blue)))
            }
        }
    }

    /// A direct colour is 0xRRGGBB — but numbers below 8 still mean the ANSI colours in a direct-colour
    /// terminfo, so the darkest blues become #000008, which looks the same.
    static func direct(_ rgb: (red: Int, green: Int, blue: Int)) -> Int32 {
        max(Int32(rgb.red << 16 | rgb.green << 8 | rgb.blue), rgb == (0, 0, 0) ? 0 : 8)
    }

    /// The nearest of the cube and the grey ramp (16–255); the 16 system colours are left out,
    /// because every terminal sets its own.
    public static func nearest256(_ rgb: (red: Int, green: Int, blue: Int)) -> Int {
        func level(_ value: Int) -> Int {
            XtermPalette.cubeLevels.indices.min { abs(XtermPalette.cubeLevels[$0] - value) < abs(XtermPalette.cubeLevels[$1] - value) }!
        }
        let cube = 16 + 36 * level(rgb.red) + 6 * level(rgb.green) + level(rgb.blue)
        let average = (rgb.red + rgb.green + rgb.blue) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(rgb, XtermPalette.rgb(cube)) <= distance(rgb, XtermPalette.rgb(grey)) ? cube : grey
    }

    /// The nearest of the 8 ANSI colours, as xterm shows them.
    public static func nearest8(_ rgb: (red: Int, green: Int, blue: Int)) -> Int {
        (0..<8).min { distance(rgb, XtermPalette.rgb($0)) < distance(rgb, XtermPalette.rgb($1)) }!
    }

    /// Squared distance, weighted for the eye (the "redmean" approximation).
    static func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Int {
        let redMean = (a.red + b.red) / 2
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        // (In Swift `>>` binds tighter than `*`: the products are bracketed.)
        return (((512 + redMean) * red * red) >> 8) + 4 * green * green + (((767 - redMean) * blue * blue) >> 8)
    }
}
