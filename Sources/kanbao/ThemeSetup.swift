import Foundation
import Settings
import Terminal

/// The themes the reader starts with: every theme in the catalog that reads (T cycles them), the
/// one asked for (`--theme`, else the config's, else the default), `mono` for when colours are off,
/// and what went wrong on the way — said on stderr and in the status line; never fatal.
enum ThemeSetup {
    static func make(catalog: ThemeCatalog, wanted: String, colors: Bool, problems: [SettingsMessage]) -> ReaderApp.Themes {
        var problems = problems
        var themes: [Theme] = []
        for name in catalog.names {
            do { themes.append(try catalog.theme(named: name)) } catch { problems.append(error) }
        }
        var current = themes.firstIndex { $0.name == ThemeCatalog.defaultName } ?? 0
        do {
            let theme = try catalog.theme(nameOrPath: wanted)
            if let index = themes.firstIndex(where: { $0.name == theme.name }) {
                themes[index] = theme
                current = index
            } else {
                themes.append(theme)
                current = themes.count - 1
            }
        } catch {
            if !problems.contains(error) { problems.append(error) }
        }
        // A broken user copy of mono must not leave colourless terminals without styles.
        let mono = (try? catalog.theme(named: ThemeCatalog.monoName)) ?? (try? ThemeCatalog().theme(named: ThemeCatalog.monoName))
            ?? Theme(name: ThemeCatalog.monoName, description: "", styles: [:])
        if themes.isEmpty { themes = [mono] }
        for problem in problems { Diagnostics.printLine("kanbao: \(problem)") }
        let message = problems.first.map { first in
            first.brief + (problems.count > 1 ? "（另有 \(problems.count - 1) 条 +\(problems.count - 1) more on stderr）" : "")
        }
        return ReaderApp.Themes(themes: themes, current: min(current, themes.count - 1), colors: colors, mono: mono, message: message)
    }

    /// `--list-themes`: one name per line, the one that would be used marked.
    static func list(catalog: ThemeCatalog, wanted: String) -> String {
        catalog.names.map { $0 == wanted ? "\($0) (default)\n" : "\($0)\n" }.joined()
    }
}
