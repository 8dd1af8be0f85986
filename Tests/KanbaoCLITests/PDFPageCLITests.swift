import Foundation
import Testing

/// Page PDFs as the e-paper publishes them (People's Daily's 理论 page of 2018-01-02): its
/// articles with their titles, bylines and text; the page in an archive; and the honest limits — a
/// page with no text layer, a damaged file.
@Suite struct PDFPageCLITests {
    static let page = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf/rmrb2018010207.pdf")
    static let scanned = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf/scanned-page.pdf")

    struct Page: Decodable {
        struct Item: Decodable {
            let headline: String
            let kicker: String?
            let byline: String?
            let paragraphs: [String]
        }
        let date: String?
        let number: Int?
        let articles: [Item]
    }

    @Test func theArticlesOfAPageWithTheirTitlesBylinesAndText() throws {
        let result = try KanbaoProcess.run(["--json", Self.page.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try JSONDecoder().decode(Page.self, from: Data(result.stdout.utf8))
        #expect(page.date == "2018-01-02" && page.number == 7)
        let titled = page.articles.filter { !$0.headline.isEmpty }
        // (The headline's two phrases apart, as the page sets them.)
        #expect(titled.map(\.headline) == ["新时代：发展新方位 奋进新目标", "深刻理解新时代划时代意义", "意气风发走进新时代"])
        #expect(titled.map(\.byline) == ["陈曙光", "刘志明", "欧阳辉"])
        #expect(titled[1].kicker == "让中国特色社会主义展现出更加强大生命力")
        // Justified lines read without spaces, the columns in order, the inner heads their own.
        let first = titled[0].paragraphs
        #expect(first[1].hasPrefix("习近平同志在党的十九大报告中指出：“经过长期努力，中国特色社会主义进入了新时代，这是我国发展新的历史方位。”"))
        #expect(first.contains("新时代的鲜明主题") && first.contains("新时代的世界担当"))
        #expect(!first.joined().contains(" "))
        // Nothing lost: the illustration's credit at the page's foot, kept at its end.
        #expect(page.articles.last?.headline == "" && page.articles.last?.paragraphs == ["制图：李姿阅"])
        // The vertical headline's article: its text, not the next article's.
        #expect(titled[2].paragraphs.joined().contains("中国特色社会主义进入新时代，这是我国发展新的历史方位，也是我们奋进新的历史坐标。"))
    }

    @Test func aPageInAnArchiveIsSearchedByItsDate() throws {
        let archive = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.page, to: archive.appendingPathComponent("rmrb2018010207.pdf"))
        let count = try KanbaoProcess.run(["--search", "新时代", "--count", archive.path], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(count.status == 0, "\(count.stderr)")
        #expect(count.stdout.hasPrefix("2018-01-02 ") && count.stdout.contains("\ntotal "))
    }

    @Test func anArchiveOfPDFsListedAgainReadsOnlyTheFilesThatChanged() throws {
        // Three days of the page; searched, then (the folders' times settled) listed again whole.
        let archive = try KanbaoProcess.temporaryDirectory(), cache = try KanbaoProcess.temporaryDirectory()
        for day in ["01", "02", "03"] {
            try FileManager.default.createDirectory(at: archive.appendingPathComponent("2018-02-\(day)"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.page, to: archive.appendingPathComponent("2018-02-\(day)/rmrb201802\(day)07.pdf"))
        }
        func count() throws -> (total: String, trace: String) {
            let trace = cache.appendingPathComponent("trace.txt")
            let result = try KanbaoProcess.run(["--search", "新时代", "--count", "--check-every-file", "--trace", trace.path, archive.path],
                                               environment: ["XDG_CACHE_HOME": cache.path])
            #expect(result.status == 0, "\(result.stderr)")
            return (String(result.stdout.split(separator: "\n").last ?? ""), (try? String(contentsOf: trace, encoding: .utf8)) ?? "")
        }
        let first = try count()
        #expect(first.trace.contains("3 read for their dates"), "\(first.trace)")
        usleep(2_200_000)
        _ = try count()
        // Every file's stamp as the note has it: each PDF's articles taken from the note, none read.
        let again = try count()
        #expect(again.trace.contains("0 read for their dates") && again.total == first.total, "\(again.trace)")
        // A day's PDF replaced by another page: that one read, its count in the total.
        let replaced = archive.appendingPathComponent("2018-02-02/rmrb2018020207.pdf")
        try FileManager.default.removeItem(at: replaced)
        try FileManager.default.copyItem(at: KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/pdf/made/theory-page/theory-page.pdf"),
                                         to: replaced)
        let changed = try count()
        #expect(changed.trace.contains("1 read for their dates"), "\(changed.trace)")
        #expect(changed.total != first.total)
    }

    @Test func aPageWithNoTextLayerOrDamagedIsOneClearLine() throws {
        let scanned = try KanbaoProcess.run(["--dump", Self.scanned.path])
        #expect(scanned.status == 65)
        #expect(scanned.stderr == "kanbao: \(Self.scanned.path): no text layer: a scanned or encoded page\n")
        let damaged = try KanbaoProcess.temporaryDirectory().appendingPathComponent("cut.pdf")
        try Data(try Data(contentsOf: Self.page).prefix(4000)).write(to: damaged)
        let cut = try KanbaoProcess.run(["--dump", damaged.path])
        #expect(cut.status == 65 && cut.stderr.hasPrefix("kanbao: \(damaged.path): ") && cut.stderr.split(separator: "\n").count == 1, "\(cut.stderr)")
        #expect(cut.stdout.isEmpty)
    }
}
