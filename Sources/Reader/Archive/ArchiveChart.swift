import IssueModel

/// The chart of a search over an archive: matches over time — a bar per day while the days from
/// the first issue to the last fit the width, else per week (Monday to Sunday), else per month,
/// else per year — each drawn with `▁▂▃▄▅▆▇█` against the largest. Time runs evenly along it: a
/// day, week or month without an issue is a bar of its own, empty. Bars are as wide as the width
/// allows, up to four cells (20 years in 100 columns: bars of 4), so that a few use the line.
public struct ArchiveChart: Equatable, Sendable {
    public enum Unit: String, Sendable, CaseIterable {
        case day = "每日 per day", week = "每周 per week", month = "每月 per month", year = "每年 per year"

        /// The number of the period a day (days since 1970-01-01) falls in, counted from any start.
        func period(_ day: Int, year: Int, month: Int) -> Int {
            switch self {
            case .day: day
            // (1970-01-05 was a Monday; floored, for days before 1970.)
            case .week: Int((Double(day - 4) / 7).rounded(.down))
            case .month: year * 12 + month - 1
            case .year: year
            }
        }
    }

    public let unit: Unit
    /// Matches in each bar, in date order.
    public let values: [Int]
    /// Which bar each entry is in.
    public let barOfEntry: [Int]
    /// Cells a bar: the width shared out among the bars, `widestBar` at most (a few days' archive
    /// keeps thin bars rather than blocks).
    public let barWidth: Int
    public static let widestBar = 4

    public init(entries: [ArchiveScreenState.Entry], counts: [Int], width: Int) {
        let dates = entries.map { entry in
            let parts = entry.date.split(separator: "-").compactMap { Int($0) }
            return parts.count == 3 ? (day: Self.dayNumber(entry.date), year: parts[0], month: parts[1]) : (day: 0, year: 1970, month: 1)
        }
        var unit = Unit.year, bar: [Int] = []
        for candidate in Unit.allCases {
            let periods = dates.map { candidate.period($0.day, year: $0.year, month: $0.month) }
            let first = periods.first ?? 0
            bar = periods.map { $0 - first }
            unit = candidate
            if (bar.last ?? 0) < width { break }
        }
        var values = Array(repeating: 0, count: (bar.last ?? -1) + 1)
        for (entry, count) in counts.enumerated() where entry < bar.count { values[bar[entry]] += count }
        self.unit = unit
        self.values = values
        barOfEntry = bar
        barWidth = max(1, min(Self.widestBar, width / max(1, values.count)))
    }

    /// The column (from the chart's left) under the middle of an entry's bar, for the cursor's mark.
    public func column(ofEntry entry: Int) -> Int { barOfEntry[entry] * barWidth + (barWidth - 1) / 2 }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The bars as text: a space for none, else the eighth of the largest it reaches (at least ▁).
    public var bars: String { bars(against: values.max() ?? 0) }

    /// The bars against `largest` (another chart's, to compare two on one scale).
    public func bars(against largest: Int) -> String {
        String(values.flatMap { value in
            repeatElement(value == 0 || largest == 0 ? " " : Self.levels[max(0, min(7, (value * 8 + largest - 1) / largest - 1))], count: barWidth)
        })
    }

    /// Days since 1970-01-01 of `YYYY-MM-DD`.
    static func dayNumber(_ iso: String) -> Int {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        return IssueDate.dayNumber(year: parts[0], month: parts[1], day: parts[2])
    }
}
