import CNcursesw
import TextLayout

/// Roles to ncurses attributes and colour pairs: the built-in default theme until the themes
/// issue. Without colours (NO_COLOR, `--no-color`, a terminal without them) only attributes are used.
public struct Palette {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    private var styles: [Role: Style] = [:]

    /// `colors`: whether to use colour at all (NO_COLOR and --no-color say no).
    public init(colors: Bool) {
        let useColor = colors && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        let bold = shim_a_bold(), dim = shim_a_dim(), reverse = shim_a_reverse(), italic = shim_a_italic()
        let underline = shim_a_underline()
        // (role, attributes without colour, foreground, background, attributes with colour); -1 is the default.
        let table: [(Role, attr_t, Int16, Int16, attr_t)] = [
            (.headline, bold, -1, -1, bold),
            (.kicker, dim, Int16(COLOR_RED), -1, 0),
            (.subheadline, italic, -1, -1, italic),
            (.byline, dim, Int16(COLOR_BLUE), -1, 0),
            (.body, 0, -1, -1, 0),
            (.credit, dim | italic, -1, -1, dim | italic),
            (.rule, dim, Int16(COLOR_RED), -1, 0),
            (.selection, reverse, -1, -1, reverse),
            // Without colour a hit is underlined, so it still shows on the reversed selection.
            (.hit, bold | underline, Int16(COLOR_BLACK), Int16(COLOR_YELLOW), 0),
            (.currentHit, reverse | bold, Int16(COLOR_WHITE), Int16(COLOR_RED), bold),
            (.status, reverse, -1, -1, reverse),
            (.prompt, bold, -1, -1, bold),
            (.border, dim, -1, -1, dim),
            (.dim, dim, -1, -1, dim),
            (.help, 0, -1, -1, 0),
            (.error, bold | reverse, Int16(COLOR_WHITE), Int16(COLOR_RED), bold),
        ]
        for (index, entry) in table.enumerated() {
            let (role, plain, foreground, background, colored) = entry
            if useColor && (foreground != -1 || background != -1) {
                let pair = Int16(index + 1)
                init_pair(pair, foreground, background)
                styles[role] = Style(attributes: colored, pair: pair)
            } else {
                styles[role] = Style(attributes: useColor ? colored : plain, pair: 0)
            }
        }
    }

    func style(_ role: Role) -> Style { styles[role] ?? Style(attributes: 0, pair: 0) }
}
