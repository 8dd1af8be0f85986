import TextLayout

/// Resolves themes of a catalog — each definition laid over what it inherits — remembering every
/// definition read and every theme resolved, so that a long chain of `inherits` is walked once.
/// A walk is a loop, not a recursion: a chain of any length cannot exhaust the stack.
final class ThemeResolver {
    private let catalog: ThemeCatalog
    private var resolved: [String: Result<(description: String, styles: [Role: RoleStyle]), SettingsMessage>] = [:]

    init(catalog: ThemeCatalog) { self.catalog = catalog }

    func theme(named name: String) -> Result<Theme, SettingsMessage> {
        guard let source = catalog.source(name) else {
            return .failure(SettingsMessage("no theme called \"\(name)\" (themes: \(catalog.names.joined(separator: ", ")))"))
        }
        return theme(name: name, source: source)
    }

    /// The theme `name` whose file is `source` (a catalog theme, or a file named by `--theme`).
    func theme(name: String, source: ThemeCatalog.Source) -> Result<Theme, SettingsMessage> {
        resolve(name: name, source: source).map { Theme(name: name, description: $0.description, styles: $0.styles) }
    }

    private func resolve(name: String, source: ThemeCatalog.Source) -> Result<(description: String, styles: [Role: RoleStyle]), SettingsMessage> {
        // Only a theme of the catalog is remembered by name: a file given by path may share a name.
        let fromCatalog = catalog.source(name)?.file == source.file
        if fromCatalog, let known = resolved[name] { return known }
        // The chain from this theme up to one already resolved, or one that inherits nothing.
        var chain: [(name: String, definition: ThemeDefinition)] = []
        var seen: Set<String> = []
        var current = (name: name, source: source)
        var base: [Role: RoleStyle]?
        func walk() -> SettingsMessage? {
            while true {
                if current.name != name || fromCatalog, let known = resolved[current.name] {
                    switch known {
                    case .success(let theme): base = theme.styles
                    case .failure(let problem): return problem
                    }
                    return nil
                }
                let definition: ThemeDefinition
                do throws(SettingsMessage) {
                    definition = try ThemeDefinition.parse(current.source.text, file: current.source.file)
                } catch {
                    return error
                }
                chain.append((current.name, definition))
                seen.insert(current.name)
                guard let parent = definition.inherits else {
                    let missing = Role.allCases.filter { definition.roles[$0] == nil && $0.fallback == nil }
                    if missing.isEmpty { return nil }
                    return SettingsMessage("roles missing: \(missing.map(\.rawValue).joined(separator: ", ")) (a theme without `inherits` sets every role)",
                                           file: current.source.file)
                }
                if seen.contains(parent) {
                    return SettingsMessage("themes inherit from each other in a circle: \((chain.map(\.name) + [parent]).joined(separator: " → "))",
                                           file: source.file)
                }
                guard let parentSource = catalog.source(parent) else {
                    return SettingsMessage("inherits from \"\(parent)\", but there is no such theme", file: current.source.file,
                                           line: SettingsLines(current.source.text).line(of: ["inherits"]))
                }
                current = (parent, parentSource)
            }
        }
        let outcome = walk()
        // Each theme of the chain, from the top of the inheritance down: its result is remembered.
        var styles = base ?? [:]
        var result: Result<(description: String, styles: [Role: RoleStyle]), SettingsMessage> = .failure(SettingsMessage(""))
        for (index, link) in chain.enumerated().reversed() {
            if let outcome {
                result = .failure(outcome)
            } else {
                for (role, partial) in link.definition.roles {
                    var style = styles[role] ?? RoleStyle()
                    if let foreground = partial.foreground { style.foreground = foreground }
                    if let background = partial.background { style.background = background }
                    if let attributes = partial.attributes { style.attributes = attributes }
                    styles[role] = style
                }
                result = .success((link.definition.description, styles))
            }
            if index > 0 || fromCatalog { resolved[link.name] = result }
        }
        if chain.isEmpty, let outcome { return .failure(outcome) }
        return result
    }
}
