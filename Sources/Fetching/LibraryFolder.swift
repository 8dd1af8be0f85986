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
}
