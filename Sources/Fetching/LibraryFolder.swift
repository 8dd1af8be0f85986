import Foundation
import IssueModel
import Settings

/// Where fetched papers are kept: `$XDG_DATA_HOME/kanbao/papers` (else `~/.local/share/kanbao/papers`),
/// a folder a paper, then `YYYY/YYYYMM/YYYYMMDD/`.
public enum LibraryFolder {
    public static func path(environment: [String: String]) -> String {
        (XDGFolder.kanbao("XDG_DATA_HOME", fallback: ".local/share", environment: environment) ?? NSHomeDirectory() + "/.local/share/kanbao")
            + "/papers"
    }

    /// What today is for `get`: `KANBAO_TODAY` (YYYY-MM-DD, noon in Beijing — to catch up as of a
    /// past day, and for tests) when it is set to a date, else now.
    public static func now(environment: [String: String]) -> Date {
        guard let text = environment["KANBAO_TODAY"], let day = PrintedDate.date(in: text),
              let date = ISO8601DateFormatter().date(from: day.iso + "T12:00:00+08:00") else { return Date() }
        return date
    }

    /// The folder of the paper with the newest day in the library (`…/papers/rmrb`), by the names
    /// of its `YYYY/YYYYMM/YYYYMMDD` folders (or `YYYYMMDD.xml` feeds); nil when it holds none.
    /// Of two papers with the same newest day, the first by name.
    public static func newestPaper(in library: String) -> String? {
        let files = FileManager.default
        func newest(_ folder: String, digits: Int) -> String? {
            ((try? files.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { name in name.prefix(digits).count == digits && name.prefix(digits).allSatisfy(\.isASCII) && name.prefix(digits).allSatisfy(\.isNumber)
                    && (name.count == digits || name.hasSuffix(".xml")) }
                .max()
        }
        var best: (day: String, paper: String)?
        for paper in ((try? files.contentsOfDirectory(atPath: library)) ?? []).sorted() where !paper.hasPrefix(".") {
            let folder = library + "/" + paper
            guard let year = newest(folder, digits: 4), let month = newest(folder + "/" + year, digits: 6),
                  let day = newest(folder + "/" + year + "/" + month, digits: 8) else { continue }
            if best == nil || String(day.prefix(8)) > best!.day { best = (String(day.prefix(8)), folder) }
        }
        return best?.paper
    }
}
