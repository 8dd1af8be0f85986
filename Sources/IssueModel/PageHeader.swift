/// Recognises a page header line — date, weekday, page number, section — such as
/// `2023年8月22日 星期二 第3版 要闻`. Only the first line of a page can be one.
enum PageHeader {
    static func isHeader(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= 60, !scalars.contains(where: TextShape.runningTextMarks.contains) else { return false }
        let text = String(String.UnicodeScalarView(scalars))
        return hasPageNumber(scalars) || (hasWeekday(text) && hasFullDate(scalars))
    }

    /// `第3版`, `第十二版`, `A3版`.
    static func hasPageNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        for (index, scalar) in scalars.enumerated() where scalar == "版" && index > 0 {
            var start = index
            while start > 0 && (TextShape.isDigit(scalars[start - 1]) || TextShape.chineseNumerals.contains(scalars[start - 1])) {
                start -= 1
            }
            guard start < index else { continue }
            if start > 0 && (scalars[start - 1] == "第" || ("A"..."Z").contains(scalars[start - 1])) { return true }
        }
        return false
    }

    static func hasWeekday(_ text: String) -> Bool {
        ["星期", "周", "礼拜"].contains { prefix in
            ["一", "二", "三", "四", "五", "六", "日", "天"].contains { text.contains(prefix + $0) }
        }
    }

    /// `2023年8月22日` or `2023-08-22` / `2023.08.22` / `2023/08/22`.
    static func hasFullDate(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < scalars.count {
            let digits = scalars[index...].prefix(while: TextShape.isDigit).count
            if digits == 4, index + digits < scalars.count {
                let separator = scalars[index + digits]
                if ["年", "-", ".", "/"].contains(separator) { return true }
            }
            index += max(digits, 1)
        }
        return false
    }
}
