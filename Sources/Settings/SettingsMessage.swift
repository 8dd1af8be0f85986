/// What is wrong with a settings file (a theme, the config), said so that it can be fixed: the
/// file, the line when it is known, the problem. Shown on stderr and in the status line.
public struct SettingsMessage: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var problem: String

    public init(_ problem: String, file: String? = nil, line: Int? = nil) {
        self.problem = problem
        self.file = file
        self.line = line
    }

    public var description: String {
        switch (file, line) {
        case (let file?, let line?): "\(file):\(line): \(problem)"
        case (let file?, nil): "\(file): \(problem)"
        default: problem
        }
    }

    /// The message with only the file's name, for the status line, where a long path would push
    /// the line number and the problem off the screen.
    public var brief: String {
        var short = self
        short.file = file.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        return short.description
    }
}
