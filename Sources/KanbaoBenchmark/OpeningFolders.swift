import BundledFiles
import Foundation
import IssueModel

/// What opening a tree of crawler day folders (`YYYYMMDD/YYYYMMDD-PP-AA.txt`, CRLF) costs the real
/// `kanbao` binary: `--list` and `--json` of 1,000 to 8,000 files (and 16,000), wall time and peak
/// memory — to show the cost grows with the number of files and no faster. The files are the seed's
/// articles written out as the crawler writes them, 20 版 of 3 articles a day.
struct OpeningFolders {
    let files: Int
    var listSeconds = 0.0, listPeakMB = 0.0
    var jsonSeconds = 0.0, jsonPeakMB = 0.0

    /// The seed's articles as crawler files: kicker, headline, subheadline lines, then the paragraphs indented.
    static let articleTexts: [String] = PageParser.parse(String(decoding: BundledSeed.bytes, as: UTF8.self)).articles.map { article in
        ([article.kicker ?? "", article.headline, article.subheadline ?? ""] + article.paragraphs.map { "\u{3000}\u{3000}" + $0 })
            .joined(separator: "\r\n") + "\r\n"
    }

    init?(files: Int) {
        self.files = files
        guard FileManager.default.isExecutableFile(atPath: OpeningCost.kanbao),
              let root = Self.writeTree(files: files, name: "kanbao-folders-\(files)") else { return nil }
        defer { try? FileManager.default.removeItem(at: root) }
        (listSeconds, listPeakMB) = OpeningCost.run(["--list", root.path])
        (jsonSeconds, jsonPeakMB) = OpeningCost.run(["--json", root.path])
    }

    /// A tree of `files` crawler files in the temporary folder (month/YYYYMMDD/YYYYMMDD-PP-AA.txt,
    /// 60 a day from 2019-01-01), the caller's to remove; nil if it could not be written.
    static func writeTree(files: Int, name: String) -> URL? {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: root)
        let perDay = 60
        var date = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2019, month: 1, day: 1).date!
        var written = 0
        while written < files {
            let stamp = Self.stamp(date)
            let day = root.appendingPathComponent(String(stamp.prefix(6))).appendingPathComponent(stamp)
            guard (try? FileManager.default.createDirectory(at: day, withIntermediateDirectories: true)) != nil else { return nil }
            for number in 0..<min(perDay, files - written) {
                let name = String(format: "%@-%02d-%02d.txt", stamp, number / 3 + 1, number % 3 + 1)
                let text = Self.articleTexts[(written + number) % Self.articleTexts.count]
                guard FileManager.default.createFile(atPath: day.appendingPathComponent(name).path, contents: Data(text.utf8)) else { return nil }
            }
            written += min(perDay, files - written)
            date += 86_400
        }
        return root
    }

    static func stamp(_ date: Date) -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d%02d%02d", parts.year!, parts.month!, parts.day!)
    }
}
