import Glibc
import IssueModel

/// A folder's visible entries: its regular files and its subfolders (links followed, hidden
/// entries left out), as paths under it, in name order. Names are kept as their bytes are
/// (`FileNameBytes`), so a folder named in GBK is listed, opened and read like any other; what is
/// neither a file nor a folder (a FIFO, a socket, a device, a broken link) is passed over, and said.
public struct FolderListing: Sendable {
    public let path: String
    public private(set) var files: [String]
    /// `files`' names, without the folders.
    public private(set) var names: [String]
    /// Each of `files`' size and time of last change, as `stat` gave them while listing.
    public private(set) var stamps: [FileStamp]
    /// Each of `files`' device and inode, and whether its entry is a symbolic link.
    private(set) var identities: [FileIdentity]
    private(set) var linked: [Bool]
    /// Whether any of `files` may be a second name for a file: a link, or a file of several hard links.
    private(set) var mayRepeat: Bool
    public let folders: [String]
    /// The folders' devices and inodes, and whether each entry is a link.
    let folderIdentities: [FileIdentity]
    let folderLinked: [Bool]
    /// The folders' stamps, as their entries gave them (for one that cannot be listed).
    let folderStamps: [EntryStamp]
    /// This folder's entries left out, each with its reason.
    public private(set) var passedOver: [PassedOver]
    /// The folder's own device and inode.
    let identity: FileIdentity
    /// The folder's own stamp, taken before its entries were read: a file added, removed or
    /// renamed in it since changes it (`ListingNote`).
    public let stamp: EntryStamp

    /// Whether `path` names a folder (links followed); `-` (standard input) never does.
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return path != "-" && FileNameBytes.withCString(path) { stat($0, &info) } == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// `sorted: false` leaves the files in the order the folder gives them, for a caller that
    /// orders them by something else (an archive, by date, page and article) — sorting tens of
    /// thousands of names by `PageOrder` is a good part of listing them.
    public static func of(_ folder: String, sorted: Bool = true) throws(PageInputError) -> FolderListing {
        guard let directory = FileNameBytes.withCString(folder, { opendir($0) }) else {
            throw .unreadable(folder, reason: String(cString: strerror(errno)))
        }
        defer { closedir(directory) }
        var own = stat()
        fstat(dirfd(directory), &own)
        typealias Entry = (name: String, path: String, stamp: FileStamp, identity: FileIdentity, linked: Bool, entry: EntryStamp)
        var files: [Entry] = [], folders: [Entry] = [], passedOver: [PassedOver] = [], mayRepeat = false
        while let entry = readdir(directory) {
            var info = stat()
            // (Relative to the open folder, by the name's own bytes: no walk of the whole path.)
            let (name, found) = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> (String, Bool) in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                guard length > 0, bytes[0] != UInt8(ascii: ".") else { return ("", false) }
                let name = FileNameBytes.string(UnsafeBufferPointer(rebasing: bytes[..<length]))
                return (name, fstatat(dirfd(directory), raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info, 0) == 0)
            }
            guard !name.isEmpty else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let linked = entry.pointee.d_type == UInt8(DT_LNK)
            guard found else {
                passedOver.append(PassedOver(path: path, reason: linked ? "a link to nothing (\(String(cString: strerror(errno))))"
                                                                       : String(cString: strerror(errno))))
                continue
            }
            let identity = FileIdentity(info)
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                files.append((name, path, FileStamp(info), identity, linked, EntryStamp(info)))
                if linked || info.st_nlink > 1 { mayRepeat = true }
            case S_IFDIR: folders.append((name, path, FileStamp(info), identity, linked, EntryStamp(info)))
            case S_IFIFO: passedOver.append(PassedOver(path: path, reason: "a FIFO, not a file"))
            case S_IFSOCK: passedOver.append(PassedOver(path: path, reason: "a socket, not a file"))
            default: passedOver.append(PassedOver(path: path, reason: "a device, not a file"))
            }
        }
        let sortedFiles = sorted ? files.sorted { PageOrder.precedes($0.name, $1.name) } : files
        let sortedFolders = folders.sorted { PageOrder.precedes($0.name, $1.name) }
        return FolderListing(path: folder, files: sortedFiles.map(\.path), names: sortedFiles.map(\.name),
                             stamps: sortedFiles.map(\.stamp), identities: sortedFiles.map(\.identity), linked: sortedFiles.map(\.linked),
                             mayRepeat: mayRepeat,
                             folders: sortedFolders.map(\.path), folderIdentities: sortedFolders.map(\.identity),
                             folderLinked: sortedFolders.map(\.linked), folderStamps: sortedFolders.map(\.entry), passedOver: passedOver,
                             identity: FileIdentity(own), stamp: EntryStamp(own))
    }

    /// This folder and every folder under it, `depth` levels down at most, a level at a time —
    /// parents before their children — and the folders of a level listed at once on every core:
    /// listing is mostly waiting on `stat`, and an archive has hundreds of day folders.
    ///
    /// Each folder is visited once, by its device and inode: a link back up the tree (a loop) or a
    /// second way to a folder already listed (`latest -> 20190228`) is passed over, and so is a
    /// second name for a file already listed (a link, a hard link) — the entry that is no link,
    /// else the first by name, is the one kept. A subfolder that cannot be read is passed over.
    /// Each of these is said once in `passedOver`.
    public func tree(depth: Int, sorted: Bool = true) -> FolderTree {
        var listings = [self], level = [self]
        var seen: [FileIdentity: String] = [identity: path]
        // (A link to a folder above this one leads back into it: a loop as well.)
        let above = ancestors()
        var passedOver = passedOver, unlisted: [WatchedEntry] = []
        for _ in 0..<depth {
            var next: [String] = [], nextStamps: [EntryStamp] = []
            let candidates = level.flatMap { listing in listing.folders.indices.map {
                (path: listing.folders[$0], identity: listing.folderIdentities[$0], linked: listing.folderLinked[$0], stamp: listing.folderStamps[$0])
            } }.sorted { Self.preferred(($0.linked, $0.path), over: ($1.linked, $1.path)) }
            for folder in candidates {
                if above.contains(folder.identity) {
                    passedOver.append(PassedOver(path: folder.path, reason: "a link to a folder above \(path) (a loop), not read"))
                    continue
                }
                if let first = seen[folder.identity] {
                    let loops = folder.path.hasPrefix(first.hasSuffix("/") ? first : first + "/")
                    passedOver.append(PassedOver(path: folder.path, reason: loops ? "a link back to \(first) (a loop), read once"
                                                                                   : "the same folder as \(first), read once"))
                    continue
                }
                seen[folder.identity] = folder.path
                next.append(folder.path)
                nextStamps.append(folder.stamp)
            }
            guard !next.isEmpty else { break }
            let listed = next.parallelMap { path -> Result<FolderListing, PageInputError> in
                do throws(PageInputError) { return .success(try FolderListing.of(path, sorted: sorted)) } catch { return .failure(error) }
            }
            level = []
            for ((path, outcome), stamp) in zip(zip(next, listed), nextStamps) {
                switch outcome {
                case .success(let listing):
                    level.append(listing)
                    passedOver += listing.passedOver
                case .failure(let error):
                    let reason = if case .unreadable(_, let reason) = error { reason } else { "\(error)" }
                    passedOver.append(PassedOver(path: path, reason: "a folder that cannot be read (\(reason))"))
                    // (Made readable, its entry's time of status change tells.)
                    unlisted.append(WatchedEntry(path: path, stamp: stamp))
                }
            }
            listings += level
        }
        let watched = listings.map { WatchedEntry(path: $0.path, stamp: $0.stamp) } + unlisted
        return FolderTree(listings: Self.withoutSecondNames(listings, passedOver: &passedOver), passedOver: passedOver, watched: watched)
    }

    /// Of two names for one thing, the one kept: the entry that is no link, else the first by path.
    private static func preferred(_ one: (linked: Bool, path: String), over other: (linked: Bool, path: String)) -> Bool {
        (one.linked ? 1 : 0, one.path) < (other.linked ? 1 : 0, other.path)
    }

    /// The folders above this one, to the root, by identity: `path/..`, `path/../..`, ….
    private func ancestors() -> Set<FileIdentity> {
        var found: Set<FileIdentity> = [], up = path, info = stat()
        for _ in 0..<64 {
            up += up.hasSuffix("/") ? ".." : "/.."
            guard FileNameBytes.withCString(up, { stat($0, &info) }) == 0 else { break }
            let identity = FileIdentity(info)
            if identity == self.identity || !found.insert(identity).inserted { break }
        }
        return found
    }

    /// The listings with each file once: a file seen under two names keeps the one that is no link
    /// (else the first by path), and the other is passed over.
    /// (Only when some entry is a link or has several hard links can a file have two names: the
    /// folders are each listed once. An archive of plain files is not hashed file by file.)
    private static func withoutSecondNames(_ listings: [FolderListing], passedOver: inout [PassedOver]) -> [FolderListing] {
        guard listings.contains(where: \.mayRepeat) else { return listings }
        var kept: [FileIdentity: (linked: Bool, path: String)] = [:], twice = false
        for listing in listings {
            for index in listing.files.indices {
                let candidate = (linked: listing.linked[index], path: listing.files[index])
                if let held = kept[listing.identities[index]] {
                    twice = true
                    if preferred(candidate, over: held) { kept[listing.identities[index]] = candidate }
                } else {
                    kept[listing.identities[index]] = candidate
                }
            }
        }
        guard twice else { return listings }
        let first = kept
        return listings.map { listing in
            var listing = listing
            let keep = listing.files.indices.filter { first[listing.identities[$0]]?.path == listing.files[$0] }
            guard keep.count < listing.files.count else { return listing }
            let kept = Set(keep)
            for index in listing.files.indices where !kept.contains(index) {
                passedOver.append(PassedOver(path: listing.files[index], reason: "the same file as \(first[listing.identities[index]]?.path ?? ""), read once"))
            }
            listing.files = keep.map { listing.files[$0] }
            listing.names = keep.map { listing.names[$0] }
            listing.stamps = keep.map { listing.stamps[$0] }
            listing.identities = keep.map { listing.identities[$0] }
            listing.linked = keep.map { listing.linked[$0] }
            return listing
        }
    }
}

/// A folder and the folders under it, each once, and what was passed over on the way.
public struct FolderTree: Sendable {
    public var listings: [FolderListing]
    public var passedOver: [PassedOver]
    /// Every folder listed (its stamp from before its listing), and every one that could not be:
    /// what tells, without listing again, that a listing now would find the same entries.
    public var watched: [WatchedEntry]
}

/// A file's or folder's device and inode: the same two are the same thing, whatever its name.
struct FileIdentity: Sendable, Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
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
