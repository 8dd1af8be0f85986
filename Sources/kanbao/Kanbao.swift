import ArgumentParser
import Archive
import ArchiveBrowsing
import BundledFiles
import Foundation
import Glibc
import IssueFiles
import IssueModel
import Reader
import Settings
import Terminal

@main
struct Kanbao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kanbao",
        abstract: "Kanbao (read the paper): read Chinese newspapers in the terminal.",
        discussion: """
            With no FILE, opens the newest paper of the library (see kanbao get), else the page bundled with \
            Kanbao. FILE may be UTF-8 (with or without BOM), \
            UTF-16 with a BOM or GB18030/GBK; `-` reads standard input.

            A folder of crawler files (YYYYMMDD-PP-AA.txt, an article each) is a day's issue; a folder of \
            several days' is an archive, opened on its dates and searched through an index in \
            $XDG_CACHE_HOME/kanbao (else ~/.cache/kanbao), which can be deleted at any time.

            Settings: $XDG_CONFIG_HOME/kanbao/config.toml (else ~/.config/kanbao/config.toml); user themes \
            in the themes/ folder beside it. The command line wins over the config file.

            Exit status: 0 ok, 64 bad usage, 65 not a page (empty, binary, over 256 MiB; a folder with nothing \
            readable), 66 cannot open the file, \
            69 no terminal to read on, 128+n stopped by signal n.

            kanbao get [rmrb [DATE | FROM..TO]] fetches People's Daily from its e-paper site into the library \
            (see kanbao get --help; a file named get is ./get).
            """,
        version: KanbaoVersion.string
    )

    /// The arguments as their bytes are (`FileNameBytes`): a path named in GBK reaches the system
    /// as it was typed — the runtime's own `CommandLine.arguments` would have replaced its bytes.
    static func main() {
        let arguments = (1..<Int(CommandLine.argc)).map { index -> String in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return FileNameBytes.string(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                                            count: strlen(argument)))
        }
        // (`get` is a command of its own; the reader's arguments are files, so it is told apart here.)
        if arguments.first == "get" {
            Get.main(Array(arguments.dropFirst()))
        } else {
            main(arguments)
        }
    }

    /// The interactive reader, and the exit status its end calls for.
    private func read(_ issue: Issue, key: String, skipped: Int, _ settings: LoadedSettings, _ trace: Trace) throws {
        let themes = themes(settings)
        trace.mark("themes read")
        // A place that could not be kept is said once, after the terminal is restored.
        var keepProblem: SettingsMessage?
        let outcome = ReaderApp.run(issue, layout: layout.options(settings.config), keyBindings: settings.config.keyBindings, themes: themes,
                                    memory: remembering(key) { keepProblem = $0 }, mouse: !noMouse && settings.config.mouse != false,
                                    scriptFolding: scriptFolding(settings),
                                    notice: skipped > 0 ? "跳过 \(skipped) 个文件 skipped \(skipped) files (see the warnings)"
                                        : files.isEmpty ? AppNotes.noPaperYet : nil,
                                    trace: trace.marking)
        try ended(outcome, keepProblem: keepProblem, instead: "--dump")
    }

    /// What the reader's end calls for: a place that could not be kept said (after the terminal is
    /// restored), and the exit status; `instead` is what to try without a terminal.
    private func ended(_ outcome: ReaderApp.Outcome, keepProblem: SettingsMessage?, instead: String) throws {
        if let keepProblem { Diagnostics.printLine("kanbao: \(keepProblem)") }
        switch outcome {
        case .quit: return
        case .signalled(let signal): throw ExitCode(128 + signal)
        case .noTerminal(let problem):
            let reason = switch problem {
            case .noTTY: "cannot open /dev/tty for the keys"
            case .noTerm: "TERM is not set"
            case .dumb: "the terminal is dumb (TERM=dumb)"
            case .unknown(let term): "terminfo does not know the terminal \"\(term)\""
            case .cannotMoveTheCursor(let term): "the terminal \"\(term)\" cannot move its cursor"
            }
            Diagnostics.printLine("kanbao: no terminal to read on: \(reason) (try \(instead))")
            throw ExitCode(69)
        }
    }

    /// The themes, in colour unless `--no-color` or a non-empty NO_COLOR says not.
    private func themes(_ settings: LoadedSettings) -> ReaderApp.Themes {
        let noColorVariable = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return ThemeSetup.make(settings: settings, option: theme, colors: !noColor && noColorVariable.isEmpty)
    }

    /// The archive the arguments name, with its folders' real paths: when every argument is a
    /// folder or a file of a layout that places its articles (a JSON Lines file of 300 days) — a
    /// page text, `-` or a FIFO is never looked into here — and they hold issues of more than one
    /// date; nil for anything else.
    private func archive() throws -> (catalog: ArchiveCatalog, roots: [String])? {
        guard !files.isEmpty, files.allSatisfy({ FolderListing.isFolder($0) || IssuePlan.placingLayout(of: $0) != nil }) else { return nil }
        let roots = try loading { () throws(PageInputError) in try ArchiveCommands.roots(files) }
        let note = ArchiveCommands.searcher(roots).listingNote()
        let catalog = try loading { () throws(PageInputError) in try ArchiveCatalog.of(roots, reusing: note) }
        // (The library is an archive with its first issue: `r` fetches the next from its screen.)
        guard catalog.isArchive || opensLibrary && !catalog.issues.isEmpty else { return nil }
        ArchiveCommands.sayPassedOver(catalog) { Diagnostics.printLine("kanbao: " + $0) }
        return (catalog, roots)
    }

    /// The archive screen; the issue last opened is remembered (as the place of the archive's key).
    /// A place — the archive's, or an issue's opened from it — that could not be kept is said once
    /// the terminal is restored.
    private func browse(_ catalog: ArchiveCatalog, roots: [String], _ settings: LoadedSettings, _ trace: Trace) throws {
        var keepProblem: SettingsMessage?
        let environment = ProcessInfo.processInfo.environment
        var archive = ArchiveBrowser.make(catalog, searcher: ArchiveCommands.searcher(roots), scriptFolding: scriptFolding(settings),
                                          fetchInto: LibraryReading.fetchInto(roots: roots, environment: environment)) { key in
            remembering(key, quietly: true) { keepProblem = $0 }
        }
        let themes = themes(settings)
        let key = PlaceStore.key(of: "archive\n" + roots.joined(separator: "\n"))
        let store = forget ? nil : PlaceStore(environment: environment)
        if let store, case .success(let memory?) = store.value(ArchiveMemory.self, for: key) { archive.memory = memory }
        // (The library opens at its newest issue: the paper of the day.)
        if opensLibrary { archive.memory.entry = archive.entries.count - 1 }
        archive.keep = { memory in
            if let problem = store?.save(memory, for: key) { keepProblem = problem }
        }
        let outcome = ReaderApp.run(archive: archive, layout: layout.options(settings.config), keyBindings: settings.config.keyBindings,
                                    themes: themes, mouse: !noMouse && settings.config.mouse != false, scriptFolding: scriptFolding(settings),
                                    trace: trace.marking)
        try ended(outcome, keepProblem: keepProblem, instead: "--list")
    }

    @Argument(help: ArgumentHelp(
        "The page to read, or - for standard input; several files or a folder make an issue of several pages, in name order; a crawler day folder is an issue, a folder of days an archive.",
        valueName: "FILE|DIR"))
    var files: [String] = []

    @Flag(help: "Print the issue model as JSON.")
    var json = false

    @Flag(help: "Print one line per article: number, [kicker], headline.")
    var list = false

    @Flag(help: "Print the laid-out issue as plain text, article after article.")
    var dump = false

    @Option(help: ArgumentHelp(
        "Print every match of QUERY in the archive (or issue): YYYY-MM-DD 第PP版 headline: …context… (see --count). Given more than once with --count, a column a query.",
        valueName: "query"))
    var search: [String] = []

    @Flag(help: "With --search: print YYYY-MM-DD N for each issue with matches, then total N (see --by, --format).")
    var count = false

    @Option(help: ArgumentHelp("With --count: a row for every issue, day, week (by its Monday), month or year, those without matches as 0.",
                               valueName: "issue|day|week|month|year"))
    var by: CountTable.Period?

    @Option(help: ArgumentHelp("With --count: only issues from this day on.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("With --count: only issues up to this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("With --count: text (the default), csv (a header, then a row a period) or json.", valueName: "text|csv|json"))
    var format: CountFormat?

    @Flag(help: "Search tells traditional and simplified characters apart (習 is not 习).")
    var exactScript = false

    @Flag(help: "Search lists every file of an archive to find those changed, not only its folders (see the README: files edited in place).")
    var checkEveryFile = false

    @Option(help: ArgumentHelp(
        "Which field of JSON or CSV records holds which part, where their names do not say: ROLE=FIELD pairs such as headline=NAME,body=NAME,date=NAME (roles: kicker, headline, subheadline, body, date, page, section, author).",
        valueName: "role=field"))
    var fields: String?

    @OptionGroup(title: "Layout")
    var layout: LayoutArguments

    @Flag(help: "No colours in the reader, attributes only (as does a non-empty NO_COLOR).")
    var noColor = false

    @Option(help: ArgumentHelp("The reader's theme: a name (see --list-themes) or a theme file's path.", valueName: "name|path"))
    var theme: String?

    @Flag(help: "List the themes, one per line; the one in use is marked (default).")
    var listThemes = false

    @Flag(help: "Leave the mouse to the terminal (for selecting text) instead of clicks and the wheel.")
    var noMouse = false

    @Flag(help: "Start at the top, and do not remember the place when leaving.")
    var forget = false

    @Option(help: ArgumentHelp("Write when each stage of starting up was done (ms) to this file.", valueName: "file"))
    var trace: String?

    /// No file was named, and the library's newest paper is what is read.
    var opensLibrary = false

    private enum CodingKeys: String, CodingKey {
        case files, json, list, dump, search, count, by, since, until, format, exactScript, checkEveryFile, fields, layout, noColor, theme, listThemes, noMouse, forget, trace
    }

    func validate() throws {
        if [json, list, dump, !search.isEmpty].filter({ $0 }).count > 1 {
            throw ValidationError("--json, --list, --dump and --search cannot be used together.")
        }
        if count && search.isEmpty { throw ValidationError("--count counts the matches of --search QUERY.") }
        if search.contains(where: \.isEmpty) { throw ValidationError("--search needs something to look for.") }
        if search.count > 1 && !count { throw ValidationError("several --search queries are counted side by side: add --count.") }
        if !count && (by != nil || since != nil || until != nil || format != nil) {
            throw ValidationError("--by, --since, --until and --format go with --search QUERY --count.")
        }
        for (name, day) in [("--since", since), ("--until", until)] {
            if let day, day.count != 10 || PrintedDate.date(in: day) == nil { throw ValidationError("\(name) \(day) is no date: YYYY-MM-DD.") }
        }
        if !search.isEmpty && files.isEmpty {
            throw ValidationError("--search needs a folder or file to search: name one (`.` for the current folder).")
        }
        if let fields, case .failure(let problem) = RecordFields.parse(fields) { throw ValidationError(problem.description) }
        if files.count > 1 && files.contains("-") {
            throw ValidationError("- (standard input) cannot be one of several pages.")
        }
    }

    /// The place last left in this issue, and where to keep the next; nothing with `--forget`.
    /// `failed` hears why the place could not be kept, if it could not.
    /// Where the place of the issue of `key` is kept. A kept place that cannot be read is said on
    /// standard error — unless the terminal is the reader's already (`quietly`): then only in the
    /// status line.
    private func remembering(_ key: String, quietly: Bool = false, failed: @escaping (SettingsMessage) -> Void) -> ReaderApp.Memory? {
        guard !forget, let store = PlaceStore(environment: ProcessInfo.processInfo.environment) else { return nil }
        let keep = { (place: RememberedPlace) in if let problem = store.save(place, for: key) { failed(problem) } }
        switch store.place(for: key) {
        case .success(let place):
            return ReaderApp.Memory(place: place, notice: nil, keep: keep)
        case .failure(let problem):
            if !quietly { Diagnostics.printLine("kanbao: \(problem)") }
            return ReaderApp.Memory(place: nil, notice: problem.brief, keep: keep)
        }
    }

    /// Whether search finds traditional and simplified characters as one: unless `--exact-script`
    /// or the config's `exact-script = true` says otherwise.
    private func scriptFolding(_ settings: LoadedSettings) -> Bool {
        !exactScript && settings.config.exactScript != true
    }

    /// Whether an archive search lists every file, not only its folders: `--check-every-file` or
    /// the config's `check-every-file = true`.
    private func checksEveryFile(_ settings: LoadedSettings) -> Bool {
        checkEveryFile || settings.config.checkEveryFile == true
    }

    /// Reading the page: its errors become a one-line message and their exit status.
    private func loading<Value>(_ body: () throws(PageInputError) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            Diagnostics.printLine("kanbao: \(error)")
            throw ExitCode(error.exitStatus)
        }
    }

    mutating func run() throws {
        // With no file, the library's newest paper (its archive, or its one issue) when it holds one.
        let environment = ProcessInfo.processInfo.environment
        if files.isEmpty, !listThemes, let paper = LibraryReading.newestPaper(environment: environment) {
            files = [paper]
            opensLibrary = true
        }
        // A reader of the output that goes away (`kanbao --dump DIR | head`) is met as a failed write,
        // and ends Kanbao quietly with 0 (`Output.write`) — as it ends when the output was small enough
        // to go into the pipe whole before the reader went: the same end however large the output.
        signal(SIGPIPE, SIG_IGN)
        if let fields, case .success(let chosen) = RecordFields.parse(fields) { RecordFields.chosen = chosen }
        let trace = Trace(path: self.trace)
        trace.mark("started")
        let settings = LoadedSettings(environment: ProcessInfo.processInfo.environment)
        trace.mark("settings read")
        if listThemes {
            Output.write(ThemeSetup.list(settings: settings, option: theme))
            return
        }
        let warn = { (warning: String) in Diagnostics.printLine("kanbao: \(warning)") }
        if !search.isEmpty {
            let counting = ArchiveCommands.Counting(by: by, since: since.flatMap(PrintedDate.date(in:)), until: until.flatMap(PrintedDate.date(in:)),
                                                    format: format ?? .text)
            try loading { () throws(PageInputError) in
                try ArchiveCommands.run(search: search, count: count ? counting : nil, scriptFolding: scriptFolding(settings),
                                        checkEveryFile: checksEveryFile(settings), paths: files,
                                        trace: trace, warn: warn)
            }
            return
        }
        if list, let (catalog, _) = try archive() {
            Output.write(ArchiveCommands.issueLines(catalog))
            return
        }
        if !json && !list && (dump || isatty(STDOUT_FILENO) == 0) {
            // Like `git log` without a terminal: the same pages, as text — parsed and written an
            // article at a time.
            for problem in settings.problems { Diagnostics.printLine("kanbao: \(problem)") }
            // (A warning goes out between the pages it falls between, not ahead of pages still being set.)
            let warnings = IssueDump.Warnings(warn)
            try loading { () throws(PageInputError) in
                try IssueDump.write(PageLoading.reading(try PageLoading.plan(files), trace: trace, warn: warnings.say),
                                    options: layout.options(settings.config), color: layout.color, warnings: warnings)
            }
            return
        }
        if json || list {
            try loading { () throws(PageInputError) in
                let reading = PageLoading.reading(try PageLoading.plan(files), trace: trace, warn: warn)
                try json ? PageByPageOutput.json(reading) : PageByPageOutput.list(reading)
            }
            return
        }
        if let (catalog, roots) = try archive() {
            try browse(catalog, roots: roots, settings, trace)
            return
        }
        let (issue, skipped, key) = try loading { () throws(PageInputError) in
            try PageLoading.load(try PageLoading.plan(files), trace: trace, warn: warn, keyed: true)
        }
        try read(issue, key: key, skipped: skipped, settings, trace)
    }
}
