import Foundation
import IssueModel

/// Where a day of a paper stands on People's Daily's e-paper platform, and how its pages link to
/// one another: to November 2024 `rmrb/html/YYYY-MM/DD/nbs.D110000renmrb_PP.htm` (a 版's list) and
/// `nw.D110000renmrb_YYYYMMDD_J-PP.htm` (an article); from December 2024
/// `rmrb/pc/layout/YYYYMM/DD/node_PP.html` and `rmrb/pc/content/YYYYMM/DD/content_N.html` (`rmrb`
/// and `D110000renmrb` are the paper's folder and stem). Links are found by their patterns wherever
/// they stand in a page (a script may write them). Pure.
public struct EpaperEdition: Sendable, Equatable {
    public let paper: EpaperPaper
    public let date: IssueDate
    /// The site's URLs from December 2024 on, or those before.
    public let isNewSite: Bool

    /// The day in the URLs the site used on that day.
    public init(_ paper: EpaperPaper = .peoplesDaily, date: IssueDate) {
        self.init(paper, date: date, newSite: (date.year, date.month) >= (2024, 12))
    }

    public init(_ paper: EpaperPaper = .peoplesDaily, date: IssueDate, newSite: Bool) {
        self.paper = paper
        self.date = date
        isNewSite = newSite
    }

    /// The same day in the site's other URLs (a mirror may keep old days in the new ones).
    public var otherSite: EpaperEdition { EpaperEdition(paper, date: date, newSite: !isNewSite) }

    private func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    /// The folder of the day's pages under the site's root.
    public var listFolder: String {
        isNewSite ? "\(paper.folder)/pc/layout/\(date.year)\(two(date.month))/\(two(date.day))/"
            : "\(paper.folder)/html/\(date.year)-\(two(date.month))/\(two(date.day))/"
    }

    /// The first 版's list: where a day begins.
    public var firstList: String { listFolder + (isNewSite ? "node_01.html" : "nbs.\(paper.stem)_01.htm") }

    /// The other 版 lists and the article pages a page links to, as paths under the root, each once,
    /// in the order they first appear.
    public func links(in page: String, at path: String) -> (lists: [String], articles: [String]) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let stamp = "\(date.year)\(two(date.month))\(two(date.day))"
        let stem = NSRegularExpression.escapedPattern(for: paper.stem)
        let listPattern = isNewSite ? "node_[0-9]{1,3}\\.html" : "nbs\\.\(stem)_[0-9]{1,3}\\.htm"
        let articlePattern = isNewSite ? "content_[0-9]{1,12}\\.html" : "nw\\.\(stem)_\(stamp)_[0-9]{1,4}-[0-9]{1,3}\\.htm"
        let contentFolder = "\(paper.folder)/pc/content/\(date.year)\(two(date.month))/\(two(date.day))"
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

    /// The 版 a list is of, by its name (`nbs.D110000renmrb_05.htm`, `node_05.html`: 5).
    public static func pageNumber(ofList path: String) -> Int? {
        let name = path.split(separator: "/").last ?? ""
        guard let stop = name.lastIndex(of: "."), let start = name[..<stop].lastIndex(of: "_") else { return nil }
        return Int(name[name.index(after: start)..<stop])
    }

    /// The day's folder in a library: `rmrb/2026/202612/20261202`.
    public var libraryFolder: String { "\(paper.key)/\(date.year)/\(date.year)\(two(date.month))/\(date.year)\(two(date.month))\(two(date.day))" }
}
