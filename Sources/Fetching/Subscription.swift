import Foundation

/// What plain `kanbao get` (and `r` on the library's archive screen) fetches: a paper of the
/// e-paper platform, its last `days` days (today among them), or a feed, as it is now.
public enum Subscription: Sendable, Equatable {
    case epaper(EpaperPaper, days: Int)
    case feed(key: String, url: URL)

    /// Its folder in the library and its name on the command line.
    public var key: String {
        switch self {
        case .epaper(let paper, _): paper.key
        case .feed(let key, _): key
        }
    }

    /// Without a `papers.toml`: today's People's Daily.
    public static let standard: [Subscription] = [.epaper(.peoplesDaily, days: 1)]

    /// A key that can be a folder of the library: letters, digits, `.`, `_`, `-`, not a hidden name.
    public static func isUsable(key: String) -> Bool {
        !key.isEmpty && key.count <= 64 && !key.hasPrefix(".")
            && key.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }
}
