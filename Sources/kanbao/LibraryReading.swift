import Fetching
import Foundation
import Settings

/// The library as the reader opens it: plain `kanbao` reads its newest paper, and `r` on its
/// archive screen fetches the papers of `papers.toml` (else today's People's Daily) into it.
enum LibraryReading {
    /// The folder of the library's paper with the newest day; nil when the library holds none.
    static func newestPaper(environment: [String: String]) -> String? {
        LibraryFolder.newestPaper(in: LibraryFolder.path(environment: environment))
    }

    /// How `r` fetches into the archive of `roots` (real paths, as `ArchiveCommands.roots` gives
    /// them) — when it is the library or a paper of it; nil for any other archive. papers.toml is
    /// read again at each `r` (it may have changed).
    static func fetchInto(roots: [String], environment: [String: String]) -> ((_ landed: () -> Void, _ working: (String) -> Bool) -> String)? {
        let library = LibraryFolder.path(environment: environment)
        guard let real = try? ArchiveCommands.roots([library]).first,
              roots.contains(where: { $0 == real || ($0 as NSString).deletingLastPathComponent == real })
        else { return nil }
        return { landed, working in
            withoutActuallyEscaping(landed) { landed in
                withoutActuallyEscaping(working) { working in fetch(into: library, landed: landed, working: working, environment: environment) }
            }
        }
    }

    /// The papers fetched, the archive told of each day landed; what to say at the end.
    static func fetch(into library: String, landed: @escaping () -> Void, working: @escaping (String) -> Bool,
                      environment: [String: String]) -> String {
        let (papers, problems) = PapersFile.load(environment: environment) ?? (PapersFile(), [])
        if let problem = problems.first, papers.subscriptions.isEmpty { return "papers.toml: \(problem.brief)" }
        let subscriptions = papers.subscriptions.isEmpty ? Subscription.standard : papers.subscriptions
        let client = PoliteClient(pause: papers.pause ?? 0.5, userAgent: "Kanbao/\(KanbaoVersion.string) (terminal newspaper reader)")
        var fetch = LibraryFetch(client: client, library: library)
        var note = "取报 fetching"
        var new = 0, missing: [String] = []
        fetch.progress = { line in
            note = "取报 fetching " + line
            _ = working(note)
        }
        fetch.goOn = { working(note) }
        fetch.dayDone = { report in
            if report.landed {
                new += 1
                landed()
            }
            if !report.isThere { missing.append(report.line) }
        }
        do throws(LibraryFetch.NoNetwork) {
            _ = try fetch.run(LibraryFetch.jobs(subscriptions, today: LibraryFolder.now(environment: environment)))
        } catch {
            return "取报失败 no answer from \(error.site): is the network there?"
        }
        // (Pieces joined by ` — `: a narrow status line drops the last first.)
        let landedNote = new == 0 ? "取报完毕，没有新的 nothing new" : "新到\(new)期 \(new) new \(new == 1 ? "issue" : "issues")"
        let missingNote = missing.isEmpty ? [] : ["缺\(missing.count)天 \(missing.count) \(missing.count == 1 ? "day" : "days") missing", missing[0]]
        return ([landedNote] + missingNote).joined(separator: " — ")
    }
}
