import Foundation

/// The theme last chosen with `T`, remembered in `$XDG_STATE_HOME/kanbao/theme`
/// (`~/.local/state/kanbao/theme`) — its name, a line — written atomically as the places are. The
/// file is untrusted: only a name of letters, digits, `-` and `_` is taken, and only when it names
/// a theme there is; the config's `theme` and `--theme` come before it.
public struct ThemeMemory: Sendable {
    public let path: String
    let folder: String

    public init?(environment: [String: String]) {
        guard let kanbao = XDGFolder.kanbao("XDG_STATE_HOME", fallback: ".local/state", environment: environment) else { return nil }
        folder = kanbao
        path = kanbao + "/theme"
    }

    /// The name remembered, if the file holds one that can be a theme's name.
    public var name: String? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= 256 else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
        return !name.isEmpty && allowed ? name : nil
    }

    /// Remembers `name`; nil when kept, else what went wrong, naming the file.
    public func save(_ name: String) -> SettingsMessage? {
        guard let failure = DurableFile.replace(Array((name + "\n").utf8), at: path, in: folder, mode: 0o644) else { return nil }
        return SettingsMessage("could not remember the theme (\(failure.what): \(String(cString: strerror(failure.code))))", file: failure.file)
    }
}
