import Foundation

/// `Tests/Fixtures/crawler/2019-02/`: two People's Daily days as the public crawler saves them
/// (`YYYYMMDD-PP-AA.txt`, UTF-8, CRLF), a few 版 of each, copied unchanged from the development month
/// — kickers ending in `——`, a 50-character headline, a dash subheadline, `广告` pages with no
/// body, inner heads.
public enum CrawlerFixtures {
    public static let month = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/crawler/2019-02")
    public static let firstDay = month.appendingPathComponent("20190201")

    /// The day folders' article files, in date, page and article order (the names sort so).
    public static func files(in folder: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// What a file says its kicker, headline and subheadline are: lines 1–3, nil for an empty one —
    /// read here with Foundation, apart from Kanbao's reading.
    public static func titles(of file: URL) throws -> (kicker: String?, headline: String, subheadline: String?) {
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\r\n") + ["", "", ""]
        let trimmed = lines.prefix(3).map { $0.trimmingCharacters(in: .whitespaces) }
        return (trimmed[0].isEmpty ? nil : trimmed[0], trimmed[1], trimmed[2].isEmpty ? nil : trimmed[2])
    }
}
