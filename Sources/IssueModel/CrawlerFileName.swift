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
        var name = name
        guard let parsed = name.withUTF8({ Self.parse($0) }), let date = IssueDate(year: parsed.date / 10000, month: parsed.date / 100 % 100, day: parsed.date % 100)
        else { return nil }
        (self.date, self.page, self.article) = (date, parsed.page, parsed.article)
    }

    /// `DDDDDDDD-DD(D)-DD(D).txt`, read byte by byte: the three numbers, or nil.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (date: Int, page: Int, article: Int)? {
        var index = 0
        // (A run of digits longer than the range is no number of the name: it is walked over, never
        // summed, so that `12345678901234567890.jpg` cannot overflow.)
        func number(digits: ClosedRange<Int>) -> Int? {
            var value = 0, count = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                if count < digits.upperBound { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                count += 1
                index += 1
            }
            return digits.contains(count) ? value : nil
        }
        func expect(_ text: StaticString) -> Bool {
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard bytes.count - index >= expected.count, expected.indices.allSatisfy({ bytes[index + $0] == expected[$0] }) else { return false }
            index += expected.count
            return true
        }
        guard let date = number(digits: 8...8), expect("-"), let page = number(digits: 2...3), page > 0, expect("-"),
              let article = number(digits: 2...3), article > 0, expect(".txt"), index == bytes.count else { return nil }
        return (date, page, article)
    }

    /// `第01版`: a page as the paper names it.
    public static func pageName(_ page: Int) -> String { "第" + (page < 10 ? "0\(page)" : "\(page)") + "版" }

    /// `第05版`; nil for 0, which an archive keeps for a 版 its source does not say.
    public static func pageName(ifKnown page: Int) -> String? { page > 0 ? pageName(page) : nil }
}
