import IssueModel

/// The `--list` form: one line per article, `N [kicker] headline`, safe for a terminal.
enum HeadlineList {
    static func render(_ issue: Issue) -> String {
        var out = ""
        for (index, article) in issue.articles.enumerated() {
            var line = "\(index + 1) "
            if let kicker = article.kicker { line += "[\(kicker)] " }
            line += article.headline.isEmpty ? "(untitled)" : article.headline
            out += VisibleText.escaped(line) + "\n"
        }
        return out
    }
}
