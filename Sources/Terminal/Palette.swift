import CNcursesw
import TextLayout
import Settings

/// A theme made into ncurses attributes and colour pairs for the terminal's colour depth: one pair
/// per role that has a colour, numbered by role, so a new theme redefines the same pairs.
public struct Palette {
    struct Style {
        var attributes: attr_t
        var pair: Int16
    }

    private var styles: [Role: Style] = [:]

    /// `theme` at `depth`; with `.none` only its attributes count (pass `mono` then).
    public init(theme: Theme, depth: ColorDepth) {
        for (index, role) in Role.allCases.enumerated() {
            let style = theme[role]
            let attributes = Self.attributes(style.attributes)
            if let foreground = depth.number(style.foreground), let background = depth.number(style.background),
               foreground != -1 || background != -1 {
                let pair = Int16(index + 1)
                _ = shim_init_pair(Int32(pair), foreground, background)
                styles[role] = Style(attributes: attributes, pair: pair)
            } else {
                styles[role] = Style(attributes: attributes, pair: 0)
            }
        }
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= shim_a_bold() }
        if attributes.contains(.dim) { result |= shim_a_dim() }
        if attributes.contains(.italic) { result |= shim_a_italic() }
        if attributes.contains(.underline) { result |= shim_a_underline() }
        if attributes.contains(.reverse) { result |= shim_a_reverse() }
        return result
    }

    func style(_ role: Role) -> Style { styles[role] ?? Style(attributes: 0, pair: 0) }
}
