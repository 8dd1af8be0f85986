import Foundation

/// The archive's index and search through the real `kanbao`: on a tree of crawler files (the seed's
/// articles, `OpeningFolders.writeTree`), the first `--search 工会 --count` (which builds the index:
/// its rate in MB/s of files read), then the same search warm (best of 3) and `grep -rcF 工会` on the
/// same tree (best of 3), and the index's size — at 1,000 to 16,000 files.
struct ArchiveSearchCost {
    let files: Int
    var megabytes = 0.0
    var buildSeconds = 0.0, searchSeconds = Double.infinity, grepSeconds = Double.infinity, indexMB = 0.0

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
    }

    static func size(of folder: URL) -> Int {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.fileSizeKey])?.allObjects as? [URL] ?? []
        return files.reduce(0) { $0 + (((try? $1.resourceValues(forKeys: [.fileSizeKey]))?.fileSize) ?? 0) }
    }
}
