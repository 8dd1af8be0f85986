/// One cluster of a block, ready to be set: where its text lies, its cells, how it breaks, and
/// which cluster of the source text it is.
struct SetCluster: Sendable {
    /// Where the cluster's text lies in its block's text, in UTF-8 bytes.
    var bytes: Range<Int>
    var width: Int
    var breakClass: BreakClass
    /// The index of the source cluster in its block's text.
    var offset: Int
    /// What is drawn instead of the source text — a stand-in (`^[`) or a piece of a cluster too wide
    /// for its column — or nil to draw the source text itself.
    var drawn: String?
    var isSpace: Bool { breakClass.contains(.space) }
}

/// Where the lines of a block begin and end: `start..<end` indexes its clusters, without the spaces
/// that hang at a break.
struct LineSpan: Equatable, Sendable {
    var start: Int
    var end: Int
    var width: Int
}

/// Breaks a block into lines: greedy, at the last opportunity UAX #14 and 禁则 allow. A closing mark
/// that does not fit hangs past the line's end into the cells kept for it (`hang`: 行尾点号悬挂), or
/// where it cannot — no cells kept, or a second mark after it that may not begin a line either —
/// takes the character before it down with it (push-out); a word wider than the line is broken by
/// cells. No line is wider than its limit plus `hang`, and only by a hanging mark.
///
/// A line depends only on where it starts and the clusters that follow, so a long block can be
/// broken a piece of clusters at a time (`nextLine` with `complete` false): a line is given only
/// once no cluster still to come could change it.
struct LineBreaker {
    let firstLineWidth: Int
    let width: Int
    /// With `preferSpaces` (headlines), a line breaks at its last space when that space lies past a
    /// third of the line, keeping phrases whole: `深入学习贯彻党的二十大精神 / 奋力开拓首都工会工作新局面`.
    let preferSpaces: Bool
    /// Cells past a line's end a closing mark may hang into; 0 for none.
    let hang: Int
    private(set) var linesMade = 0

    init(firstLineWidth: Int, width: Int, preferSpaces: Bool = false, hang: Int = 0) {
        self.firstLineWidth = firstLineWidth
        self.width = width
        self.preferSpaces = preferSpaces
        self.hang = hang
    }

    /// Every line of `clusters`, all of the block.
    static func lines(_ clusters: [SetCluster], firstLineWidth: Int, width: Int, preferSpaces: Bool = false, hang: Int = 0) -> [LineSpan] {
        var breaker = LineBreaker(firstLineWidth: firstLineWidth, width: width, preferSpaces: preferSpaces, hang: hang)
        var result: [LineSpan] = []
        var start = 0
        while let line = breaker.nextLine(clusters, from: &start, complete: true) { result.append(line) }
        return result
    }

    /// The line that begins at `start` (after the spaces there), moving `start` past it; nil at the
    /// end of `clusters`. Unless `complete` (the block ends with them), nil too — `start` then
    /// past the spaces only — when the line reaches their end and more could come.
    mutating func nextLine(_ clusters: [SetCluster], from start: inout Int, complete: Bool) -> LineSpan? {
        let count = clusters.count
        while start < count && clusters[start].isSpace { start += 1 }
        guard start < count else { return nil }
        let limit = linesMade == 0 ? firstLineWidth : width
        var used = 0, index = start, lastBreak = -1, lastSpaceBreak = -1
        while index < count {
            let cellWidth = clusters[index].width
            if used + cellWidth > limit { break }
            used += cellWidth
            index += 1
            if index < count && BreakClass.canBreak(between: clusters[index - 1].breakClass, and: clusters[index].breakClass) {
                lastBreak = index
                if clusters[index - 1].isSpace && used * 3 >= limit { lastSpaceBreak = index }
            }
        }
        if index == count && !complete { return nil }
        // (A break in spaces depends on what follows them: it must be known.)
        if !complete && clusters[index].isSpace && !clusters[index...].contains(where: { !$0.isSpace }) { return nil }
        if let hung = hanging(clusters, at: index, used: used, limit: limit, complete: complete) {
            guard let end = hung else { return nil }
            linesMade += 1
            let line = LineSpan(start: start, end: end, width: used + clusters[index].width)
            start = end
            return line
        }
        linesMade += 1
        if preferSpaces && lastSpaceBreak > start && index < count && !clusters[index].isSpace { lastBreak = lastSpaceBreak }
        var end: Int
        if index == count {
            end = count
        } else if clusters[index].isSpace && !closingMarkAfterSpaces(clusters, from: index) {
            end = index
        } else if lastBreak > start {
            end = lastBreak
        } else if index > start {
            // A word wider than the line: broken by cells — but not before a closing mark or after
            // an opening one, where that can be helped.
            end = index
            while end > start + 1 && (clusters[end].breakClass.contains(.noBreakBefore) || clusters[end - 1].breakClass.contains(.noBreakAfter)) {
                end -= 1
            }
        } else if limit < width {
            // Not even one cluster fits after the first line's indent: leave that line empty.
            return LineSpan(start: start, end: start, width: 0)
        } else {
            end = index + 1  // cannot happen: clusters wider than the line are split before
        }
        var trimmed = end
        while trimmed > start && clusters[trimmed - 1].isSpace { trimmed -= 1 }
        var lineWidth = 0
        for position in start..<trimmed { lineWidth += clusters[position].width }
        let line = LineSpan(start: start, end: trimmed, width: lineWidth)
        start = end
        return line
    }

    /// Whether the spaces from `index` are followed by a closing mark: a break in them would begin
    /// the next line with it (`他说 ……`), so the line breaks before, where it may.
    private func closingMarkAfterSpaces(_ clusters: [SetCluster], from index: Int) -> Bool {
        var next = index
        while next < clusters.count && clusters[next].isSpace { next += 1 }
        return next < clusters.count && clusters[next].breakClass.contains(.noBreakBefore)
    }

    /// Whether the cluster at `index`, the first that does not fit, hangs: nil when it does not (no
    /// cells kept, not a closing mark, too wide, or followed by a cluster the line may not break
    /// before); else the line's end after it — itself nil when what follows is not known yet.
    private func hanging(_ clusters: [SetCluster], at index: Int, used: Int, limit: Int, complete: Bool) -> Int?? {
        guard hang > 0, index < clusters.count else { return nil }
        let mark = clusters[index]
        guard mark.breakClass.contains(.noBreakBefore), !mark.isSpace, used + mark.width <= limit + hang else { return nil }
        let after = index + 1
        if after == clusters.count { return complete ? .some(after) : .some(nil) }
        let next = clusters[after]
        guard next.isSpace || BreakClass.canBreak(between: mark.breakClass, and: next.breakClass) else { return nil }
        return .some(after)
    }
}
