import Dispatch
import Foundation
import Glibc
import IssueModel

/// What `stat` says of a folder or file that changes with it: device and inode (replaced), size,
/// time of last change of its content and of its status (a folder's change with every entry added,
/// removed or renamed in it, and with its permissions).
public struct EntryStamp: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
    public let size: Int64
    public let modified: Int64
    public let changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        (self.device, self.inode, self.size, self.modified, self.changed) = (device, inode, size, modified, changed)
    }

    init(_ info: stat) {
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                  changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
    }

    /// The stamp of `path` now (links followed); nil when it is not there.
    public static func of(_ path: String) -> EntryStamp? {
        var info = stat()
        return FileNameBytes.withCString(path, { stat($0, &info) }) == 0 ? EntryStamp(info) : nil
    }

    /// A stamp no entry has: an entry noted with it is listed again at the next search.
    static let unsure = EntryStamp(device: 0, inode: 0, size: -1, modified: -1, changed: -1)
}

/// A folder or file whose stamp tells whether the archive changed.
public struct WatchedEntry: Sendable, Hashable {
    public let path: String
    public let stamp: EntryStamp
    /// For a file read for its dates, its dated articles as they were read (a later listing takes
    /// them again while the file's stamp is the same: a PDF is a second's reading, not a `stat`).
    public let articles: [ArticleRun]?

    public init(path: String, stamp: EntryStamp, articles: [ArticleRun]? = nil) {
        (self.path, self.stamp, self.articles) = (path, stamp, articles)
    }
}

/// Articles of a file, one after another, of one date and 版: `count` of them from number `first`.
public struct ArticleRun: Sendable, Hashable {
    public let date: IssueDate
    public let page: Int
    public let first: Int
    public let count: Int

    /// Each (date, 版, number), in order, as runs.
    static func runs(_ articles: [(date: IssueDate, page: Int, article: Int)]) -> [ArticleRun] {
        var runs: [ArticleRun] = []
        for article in articles {
            if let last = runs.last, last.date == article.date, last.page == article.page, last.first + last.count == article.article {
                runs[runs.count - 1] = ArticleRun(date: last.date, page: last.page, first: last.first, count: last.count + 1)
            } else {
                runs.append(ArticleRun(date: article.date, page: article.page, first: article.article, count: 1))
            }
        }
        return runs
    }
}

/// What a listing of the archive found, kept beside its index, so that a search can tell with a
/// `stat` of each folder — not of each file — that listing again would find the same files:
/// every folder listed (a file added, removed or renamed in it changes the folder's times), every
/// file named or read for its dates (records, Markdown: an edit changes what they hold), the
/// fingerprint of the files found, and what was passed over (said again as a listing says it).
///
/// A folder changed within `settling` of the listing is noted as unsure — listed again next time:
/// a file system keeps times to a clock tick, so a file added in the same tick, just after the
/// folder was read, would leave its time as it was.
///
/// Not seen this way: a file edited in place (written into, not replaced), which changes no
/// folder. Search checks the files it counts in (`EarlyCount`), so a count never comes from text
/// a file no longer holds; a note is trusted for `trustedFor` after its listing, so a word written
/// into another file in place is found within that; `--check-every-file` lists every file.
public struct ListingNote: Sendable, Equatable {
    public var fingerprint: UInt64
    public var entries: [WatchedEntry]
    public var passedOver: [PassedOver]
    /// The record fields chosen when it was listed (`RecordFields.fingerprint`): they change what
    /// files of records hold.
    public var fields: UInt64

    /// When the listing began (nanoseconds since 1970).
    public var listedAt: Int64
    /// The issues' dates, in order (a count by periods has a row for each, matches or not).
    public var dates: [IssueDate]

    static let settling: Int64 = 2_000_000_000
    /// How long after its listing a note is trusted: ten minutes.
    public static let trustedFor: Int64 = 600_000_000_000

    public init(fingerprint: UInt64, entries: [WatchedEntry], passedOver: [PassedOver], listedAt: Int64, fields: UInt64, dates: [IssueDate]) {
        (self.fingerprint, self.fields, self.listedAt, self.dates) = (fingerprint, fields, listedAt, dates)
        self.entries = entries.map { entry in
            max(entry.stamp.modified, entry.stamp.changed) >= listedAt - Self.settling ? WatchedEntry(path: entry.path, stamp: .unsure) : entry
        }
        self.passedOver = passedOver
    }

    /// Now, in nanoseconds since 1970 (the clock file times are kept by).
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether every entry is as noted (stat'ed on every core: thousands of day folders), and the
    /// note young enough to be trusted at `now`.
    public func isCurrent(now: Int64 = ListingNote.now()) -> Bool {
        guard !entries.isEmpty, fields == RecordFields.chosen.fingerprint, (listedAt..<listedAt + Self.trustedFor).contains(now) else { return false }
        return allHold(entries) { $0.stamp != .unsure && EntryStamp.of($0.path) == $0.stamp }
    }

    // MARK: kept in a file

    /// The note kept in `path`, or nil: none, or not whole (its last line is the checksum of the
    /// rest, FNV-1a: a note cut short or damaged is no note).
    public static func read(from path: String) -> ListingNote? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard let end = bytes.dropLast().lastIndex(of: 0x0A) else { return nil }
        let sum = String(decoding: bytes[(end + 1)...], as: UTF8.self)
        guard sum == "C \(bytes.withUnsafeBufferPointer { checksum(UnsafeBufferPointer(rebasing: $0[..<(end + 1)])) })\n" else { return nil }
        return ListingNote(bytes: bytes[..<(end + 1)])
    }

    /// Writes the note to `path` whole or not at all (a file beside it, then renamed over it).
    @discardableResult
    public func write(to path: String) -> Bool {
        let body = Array(text.utf8)
        let sum = body.withUnsafeBufferPointer { Self.checksum($0) }
        let whole = Data(body + Array("C \(sum)\n".utf8)), temporary = path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: whole, attributes: [.posixPermissions: 0o600]) else { return false }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    // MARK: kept as text

    /// `kanbao-listing 2 FINGERPRINT FIELDS LISTED-AT`, the dates (`D 20190201,20190202`), then each
    /// entry (`E device inode size modified changed LENGTH`, a newline, the path's LENGTH bytes, a
    /// newline; for a file read for its dates, its articles' runs after it, `R 20180102 PAGE FIRST
    /// COUNT`) and each thing passed over (`P LENGTH LENGTH`, path and reason).
    public var text: String {
        var lines = "kanbao-listing 2 \(fingerprint) \(fields) \(listedAt)\n"
        lines += "D " + dates.map(Self.digits).joined(separator: ",") + "\n"
        for entry in entries {
            let stamp = entry.stamp
            lines += "E \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(entry.path.utf8.count)\n\(entry.path)\n"
            for run in entry.articles ?? [] {
                lines += "R \(Self.digits(run.date)) \(run.page) \(run.first) \(run.count)\n"
            }
        }
        for passed in passedOver {
            lines += "P \(passed.path.utf8.count) \(passed.reason.utf8.count)\n\(passed.path)\n\(passed.reason)\n"
        }
        return lines
    }

    /// A date as the note writes it: `20190201`.
    private static func digits(_ date: IssueDate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month, date.day)
    }

    /// The note `text` is, or nil for anything else (read as untrusted as the index is).
    public init?(text: String) {
        self.init(bytes: Array(text.utf8)[...])
    }

    /// The same, from the note's bytes (read a field at a time: 8,000 folders' lines in a few ms).
    init?(bytes: ArraySlice<UInt8>) {
        guard let note = bytes.withUnsafeBufferPointer({ Self.parse(NoteScanner(bytes: $0)) }) else { return nil }
        self = note
    }

    private static func parse(_ scanner: NoteScanner) -> ListingNote? {
        var scanner = scanner
        guard scanner.word("kanbao-listing"), scanner.word("2"), let fingerprint = scanner.number(UInt64.self, then: 0x20),
              let fields = scanner.number(UInt64.self, then: 0x20), let listedAt = scanner.number(Int64.self, then: 0x0A),
              scanner.word("D") else { return nil }
        var dates: [IssueDate] = []
        while !scanner.take(0x0A) {
            guard dates.isEmpty || scanner.take(UInt8(ascii: ",")), let date = scanner.date(then: nil) else { return nil }
            dates.append(date)
        }
        var note = ListingNote(fingerprint: fingerprint, entries: [], passedOver: [], listedAt: listedAt, fields: fields, dates: dates)
        note.entries.reserveCapacity(scanner.remaining / 80)
        while !scanner.isAtEnd {
            if scanner.word("E") {
                guard let device = scanner.number(UInt64.self, then: 0x20), let inode = scanner.number(UInt64.self, then: 0x20),
                      let size = scanner.number(Int64.self, then: 0x20), let modified = scanner.number(Int64.self, then: 0x20),
                      let changed = scanner.number(Int64.self, then: 0x20), let length = scanner.number(Int.self, then: 0x0A),
                      let path = scanner.text(length) else { return nil }
                // (Its articles, if it was read for its dates.)
                var runs: [ArticleRun] = []
                while scanner.word("R") {
                    guard let date = scanner.date(then: 0x20), let page = scanner.number(Int.self, then: 0x20), let first = scanner.number(Int.self, then: 0x20),
                          let count = scanner.number(Int.self, then: 0x0A), (1...100_000).contains(count), (0...10_000_000).contains(first) else { return nil }
                    runs.append(ArticleRun(date: date, page: page, first: first, count: count))
                }
                note.entries.append(WatchedEntry(path: path, stamp: EntryStamp(device: device, inode: inode, size: size, modified: modified, changed: changed),
                                                 articles: runs.isEmpty ? nil : runs))
            } else if scanner.word("P") {
                guard let pathLength = scanner.number(Int.self, then: 0x20), let reasonLength = scanner.number(Int.self, then: 0x0A),
                      let path = scanner.text(pathLength), let reason = scanner.text(reasonLength) else { return nil }
                note.passedOver.append(PassedOver(path: path, reason: reason))
            } else {
                return nil
            }
        }
        return note
    }

}

extension FileStamp {
    /// Whether each file's stamp now is the one given: stat'ed on every core.
    public static func allCurrent(_ files: [(path: String, stamp: FileStamp)]) -> Bool {
        allHold(files) { file in
            var info = stat()
            return FileNameBytes.withCString(file.path, { stat($0, &info) }) == 0 && FileStamp(info) == file.stamp
        }
    }
}

/// Whether `holds` is true of every element, tried in chunks on every core, stopping at the first false.
private func allHold<Element: Sendable>(_ elements: [Element], _ holds: @Sendable (Element) -> Bool) -> Bool {
    let chunk = 512, chunks = (elements.count + chunk - 1) / chunk
    let failed = ChangedFlag()
    DispatchQueue.concurrentPerform(iterations: chunks) { number in
        for element in elements[number * chunk..<min(elements.count, (number + 1) * chunk)] {
            if failed.isSet { return }
            if !holds(element) { return failed.set() }
        }
    }
    return !failed.isSet
}

/// The note's bytes read a field at a time: words and numbers each followed by a space or a
/// newline, and texts of a given length followed by a newline.
private struct NoteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    var isAtEnd: Bool { at >= bytes.count }
    var remaining: Int { bytes.count - at }

    /// Takes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    /// Takes `text` and the space or newline after it, if they are next.
    mutating func word(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard at + count < bytes.count, bytes[at + count] == 0x20 || bytes[at + count] == 0x0A else { return false }
        for index in 0..<count where bytes[at + index] != text.utf8Start[index] { return false }
        at += count + 1
        return true
    }

    /// A decimal number (a `-` first for a negative one), then `end` (nil: whatever follows).
    mutating func number<Number: FixedWidthInteger>(_ type: Number.Type, then end: UInt8?) -> Number? {
        var negative = false
        if at < bytes.count, bytes[at] == UInt8(ascii: "-"), Number.isSigned {
            negative = true
            at += 1
        }
        var value: Number = 0, digits = 0
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            let (times, over) = value.multipliedReportingOverflow(by: 10)
            let digit = Number(bytes[at] - 0x30)
            let (sum, past) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !over, !past else { return nil }
            value = sum
            digits += 1
            at += 1
        }
        guard digits > 0 else { return nil }
        if let end, !take(end) { return nil }
        return value
    }

    /// A date written `20190201`, then `end`.
    mutating func date(then end: UInt8?) -> IssueDate? {
        guard let day = number(Int.self, then: end), (10_000_000...99_999_999).contains(day) else { return nil }
        return IssueDate(year: day / 10_000, month: day / 100 % 100, day: day % 100)
    }

    /// The next `count` bytes as text, and the newline after them.
    mutating func text(_ count: Int) -> String? {
        guard count >= 0, at + count < bytes.count, bytes[at + count] == 0x0A else { return nil }
        defer { at += count + 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<at + count]), as: UTF8.self)
    }
}

/// Set once by any thread that finds a change; read by the others to stop early.
private final class ChangedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
