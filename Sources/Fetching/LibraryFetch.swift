import Foundation
import IssueModel

/// Papers fetched into a library, a day at a time: what `kanbao get` and `r` on the library's
/// archive screen both run. Each day ends in one line (`rmrb 2026-12-02: 96 articles`), said as it
/// ends; the progress of the day under way goes to `progress`; `goOn` is asked before each request
/// and stops the whole when it says false.
public struct LibraryFetch {
    /// What to fetch: a paper of the e-paper platform on these days, or a feed as it is now.
    public enum Job: Sendable, Equatable {
        case epaper(EpaperPaper, days: [IssueDate])
        case feed(key: String, url: URL)
    }

    /// How a day ended.
    public struct DayReport: Sendable, Equatable {
        public var line: String
        /// The day is in the library (fetched now, or before).
        public var isThere: Bool
        /// The day came into the library now: the archive has a new issue (or a changed one).
        public var landed: Bool
    }

    /// No answer at all from a site: the network, its name or the host is not there.
    public struct NoNetwork: Error, Sendable {
        public let site: String
        public let reason: String
    }

    let client: PoliteClient
    let library: String
    public var progress: (String) -> Void = { _ in }
    public var goOn: () -> Bool = { true }
    public var dayDone: (DayReport) -> Void = { _ in }

    public init(client: PoliteClient, library: String) {
        self.client = client
        self.library = library
    }

    /// The jobs of subscriptions: each e-paper paper's last `days` days up to `today` (in Beijing).
    public static func jobs(_ subscriptions: [Subscription], today: Date) -> [Job] {
        subscriptions.map { subscription in
            switch subscription {
            case .epaper(let paper, let days): .epaper(paper, days: BeijingDays.last(days, upTo: today))
            case .feed(let key, let url): .feed(key: key, url: url)
            }
        }
    }

    /// Runs the jobs in order; false when some day asked for is not in the library at the end
    /// (each said), or it was stopped.
    public func run(_ jobs: [Job]) throws(NoNetwork) -> Bool {
        var complete = true
        for job in jobs {
            guard goOn() else { return false }
            switch job {
            case .epaper(let paper, let days):
                var fetch = DayFetch(client: client, library: library)
                fetch.progress = progress
                fetch.goOn = goOn
                for day in days {
                    let outcome: DayFetch.Outcome
                    do {
                        outcome = try fetch.fetch(EpaperEdition(paper, date: day))
                    } catch {
                        throw NoNetwork(site: paper.base.absoluteString, reason: error.reason)
                    }
                    let report = Self.report(paper.key, day, outcome)
                    complete = complete && report.isThere
                    dayDone(report)
                    if outcome == .stopped { return false }
                }
            case .feed(let key, let url):
                progress("\(key) …")
                let outcome: FeedFetch.Outcome
                do {
                    outcome = try FeedFetch(client: client, library: library).fetch(url, key: key)
                } catch {
                    throw NoNetwork(site: url.absoluteString, reason: error.reason)
                }
                let report = Self.report(key, outcome)
                complete = complete && report.isThere
                dayDone(report)
            }
        }
        return complete
    }

    static func report(_ key: String, _ day: IssueDate, _ outcome: DayFetch.Outcome) -> DayReport {
        let name = "\(key) \(day.iso): "
        switch outcome {
        case .fetched(let articles): return DayReport(line: name + "\(articles) articles", isThere: true, landed: true)
        case .alreadyThere: return DayReport(line: name + "already in the library", isThere: true, landed: false)
        case .refused: return DayReport(line: name + "refused by the site (403: it keeps only recent years open)", isThere: false, landed: false)
        case .missing: return DayReport(line: name + "no paper that day (404)", isThere: false, landed: false)
        case .incomplete(let failed):
            return DayReport(line: name + "\(failed.count) pages could not be fetched (\(failed.prefix(3).joined(separator: ", ")))"
                + "; the next get takes the day up again", isThere: false, landed: false)
        case .stopped: return DayReport(line: name + "stopped; the next get takes the day up again", isThere: false, landed: false)
        }
    }

    static func report(_ key: String, _ outcome: FeedFetch.Outcome) -> DayReport {
        switch outcome {
        case .fetched(let day, let articles, 0): DayReport(line: "\(key) \(day.iso): \(articles) articles", isThere: true, landed: true)
        case .fetched(let day, let articles, let missing):
            DayReport(line: "\(key) \(day.iso): \(articles) articles; \(missing) of their pages could not be fetched (the next get tries again)",
                      isThere: false, landed: true)
        case .unchanged: DayReport(line: "\(key): unchanged since the last get", isThere: true, landed: false)
        case .pagesFetched(let fetched, 0): DayReport(line: "\(key): unchanged; \(fetched) of its items' pages fetched", isThere: true, landed: true)
        case .pagesFetched(let fetched, let missing):
            DayReport(line: "\(key): unchanged; \(fetched) of its items' pages fetched, \(missing) could not be (the next get tries again)",
                      isThere: false, landed: fetched > 0)
        case .refused(let status): DayReport(line: "\(key): the site answered \(status)", isThere: false, landed: false)
        case .unreadable(let why): DayReport(line: "\(key): \(why)", isThere: false, landed: false)
        case .notWritten(let path): DayReport(line: "\(key): cannot write \(path)", isThere: false, landed: false)
        }
    }
}

extension PoliteClient.Failure {
    public var reason: String {
        switch self { case .noNetwork(let why): why }
    }
}

/// Days as Beijing counts them: the paper's day changes at midnight there, wherever its reader is.
public enum BeijingDays {
    static var calendar: Calendar {
        var beijing = Calendar(identifier: .gregorian)
        beijing.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return beijing
    }

    /// The day `offset` days from the one `now` falls on.
    public static func day(_ offset: Int, from now: Date) -> IssueDate {
        let when = calendar.date(byAdding: .day, value: offset, to: now)!
        let parts = calendar.dateComponents([.year, .month, .day], from: when)
        return IssueDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The last `count` days up to today, oldest first.
    public static func last(_ count: Int, upTo now: Date) -> [IssueDate] {
        (0..<max(1, count)).reversed().map { day(-$0, from: now) }
    }
}
