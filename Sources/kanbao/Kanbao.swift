import ArgumentParser
import BundledFiles
import Glibc
import IssueModel
import Terminal

@main
struct Kanbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kanbao",
        abstract: "看报 — read a Chinese newspaper page in the terminal.",
        discussion: """
            With no FILE, opens the page bundled with Kanbao. FILE may be UTF-8 (with or without BOM), \
            UTF-16 with a BOM or GB18030/GBK; `-` reads standard input.

            Exit status: 0 ok, 64 bad usage, 65 not a page (empty or binary), 66 cannot open the file.
            """,
        version: KanbaoVersion.string
    )

    /// The interactive reader, and the exit status its end calls for.
    private func read(_ issue: Issue) throws {
        let noColorVariable = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        switch ReaderApp.run(issue, layout: layout.options, colors: !noColor && noColorVariable.isEmpty) {
        case .quit: return
        case .signalled(let signal): throw ExitCode(128 + signal)
        case .noTerminal:
            Diagnostics.printLine("kanbao: no terminal to read on (try --dump)")
            throw ExitCode(69)
        }
    }

    @Argument(help: ArgumentHelp("The page to read, or - for standard input.", valueName: "FILE"))
    var file: String?

    @Flag(help: "Print the issue model as JSON.")
    var json = false

    @Flag(help: "Print one line per article: number, [kicker], headline.")
    var list = false

    @Flag(help: "Print the laid-out issue as plain text, article after article.")
    var dump = false

    @OptionGroup(title: "Layout")
    var layout: LayoutArguments

    @Flag(help: "No colours in the reader, attributes only (as does a non-empty NO_COLOR).")
    var noColor = false

    func validate() throws {
        if [json, list, dump].filter({ $0 }).count > 1 {
            throw ValidationError("--json, --list and --dump cannot be used together.")
        }
    }

    func run() throws {
        let issue: Issue
        do {
            issue = try PageLoading.load(path: file) { warning in
                Diagnostics.printLine("kanbao: \(warning)")
            }
        } catch {
            Diagnostics.printLine("kanbao: \(error)")
            throw ExitCode(error.exitStatus)
        }
        if json {
            Output.write(IssueJSON.encode(issue))
        } else if list {
            Output.write(HeadlineList.render(issue))
        } else if dump || isatty(STDOUT_FILENO) == 0 {
            // Like `git log` without a terminal: the same pages, as text.
            IssueDump.write(issue, options: layout.options, color: layout.color)
        } else {
            try read(issue)
        }
    }
}
