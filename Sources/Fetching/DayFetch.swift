import Foundation
import IssueModel
import Settings

/// One day of the paper fetched into a library: its 版 lists from the first on, then every article
/// page they link to, into a hidden folder (`.20261202.partial`) renamed into place only when every
/// page is there. A day in place is not asked for again; a partial one is taken up where it stopped
/// (an article page already fetched is not asked for again).
public struct DayFetch {
    public enum Outcome: Equatable, Sendable {
        case fetched(articles: Int)
        case alreadyThere
        /// The site refused the day (403: it keeps only recent years open).
        case refused
        /// No paper that day (404).
        case missing
        /// Pages that could not be fetched (their paths): the day stays partial, to be resumed.
        case incomplete([String])
        /// Told to stop (`goOn` said false): the day stays partial, to be resumed.
        case stopped
    }

    let client: PoliteClient
    let library: String
    /// Hears `rmrb 2026-12-02 第05版 41/96` as articles are fetched.
    public var progress: (String) -> Void = { _ in }
    /// Asked before each request: false stops the day where it is.
    public var goOn: () -> Bool = { true }

    public init(client: PoliteClient, library: String) {
        self.client = client
        self.library = library
    }

    /// The day in the URLs of its time, else (no such page) in the site's other URLs.
    public func fetch(_ edition: EpaperEdition) throws(PoliteClient.Failure) -> Outcome {
        let outcome = try fetch(in: edition)
        return outcome == .missing ? try fetch(in: edition.otherSite) : outcome
    }

    func fetch(in edition: EpaperEdition) throws(PoliteClient.Failure) -> Outcome {
        let final = library + "/" + edition.libraryFolder
        if FileManager.default.fileExists(atPath: final) { return .alreadyThere }
        let parent = (final as NSString).deletingLastPathComponent
        let partial = parent + "/." + (final as NSString).lastPathComponent + ".partial"
        let base = edition.paper.base
        // Each article with the 版 whose list it was first found on (the progress line names it).
        var lists = [edition.firstList], seenLists = Set(lists), articles: [(path: String, page: Int)] = [], seenArticles = Set<String>()
        var failed: [String] = []
        var index = 0
        while index < lists.count {
            guard goOn() else { return .stopped }
            let path = lists[index]
            index += 1
            let response = try client.get(base.appendingPathComponent(path))
            if index == 1 && response.status != 200 {
                if response.status == 403 { return .refused }
                if response.status == 404 { return .missing }
            }
            guard response.status == 200 else { failed.append(path); continue }
            guard Self.save(response.body, as: partial + "/" + (path as NSString).lastPathComponent) else { failed.append(path); continue }
            let (moreLists, moreArticles) = edition.links(in: String(decoding: response.body, as: UTF8.self), at: path)
            for list in moreLists where seenLists.insert(list).inserted { lists.append(list) }
            for article in moreArticles where seenArticles.insert(article).inserted { articles.append((article, EpaperEdition.pageNumber(ofList: path) ?? index)) }
        }
        for (number, (article, page)) in articles.enumerated() {
            let file = partial + "/" + (article as NSString).lastPathComponent
            if FileManager.default.fileExists(atPath: file) { continue }
            guard goOn() else { return .stopped }
            progress("\(edition.paper.key) \(edition.date.iso) 第\(page < 10 ? "0" : "")\(page)版 \(number + 1)/\(articles.count)")
            let response = try client.get(base.appendingPathComponent(article))
            guard response.status == 200, Self.save(response.body, as: file) else { failed.append(article); continue }
        }
        guard failed.isEmpty else { return .incomplete(failed) }
        guard (try? FileManager.default.moveItem(atPath: partial, toPath: final)) != nil else { return .incomplete([final]) }
        return .fetched(articles: articles.count)
    }

    /// Written whole or not at all (`DurableFile`: a temporary name, flushed, renamed).
    public static func save(_ data: Data, as path: String) -> Bool {
        DurableFile.replace([UInt8](data), at: path, in: (path as NSString).deletingLastPathComponent, mode: 0o644) == nil
    }
}
