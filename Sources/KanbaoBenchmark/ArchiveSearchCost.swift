import Archive
import Foundation
import IssueFiles
import IssueModel

/// The archive's index and search through the real `kanbao`: on a tree of crawler files (the seed's
/// articles, `OpeningFolders.writeTree`), the first `--search 工会 --count` (which builds the index:
/// its rate in MB/s of files read), then the same search warm (best of 3) and `grep -rcF 工会` on the
/// same tree (best of 3), and the index's size — at 1,000 to 16,000 files; and the same count in
/// this process through the library's façade (`ArchiveSearcher`, the index warm), without the
/// process's start.
struct ArchiveSearchCost {
    let files: Int
    var megabytes = 0.0
    var buildSeconds = 0.0, searchSeconds = Double.infinity, grepSeconds = Double.infinity, indexMB = 0.0
    var facadeSeconds = Double.infinity

    init?(files: Int) {
        self.files = files
        guard let root = OpeningFolders.writeTree(files: files, name: "kanbao-archive-\(files)") else { return nil }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-archive-cache-\(files)")
        try? FileManager.default.removeItem(at: cache)
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: cache)
        }
        setenv("XDG_CACHE_HOME", cache.path, 1)
        megabytes = Double(Self.size(of: root)) / 1_000_000
        buildSeconds = OpeningCost.run(["--search", "工会", "--count", root.path]).seconds
        for _ in 0..<3 {
            searchSeconds = min(searchSeconds, OpeningCost.run(["--search", "工会", "--count", root.path]).seconds)
            grepSeconds = min(grepSeconds, OpeningCost.run(["-rcF", "工会", root.path], executable: "/usr/bin/grep").seconds)
        }
        indexMB = Double(Self.size(of: cache)) / 1_000_000
        let searcher = ArchiveSearcher(roots: [root.resolvingSymlinksInPath().path], cacheFolder: cache.path + "/kanbao") { path throws(PageInputError) in
            try PageSource.decodedText(path: path)
        }
        for _ in 0..<3 {
            var answer = 0
            facadeSeconds = min(facadeSeconds, best(1) {
                guard let catalog = try? ArchiveCatalog.of(searcher.roots) else { return }
                let index = searcher.index(for: catalog, warn: { _ in })
                answer = searcher.counts(ArchiveQuery("工会"), catalog: catalog, index: index, warn: { _ in })?.reduce(0) { $0 + $1.count } ?? 0
            })
            precondition(answer > 0)
        }
    }

    static func size(of folder: URL) -> Int {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])?.allObjects as? [URL] ?? []
        return files.reduce(0) { $0 + (((try? $1.resourceValues(forKeys: [.fileSizeKey]))?.fileSize) ?? 0) }
    }
}
