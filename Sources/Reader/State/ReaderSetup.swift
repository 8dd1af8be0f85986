/// What the front end hands a reader at its start and the reader does not change: the keys, the
/// themes, what is wrong in the settings, and whether the issue is one of several (a search, `n`
/// past its matches and `&` then go beyond it, as effects: where to is not the to know).
public struct ReaderSetup: Sendable {
    /// The default table, or the config file's version of it.
    public var keyBindings: [KeyBinding]
    /// The themes T cycles through, and the one in use at the start.
    public var themeNames: [String]
    public var themeName: String?
    /// The config and theme files' problems, a line each.
    public var problems: [String]
    public var oneOfSeveral: Bool
    /// Search finds traditional and simplified characters as one (off: `--exact-script`).
    public var scriptFolding: Bool

    public init(keyBindings: [KeyBinding] = KeyBinding.table, themeNames: [String] = [], themeName: String? = nil,
                problems: [String] = [], oneOfSeveral: Bool = false, scriptFolding: Bool = true) {
        self.scriptFolding = scriptFolding
        self.keyBindings = keyBindings
        self.themeNames = themeNames
        self.themeName = themeName
        self.problems = problems
        self.oneOfSeveral = oneOfSeveral
    }
}
