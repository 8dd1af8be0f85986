import TextLayout

/// How text in a role looks: colours and attributes.
public struct RoleStyle: Equatable, Hashable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var attributes: TextAttributes = []

    public init(foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let dim = TextAttributes(rawValue: 2)
    public static let italic = TextAttributes(rawValue: 4)
    public static let underline = TextAttributes(rawValue: 8)
    public static let reverse = TextAttributes(rawValue: 16)

    public static let names: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
}

/// A theme: a style for every role (a role it leaves out takes its `fallback`'s style).
public struct Theme: Equatable, Sendable {
    public let name: String
    public let description: String
    public let styles: [Role: RoleStyle]

    public init(name: String, description: String, styles: [Role: RoleStyle]) {
        self.name = name
        self.description = description
        var styles = styles
        for role in Role.allCases where styles[role] == nil {
            if let fallback = role.fallback, let style = styles[fallback] { styles[role] = style }
        }
        self.styles = styles
    }

    public subscript(role: Role) -> RoleStyle { styles[role] ?? RoleStyle() }
}
