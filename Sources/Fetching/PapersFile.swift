import Foundation
import Settings

/// `papers.toml` in the config folder: what plain `kanbao get` fetches, a table a paper, named by
/// its folder in the library. The same TOML and the same messages as the config: a syntax error
/// loses the file, a bad setting loses only its paper.
///
///     pause = 0.5                  # seconds between two requests to a site
///     [rmrb]                       # People's Daily from its e-paper site
///     days = 7                     # today and the six days before
///     [hwb]                        # another paper of the same platform: where its pages stand
///     site = "https://paper.people.com.cn"
///     folder = "rmrbhwb"           # its folder on the site
///     stem = "D110000rmrbhwb"      # its 版 lists' names before December 2024 (nbs.STEM_01.htm)
///     [news]
///     url = "https://example.org/feed.xml"   # a feed (RSS or Atom), fetched as it is now
public struct PapersFile: Sendable {
    public var subscriptions: [Subscription] = []
    /// Seconds between two requests to a site; nil: the default.
    public var pause: Double?

    public init() {}

    public static func path(environment: [String: String]) -> String? {
        Config.folder(environment: environment).map { $0 + "/papers.toml" }
    }

    /// The file, if it is there (nil when it is not), and what was wrong in it.
    public static func load(environment: [String: String]) -> (PapersFile, [SettingsMessage])? {
        guard let path = path(environment: environment), let data = FileManager.default.contents(atPath: path) else { return nil }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> (PapersFile, [SettingsMessage]) {
        var papers = PapersFile()
        let reading: SettingsFileReading
        do {
            reading = try SettingsFileReading(text, file: file)
        } catch {
            return (papers, [error])
        }
        let problem = reading.problem
        // Papers in the file's order: the order `get` fetches them in.
        let order = reading.table.keys.sorted { (reading.line(of: [$0]) ?? 0, $0) < (reading.line(of: [$1]) ?? 0, $1) }
        for key in order {
            let value = reading.table[key]!
            switch (key, value) {
            case ("pause", .integer(let seconds)) where (0...60).contains(seconds): papers.pause = Double(seconds)
            case ("pause", .float(let seconds)) where (0...60).contains(seconds): papers.pause = seconds
            case ("pause", _): problem("pause must be a number of seconds from 0 to 60", [key])
            case (_, .table(let settings)):
                if let subscription = subscription(key, settings, problem: { problem($0, [key] + $1) }) { papers.subscriptions.append(subscription) }
            default: problem("unknown setting \"\(key)\" (a paper is a table: [\(key)])", [key])
            }
        }
        return (papers, reading.problems)
    }

    /// The paper of `[key]`; nil (and the problem said) when it cannot be fetched as written.
    static func subscription(_ key: String, _ settings: [String: SettingsValue], problem: (String, [String]) -> Void) -> Subscription? {
        guard Subscription.isUsable(key: key) else {
            problem("[\(key)]: a paper's name is its folder in the library: letters, digits, ., _ and - only", [])
            return nil
        }
        func string(_ name: String) -> String?? {
            switch settings[name] {
            case nil: return .some(nil)
            case .string(let text)?: return .some(text)
            case let other?:
                problem("\(name) must be a string, not \(other.kind)", [name])
                return nil
            }
        }
        func web(_ text: String, _ name: String) -> URL? {
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                problem("\(name) must be an http(s) URL, not \"\(text)\"", [name])
                return nil
            }
            return url
        }
        for name in settings.keys.sorted() where !["days", "site", "folder", "stem", "url"].contains(name) {
            problem("unknown setting \"\(name)\" (settings: days, site, folder, stem; url for a feed)", [name])
        }
        guard let url = string("url"), let site = string("site"), let folder = string("folder"), let stem = string("stem") else { return nil }
        if let url {
            if settings["days"] != nil || site != nil || folder != nil || stem != nil {
                problem("[\(key)] has a url: a feed, fetched as it is now (days, site, folder and stem are for e-paper)", [])
            }
            return web(url, "url").map { .feed(key: key, url: $0) }
        }
        var days = 1
        switch settings["days"] {
        case nil: break
        case .integer(let count)? where (1...366).contains(count): days = count
        case _?:
            problem("days must be a whole number from 1 to 366", ["days"])
            return nil
        }
        let standard = EpaperPaper.peoplesDaily
        guard let stem = stem ?? (key == standard.key ? standard.stem : nil) else {
            problem("[\(key)] needs the stem of its page names (stem = \"D110000renmrb\" for nbs.D110000renmrb_01.htm), or a url for a feed", [])
            return nil
        }
        guard let base = site.map({ web($0, "site") }) ?? standard.base else { return nil }
        return .epaper(EpaperPaper(key: key, base: base, folder: folder ?? key, stem: stem), days: days)
    }
}
