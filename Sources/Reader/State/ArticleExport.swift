import IssueModel

/// An article as plain text for `e` and `E`: kicker, headline and subheadline, then the paragraphs
/// (the byline is in the lead, `本报讯（记者 白莹）…`, or a line of its own) and the credit, a blank
/// line between — the parsed text, whole and unaltered.
public enum ArticleExport {
    public static func text(_ article: Article) -> String {
        let head = [article.kicker, article.headline.isEmpty ? nil : article.headline, article.subheadline].compactMap { $0 }
        let body = article.paragraphs + [article.credit].compactMap { $0 }
        return ([head.joined(separator: "\n")] + body).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// A file name from the headline: at most 40 characters, no `/`, no control or invisible
    /// characters (zero-width ones, U+FEFF, the soft hyphen, tags, Hangul fillers: anything Unicode
    /// says not to draw), no leading dot; `article-N` for an article without one.
    public static func fileName(_ article: Article, number: Int) -> String {
        let cleaned = article.headline.unicodeScalars.filter { scalar in
            scalar == " " || scalar != "/" && !VisibleText.needsSubstitute(scalar) && !VisibleText.isInvisible(scalar)
                && !scalar.properties.isDefaultIgnorableCodePoint && !scalar.properties.isWhitespace
        }
        var name = String(String(String.UnicodeScalarView(cleaned)).prefix(40)).trimmingSpacesAndDots()
        if name.isEmpty { name = "article-\(number)" }
        return name + ".txt"
    }
}

extension String {
    fileprivate func trimmingSpacesAndDots() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "." { scalars.removeFirst() }
        while let last = scalars.last, last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
