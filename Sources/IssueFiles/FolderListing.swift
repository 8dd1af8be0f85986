import Glibc
import IssueModel

/// A folder's visible entries: its regular files and its subfolders (links followed, hidden
/// entries left out), as paths under it, in name order.
public struct FolderListing: Sendable {
    public let path: String
    public let files: [String]
    /// `files`' names, without the folders.
    public let names: [String]
    /// Each of `files`' size and time of last change, as `stat` gave them while listing.
    public let stamps: [FileStamp]
    public let folders: [String]

    /// Whether `path` names a folder (links followed); `-` (standard input) never does.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// `sorted: false` leaves the files in the order the folder gives them, for a caller that
    /// orders them by something else (an archive, by date, page and article) — sorting tens of
    /// thousands of names by `PageOrder` is a good part of listing them.
    public static func of(_ folder: String, sorted: Bool = true) throws(PageInputError) -> FolderListing {
        guard let directory = opendir(folder) else { throw .unreadable(folder, reason: String(cString: strerror(errno))) }
        defer { closedir(directory) }
        var files: [(name: String, path: String, stamp: FileStamp)] = [], folders: [(name: String, path: String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            // (Relative to the open folder: no walk of the whole path for each of its files.)
            guard fstatat(dirfd(directory), name, &info, 0) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files.append((name, path, FileStamp(info)))
            case S_IFDIR: folders.append((name, path))
            default: break
            }
        }
        let sortedFiles = sorted ? files.sorted { PageOrder.precedes($0.name, $1.name) } : files
        return FolderListing(path: folder, files: sortedFiles.map(\.path), names: sortedFiles.map(\.name),
                             stamps: sortedFiles.map(\.stamp),
                             folders: folders.sorted { PageOrder.precedes($0.name, $1.name) }.map(\.path))
    }

    /// This folder and every folder under it, `depth` levels down at most (a link that loops comes to
    /// an end there), a level at a time — parents before their children — and the folders of a level
    /// listed at once on every core: listing is mostly waiting on `stat`, and an archive has hundreds
    /// of day folders. A subfolder that cannot be read is left out.
    public func tree(depth: Int, sorted: Bool = true) -> [FolderListing] {
        var out = [self], level = [self]
        for _ in 0..<depth {
            let folders = level.flatMap(\.folders)
            guard !folders.isEmpty else { break }
            level = folders.parallelMap { try? FolderListing.of($0, sorted: sorted) }.compactMap { $0 }
            out += level
        }
        return out
    }
}

/// A file's size and time of last change (nanoseconds since 1970): what tells an index that a file
/// changed since it was read.
public struct FileStamp: Sendable, Hashable {
    public let size: Int
    public let modified: Int64

    public init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    init(_ info: stat) {
        self.init(size: Int(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}
