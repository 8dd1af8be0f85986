import IssueModel
import TextLayout

/// `kanbao --dump`: every article laid out and printed page by page; a blank line between pages.
enum IssueDump {
    static func write(_ issue: Issue, options: LayoutOptions, color: Bool) {
        var first = true
        if let header = issue.header {
            Output.write(VisibleText.escaped(header) + "\n")
            first = false
        }
        for article in issue.articles {
            for page in ArticleLayout.layout(article, options: options).pages {
                Output.write((first ? "" : "\n") + PlainTextDump.render(page, color: color))
                first = false
            }
        }
    }
}
