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
        try ThemeResolver(catalog: self).theme(named: name).get()
    }

    /// Every theme, by name in `names` order, each resolved or with what is wrong with it. A chain
    /// of `inherits` is read and resolved once however many themes share it: 1,000 themes that
    /// inherit one from the next cost 1,000 reads, not half a million.
    public func allThemes() -> [(name: String, theme: Result<Theme, SettingsMessage>)] {
        let resolver = ThemeResolver(catalog: self)
        return names.map { ($0, resolver.theme(named: $0)) }
    }

    /// `--theme`: a name, or the path of a theme file (anything with a `/` or ending in `.toml`).
    public func theme(nameOrPath: String) throws(SettingsMessage) -> Theme {
        guard nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") else { return try theme(named: nameOrPath) }
        guard let data = FileManager.default.contents(atPath: nameOrPath) else {
            throw SettingsMessage("cannot read the theme file", file: nameOrPath)
        }
        let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
        return try ThemeResolver(catalog: self).theme(name: name, source: Source(text: String(decoding: data, as: UTF8.self), file: nameOrPath)).get()
    }

    func source(_ name: String) -> Source? { sources[name] }
}
