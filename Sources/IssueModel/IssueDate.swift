/// The day an issue came out, as a paper prints it: `2019年10月1日 星期二`. A calendar date only —
/// no clock and no time zone: the weekday is worked out from the date itself.
public struct IssueDate: Sendable, Hashable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a date that is not in the calendar (`20190230`) or outside 1800–2199.
    public init?(year: Int, month: Int, day: Int) {
        guard (1800...2199).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 for Sunday … 6 for Saturday (Sakamoto's method).
    public var weekday: Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// `2019年10月1日 星期二`
    public var chinese: String {
        "\(year)年\(month)月\(day)日 星期" + ["日", "一", "二", "三", "四", "五", "六"][weekday]
    }

    /// `2019-10-01`
    public var iso: String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (a: IssueDate, b: IssueDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
