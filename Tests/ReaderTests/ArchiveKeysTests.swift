import Foundation
import Reader
import Testing
import TextLayout

/// The archive screen's keys come from the key table, as the reader's do: `?` lists them, the
/// config rebinds them, counts come before motions, `T` and `!` work there, and the mouse too.
@Suite struct ArchiveKeysTests {
    let start = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 80, height: 24,
                                   setup: ReaderSetup(themeNames: ["newsprint", "night"], themeName: "newsprint",
                                                      problems: ["config.toml:3: no such action: `fly`"]))

    func reduced(_ state: ArchiveScreenState, _ events: ReaderEvent...) -> (ArchiveScreenState, [ArchiveEffect]) {
        var state = state, effects: [ArchiveEffect] = []
        for event in events { effects = ArchiveReducer.reduce(into: &state, event) }
        return (state, effects)
    }

    @Test func helpListsTheArchiveKeysAndTheirNamesComeFromTheTable() {
        let (help, _) = reduced(ArchiveReducer.resizedCopy(start, width: 80, height: 50), .key(.character("?")))
        #expect(help.help == 0)
        let screen = ArchiveScreenView.frame(help).lines().joined(separator: "\n")
        #expect(screen.contains("按键 Keys — 合订本 archive"))
        for text in ["open the issue at its 第01版", "next issue with matches", "next theme", "搜索框 In the search prompt (/)"] {
            #expect(screen.contains(text), "\(text)")
        }
        // The reader's own keys are not the archive's: no `e` export, no `U`.
        #expect(!screen.contains("save the article"))
        // Any other key closes it; the list's keys scroll it when it does not fit.
        #expect(reduced(help, .key(.character("x"))).0.help == nil)
    }

    /// At 60×20 the help scrolls, its descriptions wrapped whole and its foot whole: nothing cut.
    @Test func theHelpIsWholeAtSixtyByTwenty() {
        var state = ArchiveReducer.resizedCopy(start, width: 60, height: 20)
        _ = ArchiveReducer.reduce(into: &state, .key(.character("?")))
        var seen = ""
        for _ in 0..<12 {
            let lines = ArchiveScreenView.frame(state).lines()
            for line in lines where line.contains("│") || line.contains("└") { #expect(!line.contains("…"), "\(line)") }
            seen += lines.joined()
            _ = ArchiveReducer.reduce(into: &state, .key(.character(" ")))
            if state.help == nil { break }
        }
        let flat = seen.filter { $0 != " " && $0 != "│" }
        #expect(seen.contains("滚动") && flat.contains("everymatchofthesearch,byissue;Enteropensone"), "\(flat)")
    }

    @Test func aRebindingReachesTheArchiveScreen() {
        let bindings = KeyBinding.rebinding(KeyBinding.table, action: .archiveOpen, to: [.character("o")])
        let state = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 80, height: 24, setup: ReaderSetup(keyBindings: bindings))
        #expect(reduced(state, .key(.character("o"))).1 == [.open(0)])
        #expect(reduced(state, .key(.enter)).1.isEmpty)
        let help = ArchiveScreenView.frame(reduced(state, .key(.character("?"))).0).lines()
        #expect(help.contains { $0.contains("│ o ") && $0.contains("open the issue at its 第01版") })
    }

    @Test func aCountMovesSoManyIssues() {
        #expect(reduced(start, .key(.character("5")), .key(.character("j"))).0.cursor == 5)
        #expect(reduced(start, .key(.character("1")), .key(.character("2")), .key(.character("j")), .key(.character("3")), .key(.character("k"))).0.cursor == 9)
        // The count shows in the status line while it is typed.
        #expect(ArchiveScreenView.frame(reduced(start, .key(.character("4"))).0).lines().last!.hasPrefix(" 4 — 次数 count"))
    }

    @Test func themesAndProblemsAreThereToo() {
        let (themed, effects) = reduced(start, .key(.character("T")))
        #expect(effects.contains(.useTheme("night")) && themed.themeName == "night")
        #expect(reduced(themed, .key(.character("T"))).1.contains(.useTheme("newsprint")))
        let (problems, _) = reduced(start, .key(.character("!")))
        #expect(ArchiveScreenView.frame(problems).lines().joined(separator: "\n").contains("no such action: `fly`"))
        let none = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 80, height: 24)
        #expect(reduced(none, .key(.character("!"))).0.message == "设置无误 no problems with the settings")
    }

    @Test func aClickSelectsAClickOnTheSelectedOneOpensAndTheWheelMoves() {
        // Row 1 is the month's heading, row 2 the first issue, row 4 the third.
        let (clicked, effects) = reduced(start, .mouse(.click(row: 4, column: 10)))
        #expect(clicked.cursor == 2 && effects.isEmpty)
        #expect(reduced(clicked, .mouse(.click(row: 4, column: 10))).1 == [.open(2)])
        #expect(reduced(start, .mouse(.doubleClick(row: 5, column: 10))).1 == [.open(3)])
        #expect(reduced(start, .mouse(.click(row: 1, column: 10))).0.cursor == 0)
        #expect(reduced(start, .mouse(.wheelDown(row: 5, column: 10))).0.cursor == Reducer.wheelLines)
    }

    @Test func theStatusLineGivesWayAPieceAtATime() {
        var state = start
        state.message = "「改革」2284处 matches in 28期 issues — n/N 下一期 next issue"
        for width in [80, 60, 40, 30] {
            let frame = ArchiveScreenView.frame(ArchiveReducer.resizedCopy(state, width: width, height: 24))
            let last = frame.lines().last!
            #expect(last.contains("? 帮助") || last.hasSuffix("? ") || last.contains(" ?"), "\(width): \(last)")
            // The English words whole or not at all: never `issu…`, `next is…`, `m…`.
            #expect(!last.contains("…"), "\(width): \(last)")
        }
        #expect(TextFit.givingWay("已到开头，从末尾找起 search wrapped to the last match", width: 30) == "已到开头，从末尾找起")
        #expect(TextFit.givingWay("「改革」2284处 matches in 28期 issues — n/N 下一期 next issue", width: 45)
                == "「改革」2284处 matches in 28期 issues")
        #expect(TextFit.givingWay("「改革」2284处 matches in 28期 issues", width: 30) == "「改革」2284处 matches in 28期")
        #expect(TextFit.givingWay("「改革」2284处 matches in 28期 issues", width: 20) == "「改革」2284处")
    }
}

/// Lines that fit: the page label gives way a word at a time, the help's foot whole, form by form.
@Suite struct LinesThatFitTests {
    @Test func thePageLabelKeepsItsPlaceAndGivesWayFromTheWeekday() {
        let forms = PageLabel.forms(page: 0, of: 20, name: "2019年10月1日 星期二 第01版")
        #expect(forms == ["2019年10月1日 星期二 第01版 · 1/20", "2019年10月1日 第01版 · 1/20", "10月1日 第01版 · 1/20", "第01版 · 1/20", "第01版"])
        #expect(PageLabel.forms(page: 1, of: 4, name: "02_要闻.txt") == ["第2/4版 · 02_要闻.txt", "第2/4版"])
    }

    @Test func theArchiveListsColumnsLineUp() {
        let entries = [ArchiveScreenState.Entry(date: "2019-02-01", label: "2019年2月1日 星期五", pages: 20, articles: 72),
                       ArchiveScreenState.Entry(date: "2019-02-12", label: "2019年2月12日 星期二", pages: 8, articles: 3)]
        let lines = ArchiveScreenView.frame(ArchiveScreenState(entries: entries, width: 60, height: 10)).lines()
        #expect(lines.contains { $0.contains("2019年2月1日 星期五   20版  72篇") })
        #expect(lines.contains { $0.contains("2019年2月12日 星期二   8版   3篇") })
    }

    /// At 60 columns the `&` list keeps the headline readable: the context gives way first.
    @Test func theMatchListKeepsTheHeadlineAtSixtyColumns() {
        var state = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 60, height: 20)
        let matches = (0..<3).map { _ in
            ArchiveMatch(date: "2019-02-01", page: "第01版", headline: "习近平同卡塔尔埃米尔塔米姆举行会谈",
                         before: "…国家主席", found: "习近平", after: "31日在人民大会堂同卡塔尔埃米尔塔米姆举行会谈。两国元首…")
        }
        ArchiveReducer.listed(matches, query: "习近平", into: &state)
        let lines = ArchiveScreenView.frame(state).lines()
        #expect(lines.contains { $0.contains("第01版 习近平同卡塔尔埃") }, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("习近平31日在") })
    }
}
