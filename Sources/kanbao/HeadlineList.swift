import IssueModel
import TextLayout

/// The `--list` form: one line per article, `N [kicker] headline`, safe for a terminal; for several
/// pages, each page's label on a line of its own before its articles (numbers run on across pages).
enum HeadlineList {
    static func render(_ issue: Issue) -> String {
        var out = ""
        let pages = issue.pageList
        for (number, page) in pages.enumerated() {
            if pages.count > 1 { out += VisibleText.escaped(PageLabel.text(page: number, of: pages.count, name: page.name)) + "\n" }
            for index in page.articles {
                let article = issue.articles[index]
                var line = "\(index + 1) "
                if let kicker = article.kicker { line += "[\(kicker)] " }
                line += article.headline.isEmpty ? "(untitled)" : article.headline
                out += VisibleText.escaped(line) + "\n"
            }
        }
        return out
    }
}
