import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    /// Parses and writes at once, an article at a time: the issue is never held whole, so the
    /// memory is the page's text and one article.
    static func write(text: String, options: LayoutOptions, color: Bool) {
        let writer = PlainTextDump.Writer(options: options, color: color) { Output.write($0) }
        PageParser.parse(text, header: writer.header, article: writer.article)
    }
}
