import Glibc

/// What the parser knows about a line of a page, as numbers: the evidence its role — kicker, headline,
/// subheadline or body — is decided from, by weights fitted on real pages
/// (`Scripts/fit-line-roles.py`, which reads these very numbers through `kanbao-line-features`: one
/// implementation for fitting and for parsing).
///
/// A line is described by its own shape and by its neighbours' (the line before and the line after),
/// and by the page (are body paragraphs indented here? are articles set apart by more blank lines?).
enum LineFeatures {
    /// The names of a line's own features, in order (for the fitting script and for reading weights).
    static let ownNames = [
        "len<=4", "len<=8", "len<=12", "len<=16", "len<=24", "len<=32", "len<=48", "len<=80", "len>80", "log-len",
        "ends-sentence", "ends-full-stop", "ends-exclamation-question", "ends-comma", "ends-dash", "starts-dash",
        "has-full-stop", "commas", "has-colon", "has-quote", "starts-quote", "ends-bracket-tag", "bracketed", "starts-lenticular",
        "lead-strong", "lead-weak", "credit", "byline-line", "continues", "enumerated", "inner-space", "has-digit", "has-latin",
        "indented", "unindented-on-indented-page", "more-blank-lines", "fewer-blank-lines",
    ]

    /// Every feature's name: a line's own, then the line before's, then the line after's, then the page's.
    static let names: [String] = ["bias"] + ownNames + ownNames.map { "previous:" + $0 } + ownNames.map { "next:" + $0 }
        + ["first-line", "last-line", "previous-is-first", "page-indented", "page-spaced"]

    /// How the page sets its lines: whether body lines are indented, how many blank lines usually part
    /// them, and whether some lines stand further apart (articles set apart by space: a page that is
    /// not spaced tells its articles only by their text, and the weights must know which it is).
    struct Page {
        var indented: Bool
        var usualGap: Int
        var spaced: Bool
        /// Spaced, and every article seems to be: the space, not the text, tells where one starts.
        var articlesSetApart: Bool

        init(_ lines: ArraySlice<PageLine>) {
            indented = lines.count > 0 && lines.reduce(0) { $0 + ($1.indented ? 1 : 0) } * 3 >= lines.count
            var counts: [Int: Int] = [:]
            for line in lines.dropFirst() { counts[line.blankLinesBefore, default: 0] += 1 }
            let usual = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 1
            usualGap = usual
            spaced = counts.keys.contains { $0 > usual }
            // Set apart when there are as many articles by the wider gaps as there are leads:
            // a page (the seed) where only some articles stand apart is not.
            let wideGaps = counts.reduce(0) { $0 + ($1.key > usual ? $1.value : 0) }
            let leads = lines.dropFirst().reduce(0) { $0 + ($1.lead == .strong && !$1.isBylineLine ? 1 : 0) }
            articlesSetApart = spaced && wideGaps + 1 >= leads
        }
    }

    /// The features of every line of `lines[pageStart...]`, in order: the vector `kanbao-line-features`
    /// prints for fitting. (The parser uses the same parts, `own` and `context`, summed by
    /// `LineRoles` without building the vector.)
    static func of(_ lines: [PageLine], pageStart: Int) -> [[Double]] {
        let body = lines[pageStart...]
        let page = Page(body)
        let own = body.map { self.own($0, page: page) }
        let none = [Double](repeating: 0, count: ownNames.count)
        return own.indices.map { index in
            [1.0] + own[index] + (index > 0 ? own[index - 1] : none) + (index + 1 < own.count ? own[index + 1] : none)
                + context(index, of: own.count, page: page)
        }
    }

    /// The features of a line's place on the page (the last five names).
    static func context(_ index: Int, of count: Int, page: Page) -> [Double] {
        [index == 0 ? 1 : 0, index + 1 == count ? 1 : 0, index == 1 ? 1 : 0, page.indented ? 1 : 0, page.spaced ? 1 : 0]
    }

    /// One line's own features (its code points were looked at once, when the line was made: `LineShape`).
    static func own(_ line: PageLine, page: Page) -> [Double] {
        let shape = line.shape
        let (length, commas, first, last, lastMark) = (shape.length, shape.commas, shape.first, shape.last, shape.lastMark)
        func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
        let limits = [4, 8, 12, 16, 24, 32, 48, 80]
        var features: [Double] = []
        features.reserveCapacity(ownNames.count)
        for (step, limit) in limits.enumerated() { features.append(flag(length > (step == 0 ? 0 : limits[step - 1]) && length <= limit)) }
        features += [
            flag(length > 80), log1p(Double(length)) / 5,
            flag(line.endsSentence), flag(lastMark == "。"), flag(lastMark == "！" || lastMark == "？" || lastMark == "!" || lastMark == "?"),
            flag(lastMark == "，" || lastMark == "," || lastMark == "、" || lastMark == "；" || lastMark == ";" || lastMark == "：" || lastMark == ":"),
            flag(last == "—"), flag(first == "—"),
            flag(shape.hasFullStop), Double(min(commas, 6)) / 6, flag(shape.hasColon), flag(shape.hasQuote), flag(first == "“"),
            flag((last == "）" || last == ")") && !line.isBracketedNote), flag(line.isBracketedNote), flag(first == "【"),
            flag(line.lead == .strong), flag(line.lead == .weak), flag(line.isCredit), flag(line.isBylineLine),
            flag(line.startsAsContinuation), flag(line.isEnumeratedHeading),
            flag(shape.hasSpace), flag(shape.hasDigit), flag(shape.hasLatin),
            flag(line.indented), flag(page.indented && !line.indented),
            flag(line.blankLinesBefore > page.usualGap), flag(line.blankLinesBefore < page.usualGap),
        ]
        return features
    }
}

/// What the features need of a line's code points, gathered in the one pass that makes the line.
struct LineShape: Sendable {
    var length = 0, commas = 0
    var hasFullStop = false, hasColon = false, hasQuote = false, hasSpace = false, hasDigit = false, hasLatin = false
    var first: Unicode.Scalar = " ", last: Unicode.Scalar = " "
    /// The last code point before any closing quotes and brackets.
    var lastMark: Unicode.Scalar = " "

    init() {}

    init(_ scalars: [Unicode.Scalar]) {
        for scalar in scalars { add(scalar) }
        finish(scalars)
    }

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        // Ideographs, nearly all of a page, count and are nothing else here.
        if (0x4E00...0x9FFF).contains(scalar.value) {
            length += 1
            return
        }
        switch scalar.value {
        case 0x20, 0x3000, 0xA0: hasSpace = true
        case 0xFF0C, 0x2C, 0x3001: commas += 1
        case 0x3002: hasFullStop = true
        case 0xFF1A, 0x3A: hasColon = true
        case 0x201C: hasQuote = true
        case 0x30...0x39, 0xFF10...0xFF19: hasDigit = true
        case 0x41...0x5A, 0x61...0x7A: hasLatin = true
        default: break
        }
        if !TextShape.isWhitespace(scalar) { length += 1 }
    }

    /// The ends of the line, once all its code points are added.
    mutating func finish(_ scalars: [Unicode.Scalar]) {
        first = scalars.first ?? " "
        last = scalars.last ?? " "
        lastMark = scalars.last { !TextShape.trailingClosers.contains($0) } ?? " "
    }
}
