import ArgumentParser
import Fetching
import Foundation
import IssueModel
import Settings

/// `kanbao get rmrb [DATE | FROM..TO]`: People's Daily from its e-paper site into the library, a
/// day at a time, politely; one line per day at the end, and an exit status that says whether
/// every day asked for is there.
struct Get: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kanbao get",
        abstract: "Fetch the paper from its e-paper site into the library (rmrb: People's Daily).",
        discussion: """
            DATE is YYYY-MM-DD, today (the default, in Beijing) or yesterday; FROM..TO a range. The library is \
            $XDG_DATA_HOME/kanbao/papers (else ~/.local/share/kanbao/papers) or --into DIR: rmrb/YYYY/YYYYMM/YYYYMMDD/ \
            holds a day's pages as the site serves them, and opens as an archive (kanbao DIR/rmrb).

            One request at a time, --pause seconds apart; Retry-After honoured; three retries on a dropped \
            connection; a day is renamed into place only when every page of it is there, and a day in place is \
            never asked for again. Exit status: 0 every day asked for is in the library, 1 some are not (each \
            named), 69 no network.
            """)

    @Argument(help: "The paper: rmrb (People's Daily), or a feed's URL (RSS or Atom).")
    var paper: String

    @Argument(help: ArgumentHelp("YYYY-MM-DD, today, yesterday, or FROM..TO.", valueName: "date"))
    var dates: String = "today"

    @Option(help: ArgumentHelp("The site's root (a mirror).", valueName: "URL"))
    var base: String = "https://paper.people.com.cn"

    @Option(help: ArgumentHelp("The library to fetch into.", valueName: "dir"))
    var into: String?

    @Option(help: ArgumentHelp("Seconds between two requests to the site.", valueName: "seconds"))
    var pause: Double = 0.5

    func validate() throws {
        if let url = URL(string: paper), ["http", "https"].contains(url.scheme ?? "") { return }
        guard paper == "rmrb" else { throw ValidationError("kanbao get knows rmrb (People's Daily) and feeds' URLs, not \"\(paper)\".") }
        guard Self.days(dates) != nil else { throw ValidationError("\"\(dates)\" is no date: YYYY-MM-DD, today, yesterday or FROM..TO.") }
        guard URL(string: base)?.scheme.map({ ["http", "https"].contains($0) }) == true else { throw ValidationError("--base \(base) is no http(s) URL.") }
        guard pause >= 0 else { throw ValidationError("--pause cannot be negative.") }
    }

    /// The days of `text`, in order; nil when it names none.
    static func days(_ text: String, today: Date = Date()) -> [IssueDate]? {
        var beijing = Calendar(identifier: .gregorian)
        beijing.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        func day(_ word: Substring) -> IssueDate? {
            switch word {
            case "today", "yesterday":
                let when = beijing.date(byAdding: .day, value: word == "today" ? 0 : -1, to: today)!
                let parts = beijing.dateComponents([.year, .month, .day], from: when)
                return IssueDate(year: parts.year!, month: parts.month!, day: parts.day!)
            default:
                guard word.count == 10, let date = PrintedDate.date(in: String(word)) else { return nil }
                return date
            }
        }
        let ends = text.components(separatedBy: "..")
        guard (1...2).contains(ends.count), let first = day(Substring(ends[0])), let last = day(Substring(ends[ends.count - 1])), first <= last
        else { return nil }
        var days = [first]
        while let next = days.last.flatMap(Self.dayAfter), next <= last, days.count < 3660 { days.append(next) }
        return days
    }

    static func dayAfter(_ date: IssueDate) -> IssueDate? {
        IssueDate(year: date.year, month: date.month, day: date.day + 1) ?? IssueDate(year: date.year, month: date.month + 1, day: 1)
            ?? IssueDate(year: date.year + 1, month: 1, day: 1)
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
        let library = into ?? ((XDGFolder.kanbao("XDG_DATA_HOME", fallback: ".local/share", environment: environment)
            ?? NSHomeDirectory() + "/.local/share/kanbao") + "/papers")
        let client = PoliteClient(pause: pause, userAgent: "Kanbao/\(KanbaoVersion.string) (terminal newspaper reader)")
        if let feed = URL(string: paper), ["http", "https"].contains(feed.scheme ?? "") {
            return try FeedFetch.run(feed, client: client, library: library)
        }
        var fetch = DayFetch(client: client, base: URL(string: base)!, library: library)
        let terminal = isatty(STDERR_FILENO) != 0
        fetch.progress = { line in if terminal { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) } }
        var missing = 0
        for day in Self.days(dates) ?? [] {
            let outcome: DayFetch.Outcome
            do {
                outcome = try fetch.fetch(EpaperEdition(date: day))
            } catch {
                if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                Diagnostics.printLine("kanbao: get: no answer from \(base) (\(Self.reason(error))): is the network there?")
                throw ExitCode(69)
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            let line: String
            switch outcome {
            case .fetched(let articles): line = "rmrb \(day.iso): \(articles) articles"
            case .alreadyThere: line = "rmrb \(day.iso): already in the library"
            case .refused: line = "rmrb \(day.iso): refused by the site (403: it keeps only recent years open)"; missing += 1
            case .missing: line = "rmrb \(day.iso): no paper that day (404)"; missing += 1
            case .incomplete(let failed):
                line = "rmrb \(day.iso): \(failed.count) pages could not be fetched (\(failed.prefix(3).joined(separator: ", ")))"
                    + "; the next get takes the day up again"
                missing += 1
            }
            Diagnostics.printLine(line)
        }
        if missing > 0 { throw ExitCode(1) }
    }

    static func reason(_ error: PoliteClient.Failure) -> String {
        switch error { case .noNetwork(let why): why }
    }
}
