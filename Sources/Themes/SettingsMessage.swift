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

    /// The same message, placed in a file (and at a line, if none is set yet).
    func located(file: String, line: Int?) -> SettingsMessage {
        SettingsMessage(problem, file: self.file ?? file, line: self.line ?? line)
    }
}
