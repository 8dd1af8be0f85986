/// Joins paragraphs that a column break cut in two: a paragraph that ends without closing its
/// sentence, followed by more body text of the same article, continues in the next one — unless
/// either is an inner section head (`InnerHead`), which stands on its own line whatever it ends with.
enum ColumnBreakMending {
    /// The body's blocks in order, and which of them (their indices) are inner heads.
    static func mend(_ lines: ArraySlice<PageLine>) -> (paragraphs: [String], heads: [Int]) {
        var paragraphs: [String] = [], heads: [Int] = []
        var current: PageLine?, currentIsHead = false
        var text = ""
        for (index, line) in zip(lines.indices, lines) {
            let opensAfterBreak = current.map { !continues($0, with: line) } ?? true
            let next = index + 1 < lines.endIndex ? lines[index + 1] : nil
            let isHead = InnerHead.isHead(line, opensBlock: opensAfterBreak || currentIsHead, next: next)
            if let previous = current, !opensAfterBreak, !isHead, !currentIsHead {
                if needsSpace(between: previous.text.unicodeScalars.last, and: line.text.unicodeScalars.first) { text += " " }
                text += line.text
            } else {
                if current != nil { paragraphs.append(text) }
                if isHead { heads.append(paragraphs.count) }
                text = String(line.text)
            }
            current = line
            currentIsHead = isHead
        }
        if current != nil { paragraphs.append(text) }
        return (paragraphs, heads)
    }

    /// Whether `next` may continue `previous`'s paragraph, as far as the two lines' own ends tell.
    static func continues(_ previous: PageLine, with next: PageLine) -> Bool {
        if previous.endsSentence || previous.isEnumeratedHeading || next.isEnumeratedHeading { return false }
        // A lead such as `本报讯（记者…）` begins a paragraph; it never continues one.
        if next.lead == .strong || next.isBracketedNote { return false }
        // A byline line (`本报记者 张三`) is complete without a full stop, and so is a short
        // attribution such as `——编者`.
        if previous.isBylineLine || (previous.isTitleLike && previous.shape.first == "—") { return false }
        return true
    }

    /// A space only between two words of a spaced script: `A+H股` + `固废` needs none, `Beijing` + `Daily` one.
    static func needsSpace(between last: Unicode.Scalar?, and first: Unicode.Scalar?) -> Bool {
        guard let last, let first else { return false }
        return TextShape.isWordLetter(last) && TextShape.isWordLetter(first)
    }
}
