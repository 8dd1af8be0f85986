/// The chart of a search over an archive: matches over time, a bar per issue (day) while they fit
/// the width, else per week, else per month, each drawn with `▁▂▃▄▅▆▇█` against the largest.
public struct ArchiveChart: Equatable, Sendable {
    public enum Unit: String, Sendable { case day = "每期 per issue", week = "每周 per week", month = "每月 per month" }

    public let unit: Unit
    /// Matches in each bar, in date order.
    public let values: [Int]
    /// Which bar each entry is in.
    public let barOfEntry: [Int]

    public init(entries: [ArchiveScreenState.Entry], counts: [Int], width: Int) {
        let days = entries.map { Self.dayNumber($0.date) }
        let first = days.first ?? 0
        var unit = Unit.day
        var bar: [Int] = Array(entries.indices)
        if entries.count > width {
            unit = .week
            bar = days.map { ($0 - first) / 7 }
            if (bar.last ?? 0) + 1 > width {
                unit = .month
                let months = entries.map { entry in entry.date.split(separator: "-").prefix(2).compactMap { Int($0) } }
                let firstMonth = months.first.map { $0[0] * 12 + $0[1] } ?? 0
                bar = months.map { $0[0] * 12 + $0[1] - firstMonth }
            }
        }
        var values = Array(repeating: 0, count: (bar.last ?? -1) + 1)
        for (entry, count) in counts.enumerated() where entry < bar.count { values[bar[entry]] += count }
        self.unit = unit
        self.values = values
        barOfEntry = bar
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The bars as text: a space for none, else the eighth of the largest it reaches (at least ▁).
    public var bars: String {
        let largest = values.max() ?? 0
        return String(values.map { value in
            value == 0 || largest == 0 ? " " : Self.levels[max(0, min(7, (value * 8 + largest - 1) / largest - 1))]
        })
    }

    /// Days since 1970-01-01 of `YYYY-MM-DD` (the civil-from-days inverse, for any Gregorian date).
    static func dayNumber(_ iso: String) -> Int {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return 0 }
        let year = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (parts[1] + (parts[1] > 2 ? -3 : 9)) + 2) / 5 + parts[2] - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
