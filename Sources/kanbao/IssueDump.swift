import IssueModel
import TextLayout

/// `kanbao --dump`: the laid-out issue on standard output.
enum IssueDump {
    static func write(_ issue: Issue, options: LayoutOptions, color: Bool) {
        PlainTextDump.write(issue, options: options, color: color) { Output.write($0) }
    }
}
