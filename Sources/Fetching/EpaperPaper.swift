import Foundation

/// A paper on People's Daily's e-paper platform (人民日报 and the papers the same site serves):
/// where its pages stand — the site's root, the paper's folder there, the stem of its 版 lists'
/// names (`nbs.D110000renmrb_01.htm`) — and the name of its folder in the library. Another paper
/// of the platform is these four values (in `papers.toml`), not code.
public struct EpaperPaper: Sendable, Equatable {
    /// Its folder in the library and its name on the command line (`rmrb`).
    public var key: String
    /// The site's root (`https://paper.people.com.cn`); a mirror's with `--base`.
    public var base: URL
    /// The paper's folder on the site (`rmrb`).
    public var folder: String
    /// The stem of its page names before December 2024 (`D110000renmrb`).
    public var stem: String

    public init(key: String, base: URL, folder: String, stem: String) {
        self.key = key
        self.base = base
        self.folder = folder
        self.stem = stem
    }

    /// People's Daily.
    public static let peoplesDaily = EpaperPaper(key: "rmrb", base: URL(string: "https://paper.people.com.cn")!, folder: "rmrb", stem: "D110000renmrb")
}
