import IssueFiles
import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    /// Parses and writes at once, a file and an article at a time: the issue is never held whole, so
    /// the memory is one file's text and one article. Several pages each open with a banner line.
    static func write(_ reading: IssueReading, options: LayoutOptions, color: Bool) throws(PageInputError) {
        let writer = PlainTextDump.Writer(options: options, color: color) { Output.write($0) }
        let pages = reading.plan.pages
        _ = try reading.walk(
            beginPage: { index in
                if pages.count > 1 { writer.banner(PageLabel.text(page: index, of: pages.count, name: pages[index].name)) }
            },
            header: writer.header, article: writer.article)
    }
}
