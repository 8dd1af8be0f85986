import Foundation
import IssueModel

/// The names of an e-paper day's 版 (`第01版：要闻`) as its page lists print them, when the lists
/// are saved beside the article pages: `nbs.D110000renmrb_01.htm` in the article's own folder
/// (before December 2024), `…/pc/layout/YYYYMM/DD/node_01.html` for `…/pc/content/YYYYMM/DD/`
/// (after), or `node_01.html` in the same folder (a library's day, `kanbao get`). Each list is read
/// once a run.
enum PageListNames {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: String?] = [:]

    /// `要闻` for page `number` of the article page at `path`; nil when no list is saved beside it.
    static func name(ofPage number: Int, besideArticle path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let two = number < 10 ? "0\(number)" : "\(number)"
        // (In a library, a day's pages are kept in one folder: its lists beside its articles.)
        var lists = [folder + "/nbs.D110000renmrb_\(two).htm", folder + "/node_\(two).html"]
        if folder.contains("/content/") { lists.append(folder.replacingOccurrences(of: "/content/", with: "/layout/") + "/node_\(two).html") }
        for list in lists {
            if let name = name(in: list, page: two) { return name }
        }
        return nil
    }

    private static func name(in list: String, page: String) -> String? {
        if let cached = lock.withLock({ known[list] }) { return cached }
        var found: String?
        if let bytes = try? PageSource.readBytes(path: list), let tree = try? MarkupBytes.html(bytes, name: list),
           let range = tree.textContent.range(of: "第\\s*0*" + String(Int(page)!) + "\\s*版\\s*[：:]\\s*[^\\s<]+", options: .regularExpression) {
            let label = tree.textContent[range]
            found = label.split(whereSeparator: { $0 == "：" || $0 == ":" }).dropFirst().first.map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        lock.withLock { known[list] = .some(found) }
        return found
    }
}
