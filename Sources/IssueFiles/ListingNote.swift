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

    public init(path: String, stamp: EntryStamp) {
        (self.path, self.stamp) = (path, stamp)
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
        guard let data = FileManager.default.contents(atPath: path), let end = data.dropLast().lastIndex(of: 0x0A) else { return nil }
        let body = data[..<(end + 1)], sum = String(decoding: data[(end + 1)...], as: UTF8.self)
        guard sum == "C \(checksum(body))\n" else { return nil }
        return ListingNote(bytes: [UInt8](body)[...])
    }

    /// Writes the note to `path` whole or not at all (a file beside it, then renamed over it).
    @discardableResult
    public func write(to path: String) -> Bool {
        let body = Data(text.utf8)
        let whole = body + Data("C \(Self.checksum(body))\n".utf8), temporary = path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: whole, attributes: [.posixPermissions: 0o600]) else { return false }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    private static func checksum(_ bytes: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    // MARK: kept as text

    /// `kanbao-listing 1 FINGERPRINT FIELDS LISTED-AT`, the dates (`D 20190201,20190202`), then each entry (`E device inode size modified changed LENGTH`,
    /// a newline, the path's LENGTH bytes, a newline) and each thing passed over (`P LENGTH LENGTH`,
    /// path and reason).
    public var text: String {
        var lines = "kanbao-listing 1 \(fingerprint) \(fields) \(listedAt)\n"
        lines += "D " + dates.map { String(format: "%04d%02d%02d", $0.year, $0.month, $0.day) }.joined(separator: ",") + "\n"
        for entry in entries {
            let stamp = entry.stamp
            lines += "E \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(entry.path.utf8.count)\n\(entry.path)\n"
        }
        for passed in passedOver {
            lines += "P \(passed.path.utf8.count) \(passed.reason.utf8.count)\n\(passed.path)\n\(passed.reason)\n"
        }
        return lines
    }

    /// The note `text` is, or nil for anything else (read as untrusted as the index is).
    public init?(text: String) {
        self.init(bytes: Array(text.utf8)[...])
    }

    /// The same, from the note's bytes (read a field at a time: 8,000 folders' lines in a few ms).
    init?(bytes: ArraySlice<UInt8>) {
        var bytes = bytes
        func line() -> [ArraySlice<UInt8>]? {
            guard let end = bytes.firstIndex(of: 0x0A) else { return nil }
            defer { bytes = bytes[(end + 1)...] }
            return bytes[..<end].split(separator: 0x20, omittingEmptySubsequences: false)
        }
        func take(_ count: Int) -> String? {
            guard count >= 0, bytes.count > count, bytes[bytes.startIndex + count] == 0x0A else { return nil }
            defer { bytes = bytes[(bytes.startIndex + count + 1)...] }
            return String(decoding: bytes[bytes.startIndex..<bytes.startIndex + count], as: UTF8.self)
        }
        func word(_ field: ArraySlice<UInt8>, _ text: String) -> Bool { field.elementsEqual(text.utf8) }
        guard let head = line(), head.count == 5, word(head[0], "kanbao-listing"), word(head[1], "1"),
              let fingerprint = Self.number(head[2], as: UInt64.self), let fields = Self.number(head[3], as: UInt64.self),
              let listedAt = Self.number(head[4], as: Int64.self) else { return nil }
        (self.fingerprint, self.fields, self.listedAt) = (fingerprint, fields, listedAt)
        guard let days = line(), days.count == 2, word(days[0], "D") else { return nil }
        dates = []
        for day in days[1].split(separator: UInt8(ascii: ",")) {
            guard day.count == 8, let number = Self.number(day, as: Int.self),
                  let date = IssueDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else { return nil }
            dates.append(date)
        }
        (entries, passedOver) = ([], [])
        while !bytes.isEmpty {
            guard let fields = line() else { return nil }
            if fields.count == 7, word(fields[0], "E"), let device = Self.number(fields[1], as: UInt64.self),
               let inode = Self.number(fields[2], as: UInt64.self), let size = Self.number(fields[3], as: Int64.self),
               let modified = Self.number(fields[4], as: Int64.self), let changed = Self.number(fields[5], as: Int64.self),
               let length = Self.number(fields[6], as: Int.self), let path = take(length) {
                entries.append(WatchedEntry(path: path, stamp: EntryStamp(device: device, inode: inode, size: size, modified: modified, changed: changed)))
            } else if fields.count == 3, word(fields[0], "P"), let pathLength = Self.number(fields[1], as: Int.self),
                      let reasonLength = Self.number(fields[2], as: Int.self), let path = take(pathLength), let reason = take(reasonLength) {
                passedOver.append(PassedOver(path: path, reason: reason))
            } else {
                return nil
            }
        }
    }

    /// A decimal number (a `-` first for a negative one), nil for anything else or out of range.
    static func number<Number: FixedWidthInteger>(_ digits: ArraySlice<UInt8>, as: Number.Type) -> Number? {
        var rest = digits[...], negative = false
        if rest.first == UInt8(ascii: "-") {
            guard Number.isSigned else { return nil }
            negative = true
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty, rest.count <= 20 else { return nil }
        var value: Number = 0
        for byte in rest {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, past) = negative ? times.subtractingReportingOverflow(Number(byte - 48)) : times.addingReportingOverflow(Number(byte - 48))
            guard !over, !past else { return nil }
            value = sum
        }
        return value
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

/// Set once by any thread that finds a change; read by the others to stop early.
private final class ChangedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
