/// Recognises the first paragraph of a Chinese news article (导语) and the byline it carries:
/// `本报讯（记者 白莹）…`, `新华社北京8月21日电（记者 …）`, `本报记者 盛丽`, `8月21日，…`, `近日，…`.
enum LeadLine {
    enum Evidence: Int, Comparable, Sendable {
        case none = 0
        /// Could open an article, and as often opens a paragraph inside one (`近日，`, `8月21日，`).
        case weak = 1
        /// Opens an article and nothing else (`本报讯`, `新华社…电`, a byline in brackets).
        case strong = 2
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let agencies = [
        "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "央广网", "光明网", "中国新闻网", "人民日报",
        "据新华社", "据中新社", "据人民网",
    ]
    static let bylineRoles = ["记者", "通讯员", "实习生", "特约"]
    static let bylineLineStarts = ["本报记者", "本报特约记者", "本报通讯员", "特约记者", "记者", "通讯员", "文/", "文／"]
    static let timeWords = [
        "近日", "日前", "昨天", "昨日", "今天", "今日", "近期", "前不久", "当天", "连日来", "近来", "本周", "上周",
        "今年以来", "入夏以来", "入冬以来", "近年来", "年初", "月初", "日前", "记者从", "记者近日", "记者日前",
    ]

    // (The same words as code points, made once: each line is asked about every one of them, and
    // comparing with a String decodes it again each time.)
    private static let agencyScalars = agencies.map { Array($0.unicodeScalars) }
    private static let timeWordScalars = timeWords.map { Array($0.unicodeScalars) }
    private static let bylineLineStartScalars = bylineLineStarts.map { Array($0.unicodeScalars) }

    static func evidence(_ scalars: [Unicode.Scalar]) -> Evidence {
        let text = TextShape.undecorated(scalars)
        if text.starts(with: "本报讯") || text.starts(with: "本报记者") || text.starts(with: "本报通讯员") { return .strong }
        if text.starts(with: "本报"), mark(in: text.dropFirst(2), within: 14, is: ["电"]) { return .strong }
        for agency in agencyScalars where text.first == agency[0] && text.starts(with: agency) {
            if mark(in: text.dropFirst(agency.count), within: 20, is: ["电", "讯"])
                || text.dropFirst(agency.count).starts(with: "记者") {
                return .strong
            }
        }
        if bylineInBrackets(scalars) != nil || isBylineLine(scalars) { return .strong }
        if startsWithDateline(text) { return .weak }
        for word in timeWordScalars where text.first == word[0] && text.starts(with: word) { return .weak }
        return .none
    }

    /// The byline a lead carries: the bracketed names after the dateline, or a whole byline line.
    static func byline(_ scalars: [Unicode.Scalar]) -> String? {
        if let inner = bylineInBrackets(scalars) { return TextShape.normalizedSpaces(inner) }
        if isBylineLine(scalars) { return TextShape.normalizedSpaces(scalars) }
        return nil
    }

    /// A line that is only a byline, such as `本报记者 张三 李四`, standing between headline and lead.
    static func isBylineLine(_ scalars: [Unicode.Scalar]) -> Bool {
        let text = TextShape.undecorated(scalars)
        guard text.count <= 30, !text.contains(where: TextShape.runningTextMarks.contains),
              !TextShape.endsSentence(scalars) else { return false }
        return bylineLineStartScalars.contains { text.first == $0[0] && text.starts(with: $0) && text.count > $0.count }
    }

    /// A line after an article's last paragraph that is its byline: a byline line, or a
    /// commentator's signature (`本报评论员`, `本报特约评论员`).
    static func isClosingByline(_ scalars: [Unicode.Scalar]) -> Bool {
        let text = TextShape.undecorated(scalars)
        let signatures = ["本报评论员", "本报特约评论员", "评论员", "本报编辑部"]
        return isBylineLine(scalars) || signatures.contains { String(String.UnicodeScalarView(text)) == $0 }
    }

    /// `（记者 马超 通讯员 刘甜）` within the first words of a paragraph, with text after it: the text
    /// between the brackets.
    static func bylineInBrackets(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard let open = scalars.prefix(24).firstIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let rest = scalars[(open + 1)...].prefix(40)
        guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return nil }
        // A lead goes on after its byline, or the byline closes a dateline (`…8月21日电（记者 张三）`);
        // a title that ends with a column tag, `让科研更有“生命力”（记者手记）`, is neither, and a line
        // that is only a bracket is a note (`（本报记者 张三）`).
        if close == scalars.count - 1, open == 0 || !["电", "讯"].contains(scalars[open - 1]) { return nil }
        let inner = scalars[(open + 1)..<close]
        let innerText = String(String.UnicodeScalarView(inner))
        return bylineRoles.contains(where: innerText.contains) ? inner : nil
    }

    /// `8月21日，`, `2023年8月21日，`, `21日，`, `八月二十一日电` — a date followed by a comma or 电.
    static func startsWithDateline(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = text
        func number() -> Bool {
            let count = rest.prefix { TextShape.isDigit($0) || TextShape.chineseNumerals.contains($0) }.count
            rest = rest.dropFirst(count)
            return count > 0 && count <= 4
        }
        func unit(_ scalar: Unicode.Scalar) -> Bool {
            guard rest.first == scalar else { return false }
            rest = rest.dropFirst()
            return true
        }
        let start = rest
        if !(number() && unit("年")) { rest = start }
        let afterYear = rest
        if !(number() && unit("月")) { rest = afterYear }
        guard number(), unit("日") else { return false }
        return rest.first.map { ["，", ",", "电", "讯"].contains($0) } ?? false
    }

    private static func mark(in text: ArraySlice<Unicode.Scalar>, within limit: Int, is marks: Set<Unicode.Scalar>) -> Bool {
        for scalar in text.prefix(limit) {
            if marks.contains(scalar) { return true }
            if TextShape.runningTextMarks.contains(scalar) || TextShape.isWhitespace(scalar) { return false }
        }
        return false
    }
}

extension Article {
    /// How many characters (grapheme clusters) at the start of the lead name the reporters:
    /// `本报讯（记者 白莹）` or a whole byline line; nil when the article has no byline.
    public var bylinePrefixInLead: Int? {
        guard byline != nil, let lead = paragraphs.first else { return nil }
        let scalars = Array(lead.unicodeScalars)
        if LeadLine.isBylineLine(scalars) { return lead.count }
        guard let inner = LeadLine.bylineInBrackets(scalars) else { return nil }
        // Through the closing bracket, counted in Characters.
        let scalarEnd = inner.endIndex + 1
        let index = lead.unicodeScalars.index(lead.unicodeScalars.startIndex, offsetBy: scalarEnd)
        return lead[..<index].count
    }
}
