import IssueModel
import Reader
import Testing
import TestSupport
import TextLayout

/// The archive screen as values: its rows by month, its keys, a search's counts and chart; and the
/// keys an issue opened from it has for going back and on.
@Suite struct ArchiveScreenTests {
    /// Two months of issues: 28 in February (one a day), 3 in March.
    static let entries: [ArchiveScreenState.Entry] = (1...28).map { day in
        ArchiveScreenState.Entry(date: "2019-02-" + (day < 10 ? "0\(day)" : "\(day)"), label: "2019年2月\(day)日", pages: 20, articles: 70 + day)
    } + (1...3).map { day in ArchiveScreenState.Entry(date: "2019-03-0\(day)", label: "2019年3月\(day)日", pages: 8, articles: 30) }

    let start = ArchiveScreenState(entries: ArchiveScreenTests.entries, width: 80, height: 24)

    func pressed(_ state: ArchiveScreenState, _ keys: Key...) -> (ArchiveScreenState, [ArchiveEffect]) {
        var state = state, effects: [ArchiveEffect] = []
        for key in keys { effects = ArchiveReducer.reduce(into: &state, .key(key)) }
        return (state, effects)
    }

    @Test func issuesOpenedBeforeShowTheirUnreadCount() {
        var state = start
        state.unread = ["2019-02-01": 60, "2019-02-02": 0]
        let lines = ArchiveScreenView.frame(state).lines()
        #expect(lines.contains { $0.contains("2019年2月1日   20版  71篇  60未读") })
        #expect(lines.contains { $0.contains("2019年2月2日   20版  72篇  ✓读完") })
        #expect(lines.contains { $0.contains("2019年2月3日   20版  73篇") && !$0.contains("未读") && !$0.contains("读完") })
    }

    @Test func issuesAreListedUnderTheirMonths() {
        #expect(start.rows.first == .month("2019年2月"))
        #expect(start.rows[29] == .month("2019年3月"))
        #expect(start.rows.count == 31 + 2)
        let lines = ArchiveScreenView.frame(start).lines()
        #expect(lines[0].contains("31期 issues"))
        #expect(lines[1].contains("2019年2月  28期"))
        #expect(lines[2].contains("▌ 2019年2月1日   20版  71篇"))
        #expect(lines[23].contains("2019-02-01"))
    }

    @Test func keysMoveTheCursorAndTheListFollows() {
        #expect(pressed(start, .character("j"), .character("j")).0.cursor == 2)
        #expect(pressed(start, .character(")")).0.cursor == 1)
        #expect(pressed(start, .character("G")).0.cursor == 30)
        let last = pressed(start, .character("G")).0
        #expect(ArchiveScreenView.frame(last).lines().contains { $0.contains("▌ 2019年3月3日") })
        // The month's heading comes into view with its first issue.
        let march = pressed(start, .character("G"), .character("k"), .character("k")).0
        #expect(ArchiveScreenView.frame(march).lines().contains { $0.contains("2019年3月  3期") })
        #expect(pressed(last, .character("g")).0.cursor == 0)
        #expect(pressed(start, .character("k")).0.cursor == 0)
    }

    @Test func enterOpensAndQQuits() {
        #expect(pressed(start, .character("j"), .enter).1 == [.open(1)])
        #expect(pressed(start, .character("q")).1 == [.quit])
    }

    @Test func aSearchIsAskedForThenCounted() {
        var (state, effects) = pressed(start, .character("/"), .character("工"), .character("会"), .backspace, .character("会"), .enter)
        #expect(effects == [.search("工会")])
        #expect(state.prompt == nil)
        var counts = Array(repeating: 0, count: 31)
        counts[3] = 5
        counts[30] = 2
        ArchiveReducer.counted(counts, query: "工会", into: &state)
        // The cursor goes to the first issue with matches; n and N go between them.
        #expect(state.cursor == 3)
        #expect(state.message?.contains("7处") == true)
        #expect(pressed(state, .character("n")).0.cursor == 30)
        #expect(pressed(state, .character("n"), .character("N")).0.cursor == 3)
        #expect(pressed(state, .character("N")).0.message?.contains("no earlier") == true)
        let lines = ArchiveScreenView.frame(state).lines()
        // The chart: a bar per day, two cells each (31 days in 78 columns), the cursor's marked under
        // its bar, the scale.
        #expect(lines[1] == " " + "      ██" + String(repeating: " ", count: 52) + "▄▄" + String(repeating: " ", count: 80 - 63))
        #expect(lines[2].hasPrefix("       ▲"))
        #expect(lines[3].contains("每日 per day · 最高 max 5 · 2019-02-01 — 2019-03-03"))
        #expect(lines.contains { $0.contains("2019年2月4日") && $0.hasSuffix("5处 ") })
        #expect(lines.contains { $0.contains("2019年2月  28期  5处") })
        // Esc clears it.
        #expect(pressed(state, .escape).0.counts == nil)
    }

    /// `+` after a search: a second query counted beside the first, its bars under the first's in
    /// the `compared` colour on one scale, both counts by each issue; Esc drops both.
    @Test func plusComparesASecondSearchInTheChart() {
        #expect(pressed(start, .character("+")).0.message?.contains("search first") == true)
        var state = start
        var first = Array(repeating: 0, count: 31), second = Array(repeating: 0, count: 31)
        first[3] = 4
        second[3] = 8
        second[30] = 2
        ArchiveReducer.counted(first, query: "改革", into: &state)
        let (asking, effects) = pressed(state, .character("+"), .character("开"), .character("放"), .enter)
        #expect(effects == [.compare("开放")] && asking.prompt == nil)
        state = asking
        ArchiveReducer.compared(second, query: "开放", into: &state)
        #expect(state.message?.contains("「改革」4处 · 「开放」10处") == true)
        let frame = ArchiveScreenView.frame(state)
        let lines = frame.lines()
        // One scale, the larger's: the first's bar of 4 against 8 is half as tall.
        #expect(lines[1].hasPrefix("       ▄▄") && lines[2].hasPrefix("       ██"))
        #expect(frame[1, 7].role == .hit && frame[2, 7].role == .compared)
        #expect(lines[3].hasPrefix("       ▲") && lines[4].contains("「改革」 「开放」 · 每日 per day · 最高 max 8"))
        #expect(lines.contains { $0.contains("2019年2月4日") && $0.hasSuffix("4处 8处 ") })
        #expect(lines.contains { $0.contains("2019年2月5日") && !$0.contains("处") })
        #expect(lines.last?.contains("「改革」+「开放」") == true || lines.last?.contains("对比 compared") == true)
        // A new search, or Esc, drops the second.
        #expect(pressed(state, .escape).0.compared == nil)
        var again = state
        ArchiveReducer.counted(first, query: "工会", into: &again)
        #expect(again.compared == nil && ArchiveScreenView.frame(again).lines()[3].contains("每日 per day"))
    }

    @Test func ampersandListsTheArchivesMatchesByIssueAndEnterOpensOne() {
        #expect(pressed(start, .character("&")).0.message == "先搜索 search first (/)")
        var (state, _) = pressed(start, .character("/"), .character("工"), .character("会"), .enter)
        var counts = Array(repeating: 0, count: 31)
        (counts[3], counts[30]) = (2, 1)
        ArchiveReducer.counted(counts, query: "工会", into: &state)
        #expect(pressed(state, .character("&")).1 == [.listMatches("工会")])
        func match(_ date: String, _ headline: String) -> ArchiveMatch {
            ArchiveMatch(date: date, page: "第01版", headline: headline, before: "…北京市总", found: "工会", after: "到国资公司…")
        }
        // (A match of a date the archive has no entry for is left out.)
        let matches = [match("2019-02-04", "甲"), match("2019-02-04", "乙"), match("2019-03-03", "丙"), match("2020-01-01", "丁")]
        ArchiveReducer.listed(matches, query: "工会", into: &state)
        let lines = ArchiveScreenView.frame(state).lines()
        #expect(lines.contains { $0.contains("「工会」3处 matches") })
        #expect(lines.contains { $0.contains("2019年2月4日 · 2处 matches") })
        #expect(lines.contains { $0.contains("第01版 甲") && $0.contains("…北京市总工会到国资公司…") })
        #expect(lines.contains { $0.contains("2019年3月3日 · 1处 matches") })
        #expect(!lines.joined().contains("丁"))
        #expect(lines.joined().contains("1/3 ↓↑ Enter"))
        // j: the second match, the second of its issue; Enter opens that issue there.
        let (chosen, effects) = pressed(state, .character("j"), .enter)
        #expect(effects == [.openAtMatch(3, query: "工会", match: 1)] && chosen.matchList == nil)
        #expect(pressed(state, .character("G"), .enter).1 == [.openAtMatch(30, query: "工会", match: 0)])
        // Any other key closes it.
        #expect(pressed(state, .character("x")).0.matchList == nil)
    }

    @Test func ampersandInAnArchivesIssueAsksForTheArchivesList() {
        let reader = ReaderState(issue: Seed.issue, width: 80, height: 24, setup: ReaderSetup(oneOfSeveral: true))
        #expect(Reducer.reduce(reader, .key(.character("&"))).0.message?.contains("no search") == true)
        var searched = reader
        for key: Key in [.character("/"), .character("工"), .character("会"), .enter, .character("n")] { _ = Reducer.reduce(into: &searched, .key(key)) }
        #expect(Reducer.reduce(searched, .key(.character("&"))).1 == [.listMatchesBeyond("工会", current: 1)])
        // The edge hands the list back: the cursor on this issue's current match.
        func match(_ date: String) -> ArchiveMatch {
            ArchiveMatch(date: date, page: "第01版", headline: "甲", before: "…", found: "工会", after: "…")
        }
        let matches = [match("2019-02-04"), match("2019-02-05"), match("2019-02-05"), match("2019-02-05"), match("2019-03-01")]
        // The state machine asks for the list, and shows it over the issue when it comes back.
        var app = AppState(archive: ArchiveScreenState(entries: Self.entries, width: 80, height: 24), layout: LayoutOptions(width: 80),
                           setup: ReaderSetup(oneOfSeveral: true))
        (app.issue, app.openEntry, app.work) = (searched, 4, .listing(query: "工会", overIssue: 1))
        _ = AppReducer.reduce(into: &app, .listed(query: "工会", matches: matches))
        let lines = AppView.frame(app).lines().joined(separator: "\n")
        #expect(lines.contains("「工会」5处 matches") && lines.contains("2019年2月5日 · 3处 matches") && lines.contains("3/5 ↓↑ Enter"))
        // Enter goes to that match (in this issue: no other asked for); G first moves to another
        // issue's, which is asked for; other keys close the list.
        var here = app
        #expect(AppReducer.reduce(into: &here, .input(.key(.enter))).isEmpty && here.archiveList == nil && here.issue?.search?.current == 1)
        var there = app
        _ = AppReducer.reduce(into: &there, .input(.key(.character("G"))))
        #expect(AppReducer.reduce(into: &there, .input(.key(.enter))).last == .openIssue(entry: 28))
        var closed = app
        _ = AppReducer.reduce(into: &closed, .input(.key(.character("x"))))
        #expect(closed.archiveList == nil)
        // An issue without matches of its own: the cursor on the next issue's first.
        let elsewhere = ArchiveMatchList(query: "工会", matches: matches, entries: Self.entries, from: 3, number: 2)
        #expect(elsewhere.chosen.entry == 3 && elsewhere.chosen.number == 0)
        let later = ArchiveMatchList(query: "工会", matches: matches, entries: Self.entries, from: 6, number: 2)
        #expect(later.chosen.entry == 28)
    }

    @Test func anIssueOpensAtTheMatchAskedFor() {
        let reader = ReaderState(issue: Seed.issue, width: 80, height: 24)
        #expect(Reducer.reduce(reader, .findMatch("工会", number: 2)).0.search?.current == 2)
        #expect(Reducer.reduce(reader, .findMatch("工会", number: 500)).0.search?.current == 62)
    }

    @Test func theChartGoesByWeekMonthOrYearWhenTheDaysDoNotFit() {
        let counts = Self.entries.indices.map { $0 % 7 == 0 ? 7 : 1 }
        let daily = ArchiveChart(entries: Self.entries, counts: counts, width: 80)
        #expect(daily.unit == .day && daily.values == counts)
        let weekly = ArchiveChart(entries: Self.entries, counts: counts, width: 20)
        #expect(weekly.unit == .week)
        // 2019-02-01 (a Friday) … 2019-03-03 (a Sunday): five weeks from Monday to Sunday, the first
        // only its Friday to Sunday.
        #expect(weekly.values.count == 5 && weekly.values.reduce(0, +) == counts.reduce(0, +))
        #expect(weekly.values.first == counts.prefix(3).reduce(0, +) && weekly.barOfEntry[3] == 1 && weekly.barOfEntry.last == 4)
        let monthly = ArchiveChart(entries: Self.entries, counts: counts, width: 4)
        #expect(monthly.unit == .month && monthly.values == [counts.prefix(28).reduce(0, +), counts.suffix(3).reduce(0, +)])
        #expect(ArchiveChart(entries: Array(Self.entries.prefix(3)), counts: [0, 4, 8], width: 3).bars == " ▄█")
        #expect(ArchiveChart(entries: Array(Self.entries.prefix(3)), counts: [1, 100, 0], width: 3).bars == "▁█ ")
        // Wider when there is room, four cells at most.
        #expect(ArchiveChart(entries: Array(Self.entries.prefix(3)), counts: [0, 4, 8], width: 80).bars == "    ▄▄▄▄████")
        // Seventy-five years of a paper, an issue a month: a bar a year.
        let run = (1950...2024).flatMap { year in
            (1...12).map { month in
                ArchiveScreenState.Entry(date: "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") + "-15", label: "", pages: 1, articles: 1)
            }
        }
        let yearly = ArchiveChart(entries: run, counts: run.map { _ in 1 }, width: 80)
        #expect(yearly.unit == .year && yearly.values == Array(repeating: 12, count: 75))
        // Twenty years in 98 columns: bars of four, the line used.
        let twenty = run.filter { $0.date >= "2005" }
        let wide = ArchiveChart(entries: twenty, counts: twenty.map { _ in 1 }, width: 98)
        #expect(wide.barWidth == 4 && wide.bars.count == 80 && wide.column(ofEntry: twenty.count - 1) == 77)
    }

    /// Days without an issue are bars of their own: time runs evenly along the chart.
    @Test func daysWithoutAnIssueKeepTheirPlace() {
        let gap = [Self.entries[0], Self.entries[4]]
        let chart = ArchiveChart(entries: gap, counts: [2, 4], width: 5)
        #expect(chart.unit == .day && chart.bars == "▄   █" && chart.barOfEntry == [0, 4])
        // Weeks before 1970 begin on Mondays too.
        let old = ["1969-12-28", "1969-12-29", "1970-01-04", "1970-01-05"].map { ArchiveScreenState.Entry(date: $0, label: "", pages: 1, articles: 1) }
        #expect(ArchiveChart(entries: old, counts: [1, 1, 1, 1], width: 3).barOfEntry == [0, 1, 1, 2])
    }

    @Test func anIssueFromAnArchiveAsksToGoBackAndOn() {
        let reader = ReaderState(issue: Seed.issue, width: 80, height: 24)
        #expect(Reducer.reduce(reader, .key(.character(")"))).1 == [.otherIssue(1)])
        #expect(Reducer.reduce(reader, .key(.character("("))).1 == [.otherIssue(-1)])
        #expect(Reducer.reduce(reader, .key(.character("h"))).1 == [.leave])
        #expect(Reducer.reduce(reader, .key(.escape)).1 == [.leave])
        // On the article screen, h goes back to the front page as before.
        let article = Reducer.reduce(reader, .key(.enter)).0
        #expect(Reducer.reduce(article, .key(.character("h"))).0.screen == .frontPage)
    }

    @Test func aSearchInAnArchivesIssueGoesOnIntoTheArchive() {
        var reader = ReaderState(issue: Seed.issue, width: 80, height: 24, setup: ReaderSetup(oneOfSeveral: true))
        // Confirming a search asks for it in the whole archive.
        var effects: [ReaderEffect] = []
        for key: Key in [.character("/"), .character("工"), .character("会"), .enter] { effects = Reducer.reduce(into: &reader, .key(key)) }
        #expect(effects == [.searchConfirmed("工会")])
        let count = reader.search?.results.count ?? 0
        #expect(count == 63)
        // n runs through the issue's matches, and past the last asks for the next issue; N before
        // the first, for the previous.
        for _ in 1..<count { #expect(Reducer.reduce(into: &reader, .key(.character("n"))) == []) }
        #expect(reader.search?.current == count - 1)
        #expect(Reducer.reduce(into: &reader, .key(.character("n"))) == [.pastTheMatches("工会", forward: true)])
        var first = reader
        _ = Reducer.reduce(into: &first, .find("工会", fromEnd: false))
        #expect(first.search?.current == 0)
        #expect(Reducer.reduce(into: &first, .key(.character("N"))) == [.pastTheMatches("工会", forward: false)])
        // An issue opened by N shows the last match.
        var last = ReaderState(issue: Seed.issue, width: 80, height: 24)
        _ = Reducer.reduce(into: &last, .find("工会", fromEnd: true))
        #expect(last.search?.current == 62)
        // Outside an archive, n wraps round the issue as before.
        var alone = ReaderState(issue: Seed.issue, width: 80, height: 24)
        _ = Reducer.reduce(into: &alone, .find("工会", fromEnd: true))
        #expect(Reducer.reduce(into: &alone, .key(.character("n"))) == [])
        #expect(alone.search?.current == 0)
    }
}
