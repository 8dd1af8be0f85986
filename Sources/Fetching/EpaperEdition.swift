import IssueModel

/// Where a day of People's Daily stands on its e-paper site, and how its pages link to one
/// another: to November 2024 `rmrb/html/YYYY-MM/DD/nbs.D110000renmrb_PP.htm` (a 版's list) and
/// `nw.D110000renmrb_YYYYMMDD_J-PP.htm` (an article); from December 2024
/// `rmrb/pc/layout/YYYYMM/DD/node_PP.html` and `rmrb/pc/content/YYYYMM/DD/content_N.html`.
/// Links are found by their patterns wherever they stand in a page (a script may write them). Pure.
public struct EpaperEdition: Sendable, Equatable {
    public let date: IssueDate
    /// The site's URLs from December 2024 on, or those before.
    public let isNewSite: Bool

    /// The day in the URLs the site used on that day.
    public init(date: IssueDate) {
        self.init(date: date, newSite: (date.year, date.month) >= (2024, 12))
    }

    public init(date: IssueDate, newSite: Bool) {
        self.date = date
        isNewSite = newSite
    }

    /// The same day in the site's other URLs (a mirror may keep old days in the new ones).
    public var otherSite: EpaperEdition { EpaperEdition(date: date, newSite: !isNewSite) }

    private func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// The folder of the day's pages under the site's root.
    public var listFolder: String {
        isNewSite ? "rmrb/pc/layout/\(date.year)\(two(date.month))/\(two(date.day))/"
            : "rmrb/html/\(date.year)-\(two(date.month))/\(two(date.day))/"
    }

    /// The first 版's list: where a day begins.
    public var firstList: String { listFolder + (isNewSite ? "node_01.html" : "nbs.D110000renmrb_01.htm") }

    /// The other 版 lists and the article pages a page links to, as paths under the root, each once,
    /// in the order they first appear.
    public func links(in page: String, at path: String) -> (lists: [String], articles: [String]) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let stamp = "\(date.year)\(two(date.month))\(two(date.day))"
        let listPattern = isNewSite ? "node_[0-9]{1,3}\\.html" : "nbs\\.D110000renmrb_[0-9]{1,3}\\.htm"
        let articlePattern = isNewSite ? "content_[0-9]{1,12}\\.html" : "nw\\.D110000renmrb_\(stamp)_[0-9]{1,4}-[0-9]{1,3}\\.htm"
        let contentFolder = "rmrb/pc/content/\(date.year)\(two(date.month))/\(two(date.day))"
        func found(_ pattern: String, in folder: String) -> [String] {
            var seen = Set<String>(), paths: [String] = []
            var rest = page[...]
            while let range = rest.range(of: pattern, options: .regularExpression) {
                let name = String(rest[range])
                if seen.insert(name).inserted { paths.append(folder + "/" + name) }
                rest = rest[range.upperBound...]
            }
            return paths
        }
        return (found(listPattern, in: folder), found(articlePattern, in: isNewSite ? contentFolder : folder))
    }

    /// The day's folder in a library: `rmrb/2026/202612/20261202`.
    public var libraryFolder: String { "rmrb/\(date.year)/\(date.year)\(two(date.month))/\(date.year)\(two(date.month))\(two(date.day))" }
}
