import Archive
import IssueModel
import Testing

/// The table `--count --by` prints: every period of the range, a column a query, weeks by their
/// Monday, across a year's end.
struct CountTableTests {
    let counts: [[(date: String, count: Int)]] = [
        [("2019-12-30", 2), ("2020-01-02", 3), ("2020-02-10", 1)],
        [("2020-01-02", 5)],
    ]
    let issues = [(2019, 12, 30), (2020, 1, 2), (2020, 1, 3), (2020, 2, 10)].compactMap { IssueDate(year: $0.0, month: $0.1, day: $0.2) }

    @Test func monthsWithoutMatchesAreZero() {
        let table = CountTable(queries: ["改革", "开放"], counts: counts, issues: issues, by: .month)
        #expect(table.rows.map(\.label) == ["2019-12", "2020-01", "2020-02"])
        #expect(table.rows.map(\.counts) == [[2, 0], [3, 5], [1, 0]])
        #expect(table.totals == [6, 5])
        #expect(table.csv == "month,改革,开放\r\n2019-12,2,0\r\n2020-01,3,5\r\n2020-02,1,0\r\n")
    }

    @Test func weeksAreNamedByTheirMonday() {
        let table = CountTable(queries: ["改革"], counts: [counts[0]], issues: issues, by: .week)
        // 2019-12-30 is a Monday; 2020-02-10 too.
        #expect(table.rows.first?.label == "2019-12-30" && table.rows.last?.label == "2020-02-10" && table.rows.count == 7)
        #expect(table.rows.first?.counts == [5])
    }

    @Test func issuesAndRanges() {
        let byIssue = CountTable(queries: ["改革"], counts: [counts[0]], issues: issues, by: .issue)
        #expect(byIssue.rows.map(\.label) == ["2019-12-30", "2020-01-02", "2020-01-03", "2020-02-10"])
        let since = IssueDate(year: 2020, month: 1, day: 1), until = IssueDate(year: 2020, month: 1, day: 4)
        let days = CountTable(queries: ["改革"], counts: [counts[0]], issues: issues, by: .day, since: since, until: until)
        #expect(days.rows.map(\.label) == ["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"])
        #expect(days.rows.map(\.counts) == [[0], [3], [0], [0]])
        #expect(CountTable(queries: ["a,\"b\""], counts: [[]], issues: [], by: .year).csv == "year,\"a,\"\"b\"\"\"\r\n")
        #expect(days.text == "day         改革\n2020-01-01     0\n2020-01-02     3\n2020-01-03     0\n2020-01-04     0\ntotal          3\n")
    }
}
