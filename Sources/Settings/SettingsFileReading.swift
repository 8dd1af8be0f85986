/// A settings file (config.toml, papers.toml) read as TOML: its top-level table, where each key
/// stands, and the problems found with its values, each with its file and line. A syntax error
/// loses the whole file: `init` throws it, as the message to show.
public final class SettingsFileReading {
    public let table: [String: SettingsValue]
    public private(set) var problems: [SettingsMessage] = []
    private let lines: SettingsLines
    private let file: String

    public init(_ text: String, file: String) throws(SettingsMessage) {
        do {
            table = try SettingsValue.parse(text)
        } catch {
            throw SettingsMessage(error.problem, file: file, line: error.line)
        }
        lines = SettingsLines(text)
        self.file = file
    }

    /// The line that sets `path` (a key, or a table's key and one inside it).
    public func line(of path: [String]) -> Int? { lines.line(of: path) }

    /// A problem with the value at `path`, said at its line.
    public func problem(_ message: String, _ path: [String]) {
        problems.append(SettingsMessage(message, file: file, line: lines.line(of: path)))
    }
}
