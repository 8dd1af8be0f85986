import Settings

/// The config file and the theme catalog, read once at the start.
struct LoadedSettings {
    let config: Config
    let problems: [SettingsMessage]
    let catalog: ThemeCatalog
    /// Where the theme last chosen with `T` is kept.
    let themeMemory: ThemeMemory?

    init(environment: [String: String]) {
        (config, problems) = Config.load(environment: environment)
        catalog = ThemeCatalog(userDirectory: Config.folder(environment: environment).map { $0 + "/themes" })
        themeMemory = ThemeMemory(environment: environment)
    }

    /// The theme asked for: `--theme`, else the config's, else the default.
    func wantedTheme(_ option: String?) -> String { option ?? config.theme ?? ThemeCatalog.defaultName }
}
