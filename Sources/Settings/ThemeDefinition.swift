import TextLayout

/// One theme file, read but not yet resolved: the roles it sets (each field it names) and the theme
/// it inherits from.
struct ThemeDefinition: Sendable {
    struct PartialStyle: Sendable {
        var foreground: ThemeColor?
        var background: ThemeColor?
        var attributes: TextAttributes?
    }

    var description = ""
    var inherits: String?
    var roles: [Role: PartialStyle] = [:]

    /// Reads a theme file's text; `file` names it in messages.
    static func parse(_ text: String, file: String) throws(SettingsMessage) -> ThemeDefinition {
        let table: [String: SettingsValue]
        do {
            table = try SettingsValue.parse(text)
        } catch {
            throw SettingsMessage(error.problem, file: file, line: error.line)
        }
        // (Only at the first problem, which ends the reading: the file's lines are read then, once.)
        func fail(_ problem: String, at path: [String]) -> SettingsMessage {
            SettingsMessage(problem, file: file, line: SettingsLines(text).line(of: path))
        }
        var definition = ThemeDefinition()
        for (key, value) in table.sorted(by: { $0.key < $1.key }) {
            switch (key, value) {
            case ("description", .string(let text)): definition.description = text
            case ("inherits", .string(let name)): definition.inherits = name
            case ("roles", .table(let roles)):
                for (name, style) in roles.sorted(by: { $0.key < $1.key }) {
                    guard let role = Role(rawValue: name) else {
                        throw fail("unknown role \"\(name)\" (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))", at: ["roles", name])
                    }
                    guard case .table(let fields) = style else {
                        throw fail("role \"\(name)\" must be a table such as { fg = \"red\" }, not \(style.kind)", at: ["roles", name])
                    }
                    definition.roles[role] = try partialStyle(fields) { fail($0, at: ["roles", name] + $1) }
                }
            case ("description", _), ("inherits", _), ("roles", _):
                throw fail("\"\(key)\" must be \(key == "roles" ? "a table" : "a string"), not \(value.kind)", at: [key])
            default:
                throw fail("unknown key \"\(key)\" (a theme has description, inherits and [roles])", at: [key])
            }
        }
        return definition
    }

    private static func partialStyle(
        _ fields: [String: SettingsValue], fail: (String, [String]) -> SettingsMessage
    ) throws(SettingsMessage) -> PartialStyle {
        var style = PartialStyle()
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            switch field {
            case "fg", "bg":
                switch ThemeColor.parse(value) {
                case .success(let color):
                    if field == "fg" { style.foreground = color } else { style.background = color }
                case .failure(let message): throw fail(message.problem, [field])
                }
            case "attributes":
                guard case .array(let items) = value else { throw fail("attributes are a list such as [\"bold\"]", [field]) }
                var attributes: TextAttributes = []
                for item in items {
                    guard case .string(let name) = item, let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1 else {
                        throw fail("unknown attribute \(item) (attributes: bold, dim, italic, underline, reverse)", [field])
                    }
                    attributes.insert(attribute)
                }
                style.attributes = attributes
            default:
                throw fail("unknown field \"\(field)\" (a role has fg, bg and attributes)", [field])
            }
        }
        return style
    }
}
