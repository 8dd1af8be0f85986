import ArgumentParser
import Fetching
import Foundation
import IssueModel
import Settings

/// `kanbao get [PAPER [DATE | FROM..TO]]`: papers from their sites into the library, a day at a
/// time, politely; one line per day at the end, and an exit status that says whether every day
/// asked for is there.
struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kanbao get",
        abstract: "Fetch papers from their sites into the library (rmrb: People's Daily, from its e-paper site).",
        discussion: """
            With no PAPER, what papers.toml in the config folder lists (else today's rmrb). PAPER is rmrb, a paper \
            papers.toml names, or a feed's URL (RSS or Atom). DATE is YYYY-MM-DD, today (in Beijing) or yesterday; \
            FROM..TO a range; without one, a paper's days from papers.toml (else today). The library is \
            $XDG_DATA_HOME/kanbao/papers (else ~/.local/share/kanbao/papers) or --into DIR: rmrb/YYYY/YYYYMM/YYYYMMDD/ \
            holds a day's pages as the site serves them; plain kanbao opens it.

            One request at a time, --pause seconds apart; Retry-After honoured; three retries on a dropped \
            connection; a feed asked for only if it changed; a day is renamed into place only when every page of it \
            is there, and a day in place is never asked for again. Exit status: 0 every day asked for is in the \
            library, 1 some are not (each named), 69 no network, 78 papers.toml cannot be used.
            """)

    @Argument(help: "rmrb (People's Daily), a paper of papers.toml, or a feed's URL; none: every paper of papers.toml.")
    var paper: String?

    @Argument(help: ArgumentHelp("YYYY-MM-DD, today, yesterday, or FROM..TO.", valueName: "date"))
    var dates: String?

    @Option(help: ArgumentHelp("The e-paper site's root (a mirror).", valueName: "URL"))
    var base: String?

    @Option(help: ArgumentHelp("The library to fetch into.", valueName: "dir"))
    var into: String?

    @Option(help: ArgumentHelp("Seconds between two requests to a site (default 0.5, or papers.toml's pause).", valueName: "seconds"))
    var pause: Double?

    func validate() throws {
        if let dates, Self.days(dates) == nil { throw ValidationError("\"\(dates)\" is no date: YYYY-MM-DD, today, yesterday or FROM..TO.") }
        if let base, URL(string: base)?.scheme.map({ ["http", "https"].contains($0) }) != true { throw ValidationError("--base \(base) is no http(s) URL.") }
        if let pause, pause < 0 { throw ValidationError("--pause cannot be negative.") }
        if dates != nil, paper.flatMap(Self.feedURL) != nil { throw ValidationError("a feed is fetched as it is now: no date with a URL.") }
    }

    static func feedURL(_ text: String) -> URL? {
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else { return nil }
        return url
    }

    /// The days of `text`, in order; nil when it names none.
    static func days(_ text: String, today: Date = Date()) -> [IssueDate]? {
        func day(_ word: String) -> IssueDate? {
            switch word {
            case "today": BeijingDays.day(0, from: today)
            case "yesterday": BeijingDays.day(-1, from: today)
            default: word.count == 10 ? PrintedDate.date(in: word) : nil
            }
        }
        let ends = text.components(separatedBy: "..")
        guard (1...2).contains(ends.count), let first = day(ends[0]), let last = day(ends[ends.count - 1]), first <= last else { return nil }
        var days = [first]
        while let next = days.last.flatMap({ IssueDate(dayNumber: $0.dayNumber + 1) }), next <= last, days.count < 3660 { days.append(next) }
        return days
    }

    /// What the arguments ask for, with papers.toml's subscriptions; a usage error when PAPER is
    /// none of them.
    func jobs(_ papers: PapersFile, now: Date) throws -> [LibraryFetch.Job] {
        var subscriptions = papers.subscriptions.isEmpty ? Subscription.standard : papers.subscriptions
        if let paper {
            if let url = Self.feedURL(paper) {
                return [.feed(key: FeedFetch.key(of: url), url: url)]
            }
            let named = subscriptions.filter { $0.key == paper }
            subscriptions = named.isEmpty && paper == EpaperPaper.peoplesDaily.key ? Subscription.standard : named
            guard !subscriptions.isEmpty else {
                let known = ([EpaperPaper.peoplesDaily.key] + papers.subscriptions.map(\.key)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                throw ValidationError("kanbao get knows \(known.joined(separator: ", ")) and feeds' URLs, not \"\(paper)\" (papers.toml names more).")
            }
        }
        let baseURL = base.flatMap(URL.init(string:))
        return LibraryFetch.jobs(subscriptions, today: now).map { job in
            guard case .epaper(var epaper, var days) = job else { return job }
            if let baseURL { epaper.base = baseURL }
            if let dates { days = Self.days(dates, today: now) ?? days }
            return .epaper(epaper, days: days)
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        // (Stopped at any moment — Ctrl-C, SIGTERM, a hang-up — it leaves at most a hidden partial
        // day, so the default end is the right one: unblocked, whatever the parent blocked.)
        var stops = sigset_t()
        sigemptyset(&stops)
        for stop in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stops, stop) }
        sigprocmask(SIG_UNBLOCK, &stops, nil)
        let environment = ProcessInfo.processInfo.environment
        var papers = PapersFile()
        if let (file, problems) = PapersFile.load(environment: environment) {
            for problem in problems { Diagnostics.printLine("kanbao: \(problem)") }
            // (Plain `get` of a file that lists nothing usable: nothing to do but say so.)
            if paper == nil && file.subscriptions.isEmpty && !problems.isEmpty { throw ExitCode(78) }
            papers = file
        }
        let jobs = try jobs(papers, now: LibraryFolder.now(environment: environment))
        let client = PoliteClient(pause: pause ?? papers.pause ?? 0.5, userAgent: "Kanbao/\(KanbaoVersion.string) (terminal newspaper reader)")
        var fetch = LibraryFetch(client: client, library: into ?? LibraryFolder.path(environment: environment))
        let terminal = isatty(STDERR_FILENO) != 0
        func clear() { if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
        fetch.progress = { line in if terminal { FileHandle.standardError.write(Data(("\r\u{1B}[K" + VisibleText.escaped(line)).utf8)) } }
        fetch.dayDone = { report in
            clear()
            Diagnostics.printLine(report.line)
        }
        do {
            guard try fetch.run(jobs) else { throw ExitCode(1) }
        } catch let failure as LibraryFetch.NoNetwork {
            clear()
            Diagnostics.printLine("kanbao: get: no answer from \(failure.site) (\(failure.reason)): is the network there?")
            throw ExitCode(69)
        }
    }
}
