import Dispatch
import Glibc
/// One non-blank line of a page, trimmed, with what the parser needs to know about it. On the pages
/// Kanbao reads every paragraph, headline and credit is one line; blank lines separate them.
struct PageLine: Sendable {
    /// A slice of the page's text, not a copy: the lines of a 10 MB page share its one buffer.
    let text: Substring
    /// The code points, made when asked: keeping them would cost 4 bytes each for every line.
    var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }
    /// How many blank lines stand between this line and the previous non-blank one. (Not `let`:
    /// a page split among cores learns the blanks before a piece's first line afterwards.)
    var blankLinesBefore: Int
    /// The line began with whitespace (an indent of spaces or ideographic spaces) before its text.
    var indented = false
    /// Its length, marks and kinds of character, for `LineFeatures`.
    let shape: LineShape
    let endsSentence: Bool
    let lead: LeadLine.Evidence
    let isCredit: Bool
    /// Short, without running-text punctuation, not a lead or credit: could be a kicker, headline or
    /// subheadline — or a column-break fragment; the context decides.
    let isTitleLike: Bool
    /// Starts with punctuation no sentence starts with, so it continues the line before.
    let startsAsContinuation: Bool
    /// An inner heading such as `一、…` or `■…`, which a column break does not join.
    let isEnumeratedHeading: Bool
    /// One bracketed note, such as `（下转第二版）` or `（完）`: not a headline, not a continuation.
    let isBracketedNote: Bool
    /// Only a byline, such as `本报记者 张三`: complete without a full stop.
    let isBylineLine: Bool

    /// A line already trimmed, standing alone (no blank line before it).
    init(_ text: Substring) {
        self.init(text: text, scalars: Array(text.unicodeScalars), blankLinesBefore: 0)
    }

    init(scalars: [Unicode.Scalar], blankLinesBefore: Int) {
        self.init(text: Substring(String(String.UnicodeScalarView(scalars))), scalars: scalars, blankLinesBefore: blankLinesBefore)
    }

    /// `scalars` are `text`'s, passed in so that they are made once, for the tests below.
    init(text: Substring, scalars: [Unicode.Scalar], blankLinesBefore: Int, shape: LineShape? = nil) {
        self.text = text
        self.blankLinesBefore = blankLinesBefore
        self.shape = shape ?? LineShape(scalars)
        endsSentence = TextShape.endsSentence(scalars)
        // `本报记者 盛丽 摄影报道` names reporters like a byline line but is a credit.
        isCredit = CreditLine.isCredit(scalars)
        lead = isCredit ? .none : LeadLine.evidence(scalars)
        startsAsContinuation = scalars.first.map(TextShape.continuationStarters.contains) ?? false
        let visible = self.shape.length
        isEnumeratedHeading = visible <= 30 && PageLine.startsWithEnumeration(scalars)
        isBracketedNote = TextShape.isBracketed(scalars[...])
        isBylineLine = LeadLine.isBylineLine(scalars)
        // Inner headings (`一、…`) head sections, not articles.
        isTitleLike = lead == .none && !isCredit && !startsAsContinuation && !isEnumeratedHeading && !isBracketedNote
            && (2...40).contains(visible)
            && !scalars.contains(where: TextShape.sentenceMarks.contains)
            && !PageLine.endsLikeClause(scalars)
    }

    /// Ends with a mark that leaves a clause open or closes running text (a headline may end in ！ or ？).
    private static func endsLikeClause(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.count - 1
        while index >= 0 && TextShape.trailingClosers.contains(scalars[index]) { index -= 1 }
        guard index >= 0 else { return false }
        return ["。", "；", ";", "：", ":", "，", ",", "、", "…", ".", "．", "—"].contains(scalars[index])
    }

    /// `一、` `（一）` `1.` `■` and the like.
    private static func startsWithEnumeration(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        if TextShape.leadingDecorations.contains(first) { return true }
        var index = 0
        if first == "（" || first == "(" { index = 1 }
        let numberLength = scalars[index...].prefix { TextShape.chineseNumerals.contains($0) || TextShape.isDigit($0) }.count
        guard numberLength > 0, numberLength <= 3, index + numberLength < scalars.count else { return false }
        let after = scalars[index + numberLength]
        return index == 1 ? (after == "）" || after == ")") : ["、", ".", "．"].contains(after)
    }

    /// Splits text into its non-blank lines; indents and trailing spaces are not text. A large page
    /// is split at line ends into a piece per core, each made into lines on a core of its own (a
    /// line is a pure function of its text: this was most of the parse, the one part of `--dump`
    /// no other core could share).
    static func lines(of text: String) -> [PageLine] {
        // Split on the UTF-8 bytes, found with memchr: splitting on Characters walks grapheme
        // clusters, and the generic `split` is several times slower than this loop.
        var text = text
        // (`withUTF8` makes the text contiguous first, if it is not.)
        let newlines: [Int] = text.withUTF8 { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var position = 0
            while position < bytes.count, let found = memchr(base + position, 0x0A, bytes.count - position) {
                let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                offsets.append(offset)
                position = offset + 1
            }
            return offsets
        }
        let ends = newlines + [text.utf8.count]
        let pieces = ends.count < linesForPieces ? 1 : min(8, max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        if pieces == 1 { return piece(of: text, ends: ends[...], start: 0).lines }
        let made = PieceSlots(count: pieces)
        let shared = text
        DispatchQueue.concurrentPerform(iterations: pieces) { index in
            let range = ends.count * index / pieces..<ends.count * (index + 1) / pieces
            made.put(piece(of: shared, ends: ends[range], start: range.lowerBound == 0 ? 0 : ends[range.lowerBound - 1] + 1), at: index)
        }
        // The blanks at the end of a piece stand before the first line of the next that has one.
        // (Each piece let go as soon as it is in: the page's lines are held about once, not twice.)
        var result: [PageLine] = []
        result.reserveCapacity(made.lineCount)
        var carried = 0
        for index in 0..<pieces {
            var piece = made.take(index)
            if !piece.lines.isEmpty {
                piece.lines[0].blankLinesBefore += carried
                carried = 0
            }
            carried += piece.trailingBlanks
            result += piece.lines
        }
        return result
    }

    /// Below this many lines a page is made into lines on one core.
    static let linesForPieces = 2_000

    /// The lines of `text` that end at `ends` (UTF-8 offsets; the first begins at `start`), and how
    /// many blank lines come after the last of them.
    static func piece(of text: String, ends: ArraySlice<Int>, start: Int) -> (lines: [PageLine], trailingBlanks: Int) {
        var result: [PageLine] = []
        var blanks = 0
        let utf8 = text.utf8
        var lineStart = start
        for end in ends {
            defer { lineStart = end + 1 }
            let rawLine = text[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: end)]
            let scalars = rawLine.unicodeScalars
            guard let first = scalars.firstIndex(where: { !TextShape.isWhitespace($0) }),
                  let last = scalars.lastIndex(where: { !TextShape.isWhitespace($0) }) else {
                blanks += 1
                continue
            }
            let trimmed = Substring(scalars[first...last])
            // Decoded once, into room for the worst case (one scalar a byte), not counted first.
            var lineScalars: [Unicode.Scalar] = []
            lineScalars.reserveCapacity(trimmed.utf8.count)
            // (The line's shape is gathered in the same pass.)
            var shape = LineShape()
            for scalar in trimmed.unicodeScalars {
                lineScalars.append(scalar)
                shape.add(scalar)
            }
            shape.finish(lineScalars)
            var line = PageLine(text: trimmed, scalars: lineScalars, blankLinesBefore: blanks, shape: shape)
            line.indented = first != scalars.startIndex
            result.append(line)
            blanks = 0
        }
        return (result, blanks)
    }
}

/// Where the cores put their pieces of a page's lines: a slot each, each written by one core once
/// (`concurrentPerform` returns after all of them), read after.
private final class PieceSlots: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<(lines: [PageLine], trailingBlanks: Int)>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: ([], 0), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func put(_ piece: (lines: [PageLine], trailingBlanks: Int), at index: Int) { slots[index] = piece }

    /// The lines of every piece put.
    var lineCount: Int { (0..<count).reduce(0) { $0 + slots[$1].lines.count } }

    /// Piece `index`, its slot emptied.
    func take(_ index: Int) -> (lines: [PageLine], trailingBlanks: Int) {
        defer { slots[index] = ([], 0) }
        return slots[index]
    }
}
