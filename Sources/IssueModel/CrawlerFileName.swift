/// The name a widely used public crawler of the e-paper sites gives an article's file:
/// `YYYYMMDD-PP-AA.txt` — the issue's date, the page (版) and the article's place on it. Nothing
/// else is one: `20190201-01-01.txt~`, `20190230-01-01.txt` (no such day), `2019021-01-01.txt`.
public struct CrawlerFileName: Sendable, Hashable {
    public let date: IssueDate
    /// The page, 版: 1 for `-01-`.
    public let page: Int
    /// The article's place on its page: 1 for `-01.txt`.
    public let article: Int

    /// `name` is a file name, without its folders.
    public init?(_ name: String) {
        let parts = name.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count > 4, parts[2].suffix(4).elementsEqual(".txt".utf8),
              let dateDigits = Self.number(parts[0], digits: 8...8),
              let page = Self.number(parts[1], digits: 2...3), page > 0,
              let article = Self.number(parts[2].dropLast(4), digits: 2...3), article > 0,
              let date = IssueDate(year: dateDigits / 10000, month: dateDigits / 100 % 100, day: dateDigits % 100)
        else { return nil }
        (self.date, self.page, self.article) = (date, page, article)
    }

    /// The value of a run of ASCII digits of an allowed length; nil for anything else.
    private static func number(_ bytes: Substring.UTF8View.SubSequence, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `第01版`: a page as the paper names it.
    public static func pageName(_ page: Int) -> String { "第" + (page < 10 ? "0\(page)" : "\(page)") + "版" }
}
