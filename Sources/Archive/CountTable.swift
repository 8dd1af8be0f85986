import Foundation
import IssueModel
import TextLayout

/// Counts to take away: several queries' matches per issue, day, week, month or year, a column a
/// query — every period from the first to the last (or `since` to `until`), those without a match
/// as 0, so that a plot has no holes — as aligned text, CSV (a header, RFC 4180 quoting) or JSON.
/// Pure: the counts come in per issue date.
public struct CountTable: Sendable, Equatable {
    public enum Period: String, CaseIterable, Sendable {
        case issue, day, week, month, year

        /// The period a day is in: `2019-02-01` (an issue, a day; a week by its Monday), `2019-02`, `2019`.
        func label(of date: IssueDate) -> String {
            switch self {
            case .issue, .day: date.iso
            case .week: (IssueDate(dayNumber: date.dayNumber - (date.weekday + 6) % 7) ?? date).iso
            case .month: String(date.iso.prefix(7))
            case .year: String(date.iso.prefix(4))
            }
        }

        /// Every period's label from the one `first` is in to the one `last` is in, in order (a
        /// day at a time: 27,000 steps for 75 years).
        func labels(from first: IssueDate, to last: IssueDate) -> [String] {
            var labels: [String] = []
            for day in first.dayNumber...last.dayNumber {
                guard let date = IssueDate(dayNumber: day) else { continue }
                let label = self.label(of: date)
                if labels.last != label { labels.append(label) }
            }
            return labels
        }
    }

    public let queries: [String]
    public let period: Period
    public let rows: [Row]

    public struct Row: Sendable, Equatable {
        public let label: String
        public let counts: [Int]
    }

    /// `counts[q]`: query `q`'s matches per issue date (`2019-02-01`); `issues`: every issue's date
    /// in the archive (the rows of `--by issue`).
    public init(queries: [String], counts: [[(date: String, count: Int)]], issues: [IssueDate], by period: Period,
                since: IssueDate? = nil, until: IssueDate? = nil) {
        self.queries = queries
        self.period = period
        func within(_ day: IssueDate) -> Bool { (since.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true) }
        let inRange = issues.filter(within).sorted()
        var labels: [String] = []
        if period == .issue {
            labels = inRange.map { $0.iso }
        } else if let first = since ?? inRange.first, let last = until ?? inRange.last, first <= last {
            labels = period.labels(from: first, to: last)
        }
        let position = Dictionary(labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var table = Array(repeating: Array(repeating: 0, count: queries.count), count: labels.count)
        for (column, perDate) in counts.enumerated() {
            for (date, count) in perDate {
                guard let day = PrintedDate.date(in: date), within(day), let row = position[period.label(of: day)] else { continue }
                table[row][column] += count
            }
        }
        rows = zip(labels, table).map { Row(label: $0, counts: $1) }
    }

    public var totals: [Int] { queries.indices.map { column in rows.reduce(0) { $0 + $1.counts[column] } } }

    /// `period  改革  开放` then a row a period and `total …`, in columns.
    public var text: String {
        let lines = [[period.rawValue] + queries] + rows.map { [$0.label] + $0.counts.map(String.init) } + [["total"] + totals.map(String.init)]
        let widths = (0...queries.count).map { column in lines.map { CellWidth.of($0[column]) }.max() ?? 0 }
        return lines.map { line in
            line.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - CellWidth.of(cell))
                return column == 0 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `month,改革,开放` then a row a period.
    public var csv: String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return ([([period.rawValue] + queries).map(field).joined(separator: ",")] + rows.map { ([$0.label] + $0.counts.map(String.init)).joined(separator: ",") })
            .joined(separator: "\r\n") + "\r\n"
    }

    /// `{"by": "month", "queries": […], "periods": [{"period": "2019-02", "counts": […]}], "totals": […]}`
    public var json: String {
        let object: [String: Any] = ["by": period.rawValue, "queries": queries, "periods": rows.map { ["period": $0.label, "counts": $0.counts] as [String: Any] },
                                     "totals": totals]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
