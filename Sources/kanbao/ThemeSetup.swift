import Foundation
import IssueModel
import Settings
import Terminal

/// The themes the reader starts with: every theme in the catalog that reads (T cycles them), the
/// one asked for (`--theme`, else the config's, else the default), `mono` for when colours are off,
/// and what went wrong on the way — said on stderr and in the status line; never fatal.
enum ThemeSetup {
    static func make(settings: LoadedSettings, option: String?, colors: Bool) -> ReaderApp.Themes {
        let catalog = settings.catalog
        var problems = settings.problems
        var themes: [Theme] = []
        let resolved = catalog.allThemes()
        for (_, result) in resolved {
            switch result {
            case .success(let theme): themes.append(theme)
            case .failure(let problem): problems.append(problem)
            }
        }
        var current = themes.firstIndex { $0.name == ThemeCatalog.defaultName } ?? 0
        // Neither --theme nor the config names one: the theme last chosen with T, if it is still there.
        let remembered = option == nil && settings.config.theme == nil ? settings.themeMemory?.name : nil
        if let remembered, let index = themes.firstIndex(where: { $0.name == remembered }) {
            current = index
        } else {
            switch chosen(settings: settings, option: option, resolved: resolved) {
            case .success(let theme):
                if let index = themes.firstIndex(where: { $0.name == theme.name }) {
                    themes[index] = theme
                    current = index
                } else {
                    themes.append(theme)
                    current = themes.count - 1
                }
            case .failure(let problem):
                if !problems.contains(problem) { problems.append(problem) }
            }
        }
        // A broken user copy of mono must not leave colourless terminals without styles.
        let mono = resolved.first { $0.name == ThemeCatalog.monoName }.flatMap { try? $0.theme.get() }
            ?? (try? ThemeCatalog().theme(named: ThemeCatalog.monoName))
            ?? Theme(name: ThemeCatalog.monoName, description: "", styles: [:])
        if themes.isEmpty { themes = [mono] }
        for problem in problems { Diagnostics.printLine("kanbao: \(problem)") }
        // The count and the first in the status line; every one, whole, in the help's list (`!`).
        let message = problems.first.map { first in
            (problems.count > 1 ? "\(problems.count)个设置问题 \(problems.count) settings problems · ! 全部 all · " : "! ") + first.brief
        }
        let memory = settings.themeMemory
        var made = ReaderApp.Themes(themes: themes, current: min(current, themes.count - 1), colors: colors, mono: mono, message: message,
                                    keep: { name in memory?.save(name)?.brief })
        made.problems = problems.map { VisibleText.escaped($0.description) }
        return made
    }

    /// The theme asked for — `--theme`, else the config's, else the default — or what is wrong with
    /// it, naming the config file and line when the name came from there. A catalog theme already
    /// in `resolved` is taken from there, not resolved again.
    static func chosen(
        settings: LoadedSettings, option: String?, resolved: [(name: String, theme: Result<Theme, SettingsMessage>)] = []
    ) -> Result<Theme, SettingsMessage> {
        let wanted = settings.wantedTheme(option)
        let result: Result<Theme, SettingsMessage>
        if !wanted.contains("/") && !wanted.hasSuffix(".toml"), let known = resolved.first(where: { $0.name == wanted })?.theme {
            result = known
        } else {
            do { result = .success(try settings.catalog.theme(nameOrPath: wanted)) } catch { result = .failure(error) }
        }
        guard case .failure(let error) = result, option == nil, let setting = settings.config.themeSetting, error.file == nil else {
            return result
        }
        return .failure(SettingsMessage(error.problem + "; using \(ThemeCatalog.defaultName)", file: setting.file, line: setting.line))
    }

    /// `--list-themes`: one name per line (as visible text: a file name can hold escapes), the one
    /// that would be used marked — the default, when the one asked for cannot be used (said on
    /// standard error).
    static func list(settings: LoadedSettings, option: String?) -> String {
        var used = settings.wantedTheme(option)
        if case .failure(let problem) = chosen(settings: settings, option: option) {
            Diagnostics.printLine("kanbao: \(problem)")
            used = ThemeCatalog.defaultName
        }
        return settings.catalog.names.map { VisibleText.escaped($0) + ($0 == used ? " (default)\n" : "\n") }.joined()
    }
}
