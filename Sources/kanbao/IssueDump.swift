import IssueFiles
import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    /// Parses and writes at once, a page and an article at a time: the issue is never held whole, so
    /// the memory is one page's text and one article. Several pages each open with a banner line.
    static func write(paths: [String?], options: LayoutOptions, color: Bool, text: (String?) throws(PageInputError) -> String) throws(PageInputError) {
        let writer = PlainTextDump.Writer(options: options, color: color) { Output.write($0) }
        for (index, path) in paths.enumerated() {
            let page = try text(path)
            if paths.count > 1 { writer.banner(PageLabel.text(page: index, of: paths.count, name: path.map(PageOrder.name) ?? "")) }
            PageParser.parse(page, header: writer.header, article: writer.article)
        }
    }
}
