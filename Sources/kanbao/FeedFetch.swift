import ArgumentParser
import Fetching
import Foundation
import IssueFiles
import IssueModel

/// `kanbao get URL`: a feed fetched and kept whole in the library, as the day its items are of
/// (`feeds/HOST/YYYY/YYYYMM/YYYYMMDD.xml`, the day most of its items carry), where the archive
/// reads it as it reads any feed.
enum FeedFetch {
    static func run(_ url: URL, client: PoliteClient, library: String) throws {
        let response: PoliteClient.Response
        do {
            response = try client.get(url)
        } catch {
            Diagnostics.printLine("kanbao: get: no answer from \(url.absoluteString): is the network there?")
            throw ExitCode(69)
        }
        guard response.status == 200 else {
            Diagnostics.printLine("kanbao: get: \(url.absoluteString): the site answered \(response.status)")
            throw ExitCode(1)
        }
        let articles: [PlacedArticle]
        do {
            articles = try FeedLayout().articles(inBytes: [UInt8](response.body), name: url.lastPathComponent).articles
        } catch {
            Diagnostics.printLine("kanbao: get: \(url.absoluteString): \(error)")
            throw ExitCode(65)
        }
        let days = Dictionary(grouping: articles.compactMap(\.date), by: { $0 }).mapValues(\.count)
        guard let day = days.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            Diagnostics.printLine("kanbao: get: \(url.absoluteString): no item says its day")
            throw ExitCode(65)
        }
        let stamp = day.iso.replacingOccurrences(of: "-", with: "")
        let folder = library + "/feeds/" + (url.host ?? "feed") + "/\(stamp.prefix(4))/\(stamp.prefix(6))"
        let path = folder + "/\(stamp).xml"
        if FileManager.default.contents(atPath: path) == response.body {
            Diagnostics.printLine("\(url.absoluteString) \(day.iso): already in the library")
            return
        }
        guard DayFetch.save(response.body, as: path) else {
            Diagnostics.printLine("kanbao: get: cannot write \(path)")
            throw ExitCode(73)
        }
        Diagnostics.printLine("\(url.absoluteString) \(day.iso): \(articles.count) articles")
    }
}
