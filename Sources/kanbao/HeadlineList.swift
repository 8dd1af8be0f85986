import IssueModel
import TextLayout

/// The `--list` form: one line per article, `N [kicker] headline`, safe for a terminal; for several
/// pages, each page's label on a line of its own before its articles (numbers run on across pages).
enum HeadlineList {
    /// One page's lines: its label, if it has one, then its articles numbered from `firstNumber`.
    static func lines(label: String?, _ articles: ArraySlice<Article>, firstNumber: Int) -> String {
        var out = label.map { VisibleText.escaped($0) + "\n" } ?? ""
        for (offset, article) in articles.enumerated() {
            var line = "\(firstNumber + offset) "
            if let kicker = article.kicker { line += "[\(kicker)] " }
            line += article.headline.isEmpty ? "(untitled)" : article.headline
            out += VisibleText.escaped(line) + "\n"
        }
        return out
    }
}
