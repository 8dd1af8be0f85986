import Foundation
import IssueFiles
import IssueModel

/// A feed fetched and kept whole in the library, as the day its items are of:
/// `KEY/YYYY/YYYYMM/YYYYMMDD.xml` (the day most of its items carry), where the archive reads it as
/// it reads any feed. Asked conditionally: the validators of the last answer (`ETag`,
/// `Last-Modified`) are kept in `KEY/.validators` and sent back, and a 304 costs the site nothing.
/// An item with no full text has its linked page fetched and kept beside the feed
/// (`FeedItemPages`), where reading the feed finds it; a page not yet kept is asked for again at
/// the next get, even when the feed has not changed.
public struct FeedFetch {
    public enum Outcome: Equatable, Sendable {
        /// `pagesMissing`: items' pages that could not be fetched.
        case fetched(day: IssueDate, articles: Int, pagesMissing: Int)
        /// The site said 304, or sent what the library holds already (and every item's page is kept).
        case unchanged
        /// As `unchanged`, but items' pages were missing: `fetched` of them came now, `missing` did not.
        case pagesFetched(fetched: Int, missing: Int)
        /// The site answered with this status.
        case refused(Int)
        /// What came is no feed, or no item in it says its day.
        case unreadable(String)
        /// The day could not be written.
        case notWritten(String)
    }

    let client: PoliteClient
    let library: String

    public init(client: PoliteClient, library: String) {
        self.client = client
        self.library = library
    }

    /// The folder in the library of a feed with no name given: its host's.
    public static func key(of url: URL) -> String { url.host ?? "feed" }

    public func fetch(_ url: URL, key: String) throws(PoliteClient.Failure) -> Outcome {
        let folder = library + "/" + key
        let validatorsPath = folder + "/.validators"
        let kept = Validators(FileManager.default.contents(atPath: validatorsPath), for: url)
        let response = try client.get(url, headers: kept?.headers ?? [:])
        if response.status == 304 {
            // (Read from a file: only a day's path as this writes it, `2026/202605/20260501.xml`.)
            guard let day = kept?.day, day.range(of: "^[0-9]{4}/[0-9]{6}/[0-9]{8}\\.xml$", options: .regularExpression) != nil else { return .unchanged }
            let kept = folder + "/" + day
            let links = FileManager.default.contents(atPath: kept).flatMap { try? FeedLayout().items(inBytes: [UInt8]($0), name: kept) }?.compactMap(\.wantsPage)
            return try pagesAgain(of: kept, links: links ?? [], feed: url)
        }
        guard response.status == 200 else { return .refused(response.status) }
        let items: [FeedLayout.Item]
        do {
            items = try FeedLayout().items(inBytes: [UInt8](response.body), name: url.lastPathComponent)
        } catch {
            return .unreadable("\(error)")
        }
        let days = Dictionary(grouping: items.compactMap(\.placed.date), by: { $0 }).mapValues(\.count)
        guard let day = days.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return .unreadable("no item says its day") }
        let stamp = day.iso.replacingOccurrences(of: "-", with: "")
        let path = folder + "/\(stamp.prefix(4))/\(stamp.prefix(6))/\(stamp).xml"
        let validators = Validators(url: url, etag: response.etag, lastModified: response.lastModified,
                                    day: String(path.dropFirst(folder.count + 1)))
        defer { _ = DayFetch.save(validators.data, as: validatorsPath) }
        if FileManager.default.contents(atPath: path) == response.body { return try pagesAgain(of: path, links: items.compactMap(\.wantsPage), feed: url) }
        let (_, missing) = try fetchPages(items.compactMap(\.wantsPage), feed: url, keptAt: path)
        guard DayFetch.save(response.body, as: path) else { return .notWritten(path) }
        return .fetched(day: day, articles: items.count, pagesMissing: missing)
    }

    /// The feed kept at `path` again (its items' `links` to pages): the pages not kept yet.
    func pagesAgain(of path: String, links: [String], feed url: URL) throws(PoliteClient.Failure) -> Outcome {
        let (fetched, missing) = try fetchPages(links, feed: url, keptAt: path)
        guard fetched + missing > 0 else { return .unchanged }
        // (Written again, so that an archive's index sees the feed changed and reads it again.)
        if fetched > 0, let bytes = FileManager.default.contents(atPath: path) { _ = DayFetch.save(bytes, as: path) }
        return .pagesFetched(fetched: fetched, missing: missing)
    }

    /// The pages of the items with no full text (their `links`: http and https only, relative to
    /// the feed's URL), fetched into `.pages/` beside `path` — those not kept already.
    func fetchPages(_ links: [String], feed url: URL, keptAt path: String) throws(PoliteClient.Failure) -> (fetched: Int, missing: Int) {
        var fetched = 0, missing = 0
        for link in links {
            let page = FeedItemPages.path(forLink: link, besideFeed: path)
            guard !FileManager.default.fileExists(atPath: page) else { continue }
            guard let target = URL(string: link, relativeTo: url)?.absoluteURL, ["http", "https"].contains(target.scheme?.lowercased() ?? "") else { continue }
            let response = try client.get(target)
            if response.status == 200, DayFetch.save(response.body, as: page) { fetched += 1 } else { missing += 1 }
        }
        return (fetched, missing)
    }

    /// What the site said of the feed's last answer, for the next request to send back. Read from
    /// a file (untrusted): anything but its own JSON, or another URL's, is no validators.
    struct Validators: Codable {
        var url: String
        var etag: String?
        var lastModified: String?
        /// Where the answer was kept, under the feed's folder (`2026/202605/20260501.xml`).
        var day: String?

        init(url: URL, etag: String?, lastModified: String?, day: String) {
            self.url = url.absoluteString
            self.etag = etag
            self.lastModified = lastModified
            self.day = day
        }

        init?(_ data: Data?, for url: URL) {
            guard let data, let kept = try? JSONDecoder().decode(Validators.self, from: data), kept.url == url.absoluteString else { return nil }
            self = kept
        }

        var data: Data { (try? JSONEncoder().encode(self)) ?? Data() }

        /// Only printable ASCII goes back into a header.
        var headers: [String: String] {
            func clean(_ value: String?) -> String? {
                value.flatMap { $0.count < 200 && $0.unicodeScalars.allSatisfy { (32..<127).contains($0.value) } ? $0 : nil }
            }
            var headers: [String: String] = [:]
            headers["If-None-Match"] = clean(etag)
            headers["If-Modified-Since"] = clean(lastModified)
            return headers
        }
    }
}
