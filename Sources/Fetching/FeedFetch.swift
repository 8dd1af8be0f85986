import Foundation
import IssueFiles
import IssueModel

/// A feed fetched and kept whole in the library, as the day its items are of:
/// `KEY/YYYY/YYYYMM/YYYYMMDD.xml` (the day most of its items carry), where the archive reads it as
/// it reads any feed. Asked conditionally: the validators of the last answer (`ETag`,
/// `Last-Modified`) are kept in `KEY/.validators` and sent back, and a 304 costs the site nothing.
public struct FeedFetch {
    public enum Outcome: Equatable, Sendable {
        case fetched(day: IssueDate, articles: Int)
        /// The site said 304, or sent what the library holds already.
        case unchanged
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
        if response.status == 304 { return .unchanged }
        guard response.status == 200 else { return .refused(response.status) }
        let articles: [PlacedArticle]
        do {
            articles = try FeedLayout().articles(inBytes: [UInt8](response.body), name: url.lastPathComponent).articles
        } catch {
            return .unreadable("\(error)")
        }
        let days = Dictionary(grouping: articles.compactMap(\.date), by: { $0 }).mapValues(\.count)
        guard let day = days.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return .unreadable("no item says its day") }
        let stamp = day.iso.replacingOccurrences(of: "-", with: "")
        let path = folder + "/\(stamp.prefix(4))/\(stamp.prefix(6))/\(stamp).xml"
        let validators = Validators(url: url, etag: response.etag, lastModified: response.lastModified)
        defer { _ = DayFetch.save(validators.data, as: validatorsPath) }
        if FileManager.default.contents(atPath: path) == response.body { return .unchanged }
        guard DayFetch.save(response.body, as: path) else { return .notWritten(path) }
        return .fetched(day: day, articles: articles.count)
    }

    /// What the site said of the feed's last answer, for the next request to send back. Read from
    /// a file (untrusted): anything but its own JSON, or another URL's, is no validators.
    struct Validators: Codable {
        var url: String
        var etag: String?
        var lastModified: String?

        init(url: URL, etag: String?, lastModified: String?) {
            self.url = url.absoluteString
            self.etag = etag
            self.lastModified = lastModified
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
