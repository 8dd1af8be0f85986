import ArchiveBrowsing
import Foundation
import IssueFiles
import IssueModel
import Reader
import Terminal
import Testing
import TestSupport
import TextLayout
@testable import Archive

/// The archive screen on the fixture month (two days of People's Daily), in frames rather than
/// tmux: the state machine fed by the real browser and façade (no index kept: every file read),
/// each effect answered at once as the edge would answer it from its worker.
@Suite struct ArchiveFrameTests {
    static let month = CrawlerFixtures.month.path

    /// The app on the month's archive screen at 100×30, and the edge's side of it.
    struct App {
        var state: AppState
        let archive: ReaderApp.Archive

        init() throws {
            let catalog = try ArchiveCatalog.of([ArchiveFrameTests.month])
            let searcher = ArchiveSearcher(roots: [ArchiveFrameTests.month], cacheFolder: nil) { path throws(PageInputError) in
                try PageSource.decodedText(path: path)
            }
            archive = ArchiveBrowser.make(catalog, searcher: searcher) { _ in nil }
            state = AppState(archive: ArchiveScreenState(entries: archive.entries, width: 100, height: 30), layout: LayoutOptions(width: 100),
                             setup: ReaderSetup())
        }

        mutating func perform(_ effects: [AppEffect]) {
            for effect in effects {
                let answer: AppEvent? = switch effect {
                case .openIssue(let entry): archive.open(entry).map { .issueOpened(entry: entry, issue: $0.issue, place: nil, note: nil) }
                case .count(let query): archive.search(query) { _ in true }.map { .counted(query: query, counts: $0.counts, entries: $0.entries) }
                case .listMatches(let query): archive.matches(query) { _ in true }.map { .listed(query: query, matches: $0) }
                default: nil
                }
                if let answer { perform(AppReducer.reduce(into: &state, answer)) }
            }
        }

        mutating func keys(_ keys: Key...) {
            for key in keys { perform(AppReducer.reduce(into: &state, .input(.key(key)))) }
        }

        mutating func search(_ query: String) {
            keys(.character("/"))
            perform(AppReducer.reduce(into: &state, .input(.typed(query))))
            keys(.enter)
        }

        var lines: [String] { AppView.frame(state).lines() }
        var screen: String { lines.joined(separator: "\n") }
    }

    /// A search counts every issue and draws the chart: a bar a day from 1 to 12 February, the two
    /// issues' full, the days between empty, the cursor's mark under the first, the scale.
    @Test func aSearchCountsEveryIssueAndDrawsTheChart() throws {
        var app = try App()
        app.search("习近平")
        let lines = app.lines
        #expect(lines.last?.contains("「习近平」67处 matches in 2期 issues") == true, "\(lines.last ?? "")")
        let bars = Array(lines[1].dropFirst().prefix(48))
        #expect(bars.prefix(4).allSatisfy { $0 != " " } && bars.suffix(4).allSatisfy { $0 != " " })
        #expect(bars.dropFirst(4).dropLast(4).allSatisfy { $0 == " " })
        #expect(lines[2].hasPrefix("  ▲") && lines[3].contains("每日 per day · 最高 max"))
        #expect(lines.contains { $0.contains("2019年2月1日 星期五") && $0.hasSuffix("39处 ") })
    }

    /// `&` after the archive's search: every match grouped by issue; Enter reads at the one chosen.
    @Test func ampersandListsTheArchivesMatchesAndEnterReadsAtOne() throws {
        var app = try App()
        app.search("习近平")
        app.keys(.character("&"))
        #expect(app.screen.contains("「习近平」67处 matches") && app.screen.contains("1/67 ↓↑ Enter"))
        #expect(app.screen.contains("2019年2月1日 星期五 · 39处 matches"))
        app.keys(.character("G"))
        #expect(app.screen.contains("67/67 ↓↑ Enter") && app.screen.contains("第08版 牢记嘱托勇为人"))
        app.keys(.character("k"), .enter)
        #expect(app.state.openEntry == 1 && app.lines.last?.contains("「习近平」27/28") == true)
    }

    /// A search from an issue goes to the issues that have it: not in 2019-02-01, so 2019-02-12 at
    /// its first match; `n` on, then none later; back on the archive screen, the counts are there.
    @Test func aSearchFromAnIssueGoesToTheIssuesThatHaveIt() throws {
        var app = try App()
        app.keys(.enter)
        #expect(app.state.openEntry == 0)
        app.search("牢记嘱托")
        #expect(app.state.openEntry == 1 && app.lines.last?.contains("「牢记嘱托」2019年2月12日 星期二 2处") == true)
        app.keys(.character("n"))
        #expect(app.lines.last?.contains("「牢记嘱托」2/2") == true)
        app.keys(.character("n"))
        #expect(app.lines.last?.contains("「牢记嘱托」后面没有了") == true)
        app.keys(.character("q"))
        #expect(app.state.issue == nil && app.screen.contains("合订本 archive") && app.screen.contains("2处") && app.screen.contains("▲"))
    }
}
