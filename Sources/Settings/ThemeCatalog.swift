import BundledFiles
import Foundation
import TextLayout

/// Every theme Kanbao can use: the bundled ones (compiled in from `Themes/`) and the user's, from
/// `$XDG_CONFIG_HOME/kanbao/themes/*.toml`, which shadow bundled ones of the same name.
public struct ThemeCatalog: Sendable {
    public static let defaultName = "newsprint"
    public static let monoName = "mono"

    /// A theme file's text and where it came from (for messages).
    struct Source: Sendable {
        let text: String
        let file: String
    }

    private var sources: [String: Source] = [:]

    /// The bundled themes, and the user's from `userDirectory` if given.
    public init(userDirectory: String? = nil) {
        for (name, bytes) in BundledThemes.files {
            sources[name] = Source(text: String(decoding: bytes, as: UTF8.self), file: "Themes/\(name).toml (bundled)")
        }
        guard let userDirectory, let entries = try? FileManager.default.contentsOfDirectory(atPath: userDirectory) else { return }
        for entry in entries where entry.hasSuffix(".toml") {
            let path = userDirectory + "/" + entry
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            sources[String(entry.dropLast(5))] = Source(text: String(decoding: data, as: UTF8.self), file: path)
        }
    }

    /// The names, sorted, the default first.
    public var names: [String] {
        let others = sources.keys.filter { $0 != Self.defaultName }.sorted()
        return sources[Self.defaultName] == nil ? others : [Self.defaultName] + others
    }

    /// The theme called `name`, with what it inherits.
    public func theme(named name: String) throws(SettingsMessage) -> Theme {
        guard let source = sources[name] else {
            throw SettingsMessage("no theme called \"\(name)\" (themes: \(names.joined(separator: ", ")))")
        }
        return try resolve(name: name, source: source)
    }

    /// `--theme`: a name, or the path of a theme file (anything with a `/` or ending in `.toml`).
    public func theme(nameOrPath: String) throws(SettingsMessage) -> Theme {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else { return try theme(named: nameOrPath) }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw SettingsMessage("cannot read the theme file", file: nameOrPath)
        }
        let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
        return try resolve(name: name, source: Source(text: String(decoding: data, as: UTF8.self), file: nameOrPath))
    }

    private func resolve(name: String, source: Source) throws(SettingsMessage) -> Theme {
        // The chain of definitions, this one first, up to one that inherits nothing.
        var chain = [try ThemeDefinition.parse(source.text, file: source.file)]
        var seen = [name]
        while let parent = chain.last?.inherits {
            guard !seen.contains(parent) else {
                throw SettingsMessage("themes inherit from each other in a circle: \((seen + [parent]).joined(separator: " → "))", file: source.file)
            }
            guard let parentSource = sources[parent] else {
                throw SettingsMessage("inherits from \"\(parent)\", but there is no such theme", file: source.file,
                                      line: SettingsLines.line(of: ["inherits"], in: source.text))
            }
            chain.append(try ThemeDefinition.parse(parentSource.text, file: parentSource.file))
            seen.append(parent)
        }
        let base = chain.last!
        let missing = Role.allCases.filter { base.roles[$0] == nil }
        if !missing.isEmpty {
            let file = seen.last == name ? source.file : sources[seen.last!]!.file
            throw SettingsMessage("roles missing: \(missing.map(\.rawValue).joined(separator: ", ")) (a theme without `inherits` sets every role)",
                                  file: file)
        }
        var styles: [Role: RoleStyle] = [:]
        for definition in chain.reversed() {
            for (role, partial) in definition.roles {
                var style = styles[role] ?? RoleStyle()
                if let foreground = partial.foreground { style.foreground = foreground }
                if let background = partial.background { style.background = background }
                if let attributes = partial.attributes { style.attributes = attributes }
                styles[role] = style
            }
        }
        return Theme(name: name, description: chain.first!.description, styles: styles)
    }
}
