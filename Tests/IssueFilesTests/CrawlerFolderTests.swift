import Foundation
import IssueFiles
import IssueModel
import Testing
import TestSupport

/// Opening crawler day folders (`YYYYMMDD-PP-AA.txt`): which layout, which pages, which articles,
/// and files that cannot be read.
@Suite struct CrawlerFolderTests {
    /// The issue read from `paths` as the command line reads it, the warnings it gave, the skipped count.
    static func read(_ paths: [String]) throws -> (issue: IssueModel.Issue, warnings: [String], skipped: Int) {
        var warnings: [String] = []
        let reading = IssueReading(try IssuePlan.of(paths), text: { (path) throws(PageInputError) in
            guard let path else { return "" }
            if case .text(let text) = PageSource.readRegularFile(path: path) { return text }
            return try TextDecoding.decode(try PageSource.readBytes(path: path), name: path).text
        }, warn: { warnings.append($0) })
        let (issue, skipped) = try reading.issue()
        return (issue, warnings, skipped)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-crawler-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDayFolderIsOneIssueItsPagesThe版InOrder() throws {
        let (issue, warnings, skipped) = try Self.read([CrawlerFixtures.firstDay.path])
        #expect(warnings.isEmpty && skipped == 0)
        #expect(issue.pages.map(\.name) == ["01", "02", "04", "08", "14"].map { "2019年2月1日 星期五 第\($0)版" })
        #expect(issue.pages.allSatisfy { $0.header == "2019年2月1日 星期五" })
        #expect(issue.pages.map(\.articles.count) == [6, 3, 1, 1, 1])
    }

    /// The floor the issue sets: every article's kicker, headline and subheadline are lines 1–3 of its file.
    @Test func everyArticlesTitlesAreLinesOneToThreeOfItsFile() throws {
        let files = try CrawlerFixtures.files(in: CrawlerFixtures.month)
        let (issue, _, _) = try Self.read([CrawlerFixtures.month.path])
        #expect(issue.articles.count == files.count)
        for (article, file) in zip(issue.articles, files) {
            let want = try CrawlerFixtures.titles(of: file)
            #expect(article.kicker == want.kicker, "\(file.lastPathComponent)")
            #expect(article.headline == want.headline, "\(file.lastPathComponent)")
            #expect(article.subheadline == want.subheadline, "\(file.lastPathComponent)")
        }
        // (The fixtures hold the hard cases: a kicker that ends in ——, a headline over 40 characters, a photo.)
        #expect(issue.articles.contains { $0.kicker?.hasSuffix("——") == true })
        #expect(issue.articles.contains { $0.headline.count > 40 })
        #expect(issue.articles.contains { $0.headline == "广告" && $0.paragraphs.isEmpty })
    }

    /// Nothing of a file is lost or changed but the whitespace: its characters, in order, are its article's.
    @Test func nothingOfAFileIsLost() throws {
        let files = try CrawlerFixtures.files(in: CrawlerFixtures.month)
        let (issue, _, _) = try Self.read([CrawlerFixtures.month.path])
        for (article, file) in zip(issue.articles, files) {
            let text = try String(contentsOf: file, encoding: .utf8)
            let want = text.unicodeScalars.filter { !$0.properties.isWhitespace }
            let got = article.sourceTexts.joined().unicodeScalars.filter { !$0.properties.isWhitespace }
            #expect(String(String.UnicodeScalarView(got)) == String(String.UnicodeScalarView(want)), "\(file.lastPathComponent)")
        }
    }

    @Test func aMonthFolderOpensAsEveryDaysPagesInDateOrder() throws {
        let (issue, _, _) = try Self.read([CrawlerFixtures.month.path])
        #expect(issue.pages.count == 7)
        #expect(issue.pages.first?.name == "2019年2月1日 星期五 第01版")
        #expect(issue.pages.map(\.name).suffix(2) == ["2019年2月12日 星期二 第01版", "2019年2月12日 星期二 第08版"])
    }

    @Test func articlesGoInTheirNumberedOrderAndOneFileAloneIsOneArticle() throws {
        let folder = try Self.temporaryFolder()
        for number in [1, 2, 10, 9] {
            let name = String(format: "20191001-01-%02d.txt", number)
            try Data("\r\n标题\(number)\r\n\r\n\u{3000}\u{3000}正文。\r\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        let (issue, _, _) = try Self.read([folder.path])
        #expect(issue.articles.map(\.headline) == ["标题1", "标题2", "标题9", "标题10"])
        #expect(issue.pages.isEmpty && issue.header == "2019年10月1日 星期二")
        let single = try Self.read([folder.appendingPathComponent("20191001-01-09.txt").path]).issue
        #expect(single.articles == [Article(headline: "标题9", paragraphs: ["正文。"])])
    }

    @Test func crlfLfAndGB18030FilesReadAlike() throws {
        let folder = try Self.temporaryFolder()
        let text = "外交部发言人——\n希望美方以开放包容心态看待他国科技发展进步\n\n\u{3000}\u{3000}本报北京1月31日电 正文。\n\u{3000}\u{3000}第二段。\n"
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: folder.appendingPathComponent("20190201-01-01.txt"))
        try Data(text.utf8).write(to: folder.appendingPathComponent("20190201-01-02.txt"))
        try Data(iconvConvert(Array(text.utf8), from: "UTF-8", to: "GB18030")).write(to: folder.appendingPathComponent("20190201-01-03.txt"))
        let articles = try Self.read([folder.path]).issue.articles
        #expect(articles.count == 3)
        #expect(articles[0].kicker == "外交部发言人——" && articles[0].paragraphs == ["本报北京1月31日电 正文。", "第二段。"])
        #expect(articles[1] == articles[0] && articles[2] == articles[0])
    }

    @Test func nearMissNamesAreNotThisLayout() throws {
        let folder = try Self.temporaryFolder()
        for name in ["20190201_01_01.txt", "20190230-01-01.txt"] {
            try Data("\r\n标题\r\n\r\n正文。\r\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        let (issue, _, _) = try Self.read([folder.path])
        // Read as page texts: a page a file, named by the file.
        #expect(issue.pages.map(\.name) == ["20190201_01_01.txt", "20190230-01-01.txt"])
    }

    /// A stray binary, an empty article file and a photo beside the articles: skipped with a warning each.
    @Test func filesThatAreNoTextAreSkippedAndSaidSo() throws {
        let folder = try Self.temporaryFolder()
        for file in try CrawlerFixtures.files(in: CrawlerFixtures.firstDay).prefix(3) {
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent))
        }
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).write(to: folder.appendingPathComponent("photo.jpg"))
        try Data().write(to: folder.appendingPathComponent("20190201-03-01.txt"))
        try Data([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0, 4]).write(to: folder.appendingPathComponent("20190201-03-02.txt"))
        let (issue, warnings, skipped) = try Self.read([folder.path])
        #expect(skipped == 3)
        #expect(issue.articles.count == 3)
        #expect(issue.pages.isEmpty && issue.header == "2019年2月1日 星期五")
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.hasPrefix("skipped \(folder.path)/photo.jpg: not an article file") })
        #expect(warnings.contains { $0 == "skipped \(folder.path)/20190201-03-01.txt: empty page (nothing but whitespace)" })
        #expect(warnings.contains { $0.hasPrefix("skipped \(folder.path)/20190201-03-02.txt: binary file") })
    }

    @Test func aFolderWithNothingReadableFails() throws {
        let folder = try Self.temporaryFolder()
        try Data().write(to: folder.appendingPathComponent("20190201-01-01.txt"))
        try Data([0, 1, 2]).write(to: folder.appendingPathComponent("20190201-01-02.txt"))
        #expect(throws: PageInputError.nothingReadable(folder.path, files: 2)) { try Self.read([folder.path]) }
    }

    @Test func aFileNamedOnTheCommandLineIsNotForgiven() throws {
        let folder = try Self.temporaryFolder()
        let empty = folder.appendingPathComponent("20190201-01-02.txt")
        try Data().write(to: empty)
        #expect(throws: PageInputError.empty(empty.path)) {
            try Self.read([CrawlerFixtures.firstDay.appendingPathComponent("20190201-01-01.txt").path, empty.path])
        }
    }
}
