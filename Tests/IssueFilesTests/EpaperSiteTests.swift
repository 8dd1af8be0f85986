import Foundation
@testable import IssueFiles
import IssueModel
import Testing

/// Saved e-paper sites in each generation of People's Daily's markup (`Tests/Fixtures/epaper/`,
/// made by `../shared/tools/epaper.py make` from `Tests/Fixtures/crawler/`): every article page
/// read into the article its truth says — kicker, headline, subheadline, every paragraph — with
/// its date, 版 and the 版's name (from the page lists beside them, which are no articles).
@Suite struct EpaperSiteTests {
    static let sites = LayoutFixtureTests.fixtures.appendingPathComponent("epaper")

    struct Truth: Decodable {
        struct Day: Decodable { let date: String; let pages: [Page] }
        struct Page: Decodable { let number: Int; let name: String; let articles: [Article] }
        struct Article: Decodable {
            let kicker: String?, headline: String, subheadline: String?, paragraphs: [String], url: String
        }
    }

    @Test(arguments: ["2018", "2020", "2024"]) func everyArticleIsItsTruth(template: String) throws {
        let site = Self.sites.appendingPathComponent(template)
        let days = try JSONDecoder().decode([Truth.Day].self, from: Data(contentsOf: site.appendingPathComponent("truth.json")))
        var checked = 0
        for day in days {
            for page in day.pages {
                for truth in page.articles {
                    let placed = try HTMLPageLayout().read(site.appendingPathComponent(truth.url).path).articles
                    #expect(placed.count == 1, "\(truth.url)")
                    guard let got = placed.first else { continue }
                    #expect(got.article.kicker == truth.kicker && got.article.headline == truth.headline
                            && got.article.subheadline == truth.subheadline, "\(template) \(truth.url)")
                    #expect(got.article.paragraphs == truth.paragraphs.map { PageArticle.line($0) }, "\(template) \(truth.url)")
                    #expect(got.date.map { $0.iso.replacingOccurrences(of: "-", with: "") } == day.date && got.page == page.number, "\(truth.url)")
                    // (The 版's name from the day's page list saved beside it.)
                    #expect(got.pageName == page.name, "\(truth.url)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 3)
    }

    /// A saved site of several days is an archive of them; its page lists are passed over quietly.
    @Test func aSavedSiteIsAnArchiveByDay() throws {
        let catalog = try ArchiveCatalog.of([Self.sites.appendingPathComponent("2024/rmrb").path])
        #expect(catalog.issues.map(\.date.iso) == ["2019-02-01", "2019-02-12"])
        #expect(catalog.issues.map(\.files.count) == [12, 3])
        #expect(catalog.passedOver.isEmpty)
    }
}
