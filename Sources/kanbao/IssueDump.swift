import IssueFiles
import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    /// Parses and writes at once, a file and a few articles at a time: the issue is never held whole,
    /// so the memory is one file's text and the articles being set (on the other cores, while the
    /// next are parsed: `DumpPipeline`). Several pages each open with a banner line.
    /// `warnings`: where the reading's warnings go, routed through the dump while it runs so that
    /// each comes out after the pages before it.
    static func write(_ reading: IssueReading, options: LayoutOptions, color: Bool, warnings: Warnings? = nil) throws(PageInputError) {
        let output = BufferedOutput()
        let writer = PlainTextDump.Writer(options: options, color: color) { output.write($0) }
        let pipeline = DumpPipeline(writer: writer, options: options, color: color) { warning in
            output.flush()
            warnings?.fallback(warning)
        }
        warnings?.route = pipeline.warning
        // (What was parsed before a file that cannot be read is written before its error.)
        defer {
            pipeline.finish()
            output.flush()
            warnings?.route = nil
        }
        let pages = reading.plan.pages
        _ = try reading.walk(
            beginPage: { index in
                if pages.count > 1 { pipeline.banner(PageLabel.text(page: index, of: pages.count, name: pages[index].name)) }
            },
            header: pipeline.header, article: pipeline.article)
    }

    /// The reading's warnings: to `fallback` (standard error), or through the dump while it runs.
    final class Warnings {
        let fallback: (String) -> Void
        var route: ((String) -> Void)?

        init(_ fallback: @escaping (String) -> Void) { self.fallback = fallback }

        func say(_ warning: String) { (route ?? fallback)(warning) }
    }
}
