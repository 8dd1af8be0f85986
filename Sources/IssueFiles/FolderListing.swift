import Glibc
import IssueModel

/// A folder's visible entries: its regular files and its subfolders (links followed, hidden
/// entries left out), as paths under it, in name order.
public struct FolderListing: Sendable {
    public let path: String
    public let files: [String]
    public let folders: [String]

    public static func of(_ folder: String) throws(PageInputError) -> FolderListing {
        guard let directory = opendir(folder) else { throw .unreadable(folder, reason: String(cString: strerror(errno))) }
        defer { closedir(directory) }
        var files: [(name: String, path: String)] = [], folders: [(name: String, path: String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files.append((name, path))
            case S_IFDIR: folders.append((name, path))
            default: break
            }
        }
        func byName(_ entries: [(name: String, path: String)]) -> [String] {
            entries.sorted { PageOrder.precedes($0.name, $1.name) }.map(\.path)
        }
        return FolderListing(path: folder, files: byName(files), folders: byName(folders))
    }

    /// This folder and every folder under it, `depth` levels down at most (a link that loops comes to
    /// an end there), parents before their children; a subfolder that cannot be read is left out.
    public func tree(depth: Int) -> [FolderListing] {
        var out = [self]
        guard depth > 0 else { return out }
        for folder in folders {
            if let listing = try? FolderListing.of(folder) { out += listing.tree(depth: depth - 1) }
        }
        return out
    }
}
