/// Dates and 版 numbers in the forms the files that keep newspapers write them: `2016年01月05日`,
/// `人民日报 2016年01月05日 星期二`, `2018年7月10日第13版`, `2026-08-07`, `2017-01-01T08:00:00+08:00`,
/// `2019/02/01`, `20020101`; `第13版`, `05`, `13`.
public enum PrintedDate {
    /// The first date in `text` (year first, 1800–2199), or nil.
    public static func date(in text: String) -> IssueDate? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isDigit(scalars[index - 1]) else { index += 1; continue }
            if let date = date(at: index, in: scalars) { return date }
            index += 1
        }
        return nil
    }

    /// A date starting at `start`: four digits of year, then `年`/`-`/`/`/`.` and month, day; or eight digits alone.
    private static func date(at start: Int, in scalars: [Unicode.Scalar]) -> IssueDate? {
        var index = start
        func digits(_ most: Int) -> Int? {
            var value = 0, count = 0
            while index < scalars.count, count < most, isDigit(scalars[index]) {
                value = value * 10 + Int(scalars[index].value - 48)
                index += 1
                count += 1
            }
            return count == 0 ? nil : value
        }
        func skipSpaces() { while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{3000}" { index += 1 } }
        guard let year = digits(4), index - start == 4 else { return nil }
        // `20020101`: eight digits and nothing more of them.
        if index < scalars.count, isDigit(scalars[index]) {
            guard let month = digits(2), let day = digits(2), index == start + 8,
                  index == scalars.count || !isDigit(scalars[index]) else { return nil }
            return IssueDate(year: year, month: month, day: day)
        }
        skipSpaces()
        guard index < scalars.count, let separator = ["年", "-", "/", "."].first(where: { $0 == scalars[index] }) else { return nil }
        index += 1
        skipSpaces()
        guard let month = digits(2) else { return nil }
        skipSpaces()
        let second: Unicode.Scalar = separator == "年" ? "月" : separator
        guard index < scalars.count, scalars[index] == second else { return nil }
        index += 1
        skipSpaces()
        guard let day = digits(2) else { return nil }
        if index < scalars.count, isDigit(scalars[index]) { return nil }
        return IssueDate(year: year, month: month, day: day)
    }

    /// The 版 number in `text`: after `第` and before `版` (`第13版`, `第 05 版`), or a text that is only
    /// a number (`05`); nil otherwise.
    public static func page(in text: String) -> Int? {
        let trimmed = text.unicodeScalars.filter { !TextShape.isWhitespace($0) }
        if !trimmed.isEmpty, trimmed.count <= 4, trimmed.allSatisfy(isDigit) { return Int(String(String.UnicodeScalarView(trimmed))) }
        let scalars = Array(trimmed)
        guard let first = scalars.firstIndex(of: "第") else { return nil }
        let digits = scalars[(first + 1)...].prefix(while: isDigit)
        guard !digits.isEmpty, digits.count <= 4, first + 1 + digits.count < scalars.count,
              scalars[first + 1 + digits.count] == "版" else { return nil }
        return Int(String(String.UnicodeScalarView(digits)))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
