/// Pages as plain text, one line per row, for `kanbao --dump`: the same layout the reader shows.
/// With `color`, each role gets a fixed SGR style (themes come later).
public enum PlainTextDump {
    public static func render(_ page: LaidOutPage, color: Bool = false) -> String {
        var out = ""
        for row in page.rows {
            var line = ""
            var column = 0
            for run in row {
                if run.column > column { line += String(repeating: " ", count: run.column - column) }
                if color, let style = sgr[run.role] {
                    line += "\u{1B}[\(style)m" + run.text + "\u{1B}[0m"
                } else {
                    line += run.text
                }
                column = run.column + run.width
            }
            out += line + "\n"
        }
        return out
    }

    static let sgr: [Role: String] = [
        .headline: "1", .kicker: "2", .subheadline: "3", .byline: "2", .credit: "2;3", .rule: "2",
    ]
}
