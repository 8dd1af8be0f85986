import Foundation
import Reader

/// The config file, `$XDG_CONFIG_HOME/kanbao/config.toml` (`~/.config/kanbao/config.toml` when
/// XDG_CONFIG_HOME is not set). Every setting is optional; the command line wins over it.
///
///     theme = "night"            # a theme's name, or the path of a theme file
///     columns = 2                # text columns (1–100); left out: as many as fit
///     ambiguous-wide = false     # East Asian Ambiguous characters two cells wide
///     justify = true             # justify full lines
///     latin-spacing = false      # a space either side of Latin letters and digits in Chinese
///     mouse = true               # clicks and the wheel
///     vertical = false           # the article screen set vertically (竖排)
///     exact-script = false       # search tells traditional and simplified characters apart
///     check-every-file = false   # a search lists every file of an archive, not only its folders
///     [keys]
///     line-down = ["j", "Down"]  # an action = a key or a list of keys (see the README)
public struct Config: Sendable {
    public var theme: String?
    /// Where `theme` was set, for a message when there is no such theme.
    public var themeSetting: (file: String, line: Int?)?
    public var columns: Int?
    public var ambiguousWide: Bool?
    public var justify: Bool?
    public var latinSpacing: Bool?
    public var mouse: Bool?
    public var vertical: Bool?
    public var exactScript: Bool?
    public var checkEveryFile: Bool?
    public var keyBindings = KeyBinding.table

    public init() {}

    /// `kanbao/` in the user's config folder.
    public static func folder(environment: [String: String]) -> String? {
        XDGFolder.kanbao("XDG_CONFIG_HOME", fallback: ".config", environment: environment)
    }

    /// The config, if the file is there: what could be read, and what was wrong. A syntax error
    /// loses the whole file; a bad setting loses only itself.
    public static func load(environment: [String: String]) -> (Config, [SettingsMessage]) {
        guard let folder = folder(environment: environment) else { return (Config(), []) }
        let path = folder + "/config.toml"
        guard let data = FileManager.default.contents(atPath: path) else { return (Config(), []) }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> (Config, [SettingsMessage]) {
        var config = Config()
        let reading: SettingsFileReading
        do {
            reading = try SettingsFileReading(text, file: file)
        } catch {
            return (config, [error])
        }
        let problem = reading.problem
        for (key, value) in reading.table.sorted(by: { $0.key < $1.key }) {
            switch (key, value) {
            case ("theme", .string(let theme)):
                config.theme = theme
                config.themeSetting = (file, reading.line(of: [key]))
            case ("columns", .integer(let columns)) where (1...100).contains(columns): config.columns = columns
            case ("columns", _): problem("columns must be a whole number from 1 to 100", [key])
            case ("ambiguous-wide", .boolean(let wide)): config.ambiguousWide = wide
            case ("justify", .boolean(let justify)): config.justify = justify
            case ("latin-spacing", .boolean(let spacing)): config.latinSpacing = spacing
            case ("mouse", .boolean(let mouse)): config.mouse = mouse
            case ("vertical", .boolean(let vertical)): config.vertical = vertical
            case ("exact-script", .boolean(let exact)): config.exactScript = exact
            case ("check-every-file", .boolean(let every)): config.checkEveryFile = every
            case ("theme", _): problem("theme must be a string (a theme's name or a file's path), not \(value.kind)", [key])
            case ("ambiguous-wide", _), ("justify", _), ("latin-spacing", _), ("mouse", _), ("vertical", _), ("exact-script", _), ("check-every-file", _): problem("\(key) must be true or false, not \(value.kind)", [key])
            case ("keys", .table(let keys)):
                for (name, keyValue) in keys.sorted(by: { $0.key < $1.key }) {
                    guard let action = ReaderAction(name: name) else {
                        problem("unknown action \"\(name)\" (actions: \(ReaderAction.allCases.map(\.name).joined(separator: ", ")))", ["keys", name])
                        continue
                    }
                    let names: [SettingsValue]
                    switch keyValue {
                    case .string: names = [keyValue]
                    case .array(let items): names = items
                    default: names = [.other("")]
                    }
                    let parsed = names.map { item -> Key? in if case .string(let spec) = item { Key(name: spec) } else { nil } }
                    guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else {
                        problem("\(name): keys are names such as \"j\", \"Down\", \"Ctrl-L\", \"F1\" — a string or a list of them", ["keys", name])
                        continue
                    }
                    config.keyBindings = KeyBinding.rebinding(config.keyBindings, action: action, to: parsed.compactMap { $0 })
                }
            case ("keys", _): problem("[keys] must be a table of action = key", [key])
            default:
                problem("unknown setting \"\(key)\" (settings: theme, columns, ambiguous-wide, justify, latin-spacing, mouse, vertical, exact-script, check-every-file, [keys])", [key])
            }
        }
        // In the order of the file, as a reader fixing it goes.
        return (config, reading.problems.sorted { ($0.line ?? .max) < ($1.line ?? .max) })
    }
}
