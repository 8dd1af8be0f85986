/// Joins paragraphs that a column break cut in two: a paragraph that ends without closing its
/// sentence, followed by more body text of the same article, continues in the next one.
enum ColumnBreakMending {
    static func mend(_ lines: ArraySlice<PageLine>) -> [String] {
        var paragraphs: [String] = []
        var current: PageLine?
        var text = ""
        for line in lines {
            if let previous = current, continues(previous, with: line) {
                if needsSpace(between: previous.text.unicodeScalars.last, and: line.text.unicodeScalars.first) { text += " " }
                text += line.text
            } else {
                if current != nil { paragraphs.append(text) }
                text = String(line.text)
            }
            current = line
        }
        if current != nil { paragraphs.append(text) }
        return paragraphs
    }

    private static func continues(_ previous: PageLine, with next: PageLine) -> Bool {
        if previous.endsSentence || previous.isEnumeratedHeading || next.isEnumeratedHeading { return false }
        // A lead such as `本报讯（记者…）` begins a paragraph; it never continues one.
        if next.lead == .strong || next.isBracketedNote { return false }
        // A byline line (`本报记者 张三`) is complete without a full stop.
        if previous.isBylineLine { return false }
        return true
    }

    /// A space only between two words of a spaced script: `A+H股` + `固废` needs none, `Beijing` + `Daily` one.
    static func needsSpace(between last: Unicode.Scalar?, and first: Unicode.Scalar?) -> Bool {
        guard let last, let first else { return false }
        return TextShape.isWordLetter(last) && TextShape.isWordLetter(first)
    }
}
