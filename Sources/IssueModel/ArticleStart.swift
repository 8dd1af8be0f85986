/// Decides where articles begin: a headline block — one to three title-like lines — standing before
/// a line that can open an article. The decision weighs the evidence around the block, because a
/// column break can leave a short unpunctuated fragment (`朝阳区医疗卫生工会主席刘`) that looks just
/// like a headline.
struct ArticleStart: Equatable, Sendable {
    /// Index of the first line of the headline block.
    let blockStart: Int
    /// Index of the first body line (the lead).
    let bodyStart: Int

    static let acceptThreshold = 2

    /// All article starts in `lines[from...]`, in order. `pageStart` is the index of the first line
    /// after the page header.
    static func find(in lines: [PageLine], pageStart: Int) -> [ArticleStart] {
        let usualGap = usualBlankLines(lines, from: pageStart)
        var starts: [ArticleStart] = []
        var index = pageStart
        while index < lines.count {
            guard !lines[index].isTitleLike else { index += 1; continue }
            var blockStart = index
            while blockStart > pageStart && lines[blockStart - 1].isTitleLike { blockStart -= 1 }
            // Earlier title-like lines beyond three belong to what comes before.
            blockStart = max(blockStart, index - 3)
            if blockStart < index,
               score(lines, block: blockStart..<index, pageStart: pageStart, usualGap: usualGap) >= acceptThreshold {
                starts.append(ArticleStart(blockStart: blockStart, bodyStart: index))
            }
            index += 1
        }
        return starts
    }

    /// The weight of evidence that `block` is a headline block opening an article at `block.upperBound`.
    static func score(_ lines: [PageLine], block: Range<Int>, pageStart: Int, usualGap: Int) -> Int {
        let body = lines[block.upperBound]
        var score = 0
        switch body.lead {
        case .strong: score += 5
        case .weak: score += 3
        case .none: break
        }
        if body.startsAsContinuation { score -= 3 }
        // Column-break fragments come one at a time; a kicker and a headline come in pairs.
        if block.count >= 2 { score += 2 }
        if lines[block.lowerBound].blankLinesBefore > usualGap { score += 1 }
        if block.lowerBound == pageStart {
            score += 1
        } else {
            let previous = lines[block.lowerBound - 1]
            // After an open sentence the block is more likely the rest of that sentence.
            if !previous.endsSentence && !previous.isCredit && !previous.isTitleLike { score -= 3 }
        }
        return score
    }

    /// The most common number of blank lines between paragraphs on this page.
    static func usualBlankLines(_ lines: [PageLine], from start: Int) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines.dropFirst(start + 1) { counts[line.blankLinesBefore, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 1
    }
}
