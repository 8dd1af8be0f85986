import Dispatch
import Glibc
import IssueFiles
import IssueModel

/// An archive searched, for whoever asks — the command line and the reader alike: counts and
/// matches of a query, through the index when one can be kept and by reading every file when not,
/// with the same answer either way. It keeps the index's story to itself: a cache folder that
/// cannot be made or written, a full disk (`IndexRoom`), an index of another version or damaged
/// (removed, built again, the answer from the files meanwhile) — each said once through `warn`.
public struct ArchiveSearcher: Sendable {
    /// The archive's folders, by their real paths: they name its index.
    public let roots: [String]
    /// Where indexes are kept (`$XDG_CACHE_HOME/kanbao`); nil: nowhere, every search reads the files.
    public let cacheFolder: String?
    /// Reads a file's text, decoded.
    public let text: @Sendable (String) throws(PageInputError) -> String

    public init(roots: [String], cacheFolder: String?, text: @escaping @Sendable (String) throws(PageInputError) -> String) {
        self.roots = roots
        self.cacheFolder = cacheFolder
        self.text = text
    }

    /// Files read of files to read; false stops the search.
    public typealias GoOn = (_ done: Int, _ total: Int) -> Bool

    /// The archive's index, brought up to date with `catalog` (`progress` hears files read of files
    /// to read); nil when none can be kept — said once.
    public func index(for catalog: ArchiveCatalog, warn: (String) -> Void, progress: (Int, Int) -> Void = { _, _ in }) -> ArchiveIndex? {
        guard let folder = cacheFolder else {
            warn("no cache folder (neither XDG_CACHE_HOME nor HOME is set): searching without an index")
            return nil
        }
        let needed = IndexRoom.needed(forFiles: catalog.byteCount)
        if let reason = IndexRoom.waiting(cacheFolder: folder, roots: roots, needed: needed) {
            warn("the search index cannot be kept in \(folder) (\(reason)): searching without it")
            return nil
        }
        for attempt in 0..<2 {
            do {
                if let code = FolderMaking.make(folder, mode: 0o700) { throw SQLiteError(code: 14, message: String(cString: strerror(code))) }
                let index = try ArchiveIndex(cacheFolder: folder, roots: roots)
                let update = try index.update(catalog, text: text, progress: progress)
                index.keep(catalog.note)
                for problem in update.unreadable { warn("skipped \(problem)") }
                IndexRoom.clear(cacheFolder: folder, roots: roots)
                return index
            } catch let error as SQLiteError where error.isDamage && attempt == 0 {
                // A damaged cache (or one of another version) is only a cache: it goes, and is built again.
                warn(error.isOtherVersion ? "the search index in \(folder) was made by another version of Kanbao: building it again"
                     : "the search index in \(folder) was damaged (\(error)): building it again")
                ArchiveIndex.remove(cacheFolder: folder, roots: roots)
            } catch let error as SQLiteError where error.isFull {
                // Nothing of it left behind, and not tried again until the disk has room.
                IndexRoom.full(cacheFolder: folder, roots: roots)
                warn("the search index cannot be kept in \(folder) (\(error)): searching without it, and building it again once the disk has \(needed >> 20) MB free")
                return nil
            } catch {
                warn("the search index cannot be kept in \(folder) (\(error)): searching without it")
                return nil
            }
        }
        return nil
    }

    /// Matches per issue date, in date order: counted in `index`, else (none, or it failed) by
    /// reading every file, `goOn` hearing how far. Nil when `goOn` stopped it.
    public func counts(_ query: ArchiveQuery, catalog: ArchiveCatalog, index: ArchiveIndex?, warn: (String) -> Void,
                       goOn: GoOn = { _, _ in true }) -> [(date: String, count: Int)]? {
        if let index {
            do {
                return try ArchiveSearch.counts(query, index: index, text: text)
            } catch {
                failed(error, warn: warn)
            }
        }
        return ArchiveSearch.countsReading(query, catalog: catalog, text: text, goOn: goOn)
    }

    /// Every match, in date, 版, article and text order, to `each`: from `index`, else by reading
    /// every file. False when `goOn` stopped it.
    @discardableResult
    public func matches(_ query: ArchiveQuery, catalog: ArchiveCatalog, index: ArchiveIndex?, warn: (String) -> Void,
                        goOn: GoOn = { _, _ in true }, each: (ArchiveSearch.Match) -> Void) -> Bool {
        if let index {
            // (Matches are gathered before any is given: a failure part of the way gives none.)
            do {
                try ArchiveSearch.matches(query, index: index, text: text, each: each)
                return true
            } catch {
                failed(error, warn: warn)
            }
        }
        return ArchiveSearch.matchesReading(query, catalog: catalog, text: text, goOn: goOn, each: each)
    }

    /// A search through the index that failed: a damaged index goes, to be built again by the next
    /// search (this one reads the files).
    private func failed(_ error: SQLiteError, warn: (String) -> Void) {
        guard error.isDamage, let folder = cacheFolder else {
            warn("the search index failed (\(error)); searching without it")
            return
        }
        ArchiveIndex.remove(cacheFolder: folder, roots: roots)
        warn("the search index in \(folder) was damaged (\(error)): answering from the files, and building it again at the next search")
    }

    /// Keeps `note` with the index, when the index is of its files (it was found up to date with
    /// them); a note that cannot be kept is no harm: the next search lists every file.
    public func keep(_ note: ListingNote) {
        guard let folder = cacheFolder, access(ArchiveIndex.file(cacheFolder: folder, roots: roots), W_OK) == 0,
              let index = try? ArchiveIndex(cacheFolder: folder, roots: roots, creating: false),
              (try? index.builtFingerprint) == note.fingerprint else { return }
        index.keep(note)
    }

    /// The note of the listing the index was last brought up to date with (`ListingNote`), if any
    /// (the index's own fingerprint is for the caller to hold it against).
    public func listingNote() -> ListingNote? {
        cacheFolder.flatMap { ArchiveIndex.listingNote(cacheFolder: $0, roots: roots) }
    }

    /// The counts of `query` in the index as it stands, begun at once on another thread while the
    /// caller checks or lists the archive: good only if the index was built for exactly its files.
    public func earlyCount(_ query: ArchiveQuery, mark: @escaping @Sendable (String) -> Void = { _ in }) -> EarlyCount {
        EarlyCount(query, searcher: self, mark: mark)
    }
}

/// A count made from the index as it stands, on another thread, while the archive is checked: the
/// answer is taken if the index was built for exactly the files there — the files listed have its
/// fingerprint, or the folders are as the listing behind it found them (`ListingNote`) and every
/// file counted in is as it was indexed.
public final class EarlyCount: @unchecked Sendable {
    private let group = DispatchGroup()
    private var counts: [(date: String, count: Int)]?
    private var counted = CountedFiles()
    private var fingerprint: UInt64?
    private let mark: @Sendable (String) -> Void

    init(_ query: ArchiveQuery, searcher: ArchiveSearcher, mark: @escaping @Sendable (String) -> Void) {
        self.mark = mark
        guard let folder = searcher.cacheFolder,
              access(ArchiveIndex.file(cacheFolder: folder, roots: searcher.roots), R_OK) == 0 else { return }
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { group.leave() }
            guard let index = try? ArchiveIndex(cacheFolder: folder, roots: searcher.roots, creating: false),
                  let built = try? index.builtFingerprint else { return }
            mark("index opened")
            var counted = CountedFiles()
            counts = try? ArchiveSearch.counts(query, index: index, text: searcher.text, counted: { counted.add($0, $1) })
            self.counted = counted
            fingerprint = built
            mark("counted in the index")
        }
    }

    /// The counts, if the index was up to date with `catalog`.
    public func answer(for catalog: ArchiveCatalog) -> [(date: String, count: Int)]? {
        group.wait()
        guard let fingerprint, fingerprint == catalog.fingerprint else { return nil }
        return counts
    }

    /// The counts, if the index was built for the listing `note` is of, the archive's folders are
    /// as that listing found them, and every file counted in is as it was indexed.
    public func answer(unlisted note: ListingNote) -> [(date: String, count: Int)]? {
        guard note.isCurrent() else { return nil }
        mark("folders as listed: \(note.entries.count)")
        group.wait()
        guard let fingerprint, fingerprint == note.fingerprint, let counts, counted.areAsIndexed(mark: mark) else { return nil }
        return counts
    }
}

/// The files an answer from the index came from, each once, with its stamp as indexed: the answer
/// holds only if each is so still (a file written over in place changes no folder).
public struct CountedFiles: Sendable {
    private var files: [(path: String, stamp: FileStamp)] = []
    private var seen = Set<String>()

    public init() {}

    public mutating func add(_ path: String, _ stamp: FileStamp) {
        if seen.insert(path).inserted { files.append((path, stamp)) }
    }

    /// Whether every file is as indexed (`stat`ed on every core); `mark` hears how many, if so.
    public func areAsIndexed(mark: (String) -> Void) -> Bool {
        guard FileStamp.allCurrent(files) else { return false }
        mark("files counted in as indexed: \(files.count)")
        return true
    }
}
