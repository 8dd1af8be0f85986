import IssueFiles
import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    /// Parses and writes at once, a file and a few articles at a time: the issue is never held whole,
    /// so the memory is one file's text and the articles being set (on the other cores, while the
    /// next are parsed: `DumpPipeline`). Several pages each open with a banner line.
    static func write(_ reading: IssueReading, options: LayoutOptions, color: Bool) throws(PageInputError) {
        let output = BufferedOutput()
        let writer = PlainTextDump.Writer(options: options, color: color) { output.write($0) }
        let pipeline = DumpPipeline(writer: writer, options: options, color: color)
        // (What was parsed before a file that cannot be read is written before its error.)
        defer {
            pipeline.finish()
            output.flush()
        }
        let pages = reading.plan.pages
        _ = try reading.walk(
            beginPage: { index in
                if pages.count > 1 { pipeline.banner(PageLabel.text(page: index, of: pages.count, name: pages[index].name)) }
            },
            header: pipeline.header, article: pipeline.article)
    }
}
