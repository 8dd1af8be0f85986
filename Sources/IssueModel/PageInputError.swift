/// Why a page could not be opened. Each case names the file and maps to a sysexits status.
public enum PageInputError: Error, Equatable, Sendable, CustomStringConvertible {
    case noSuchFile(String)
    case unreadable(String, reason: String)
    case directory(String)
    /// A folder with none of the files of any layout in it; `expected` says what they would be.
    case noPages(String, expected: String)
    case empty(String)
    case binary(String)
    /// A device that is not a terminal (`/dev/zero`): no page, and perhaps without end.
    case device(String)
    /// Larger than `largestPage` (the size, when it was known before reading).
    case tooLarge(String, bytes: Int?)
    /// Several files, and not one of them could be read as a page (each was skipped with a warning).
    case nothingReadable(String, files: Int)
    /// A file of records (JSON, CSV) or articles in a layout whose parts could not be told: why
    /// (the fields it saw, the record that is no JSON).
    case notArticles(String, reason: String)

    /// The largest page Kanbao opens: 256 MiB. A 100 MB page takes about 0.28 GB to read and 0.4 GB
    /// once searched (README, Limits); beyond this the memory is the machine's, not ours, to spend.
    public static let largestPage = 256 << 20

    /// EX_NOINPUT (66) for input that cannot be opened, EX_DATAERR (65) for input that is no page.
    public var exitStatus: Int32 {
        switch self {
        case .noSuchFile, .unreadable, .directory, .noPages: 66
        case .empty, .binary, .tooLarge, .device, .nothingReadable, .notArticles: 65
        }
    }

    public var description: String {
        switch self {
        case .noSuchFile(let name): "\(name): no such file"
        case .unreadable(let name, let reason): "\(name): cannot read: \(reason)"
        case .directory(let name): "\(name): is a directory with no pages"
        case .noPages(let name, let expected): "\(name): is a directory with no pages (\(expected))"
        case .empty(let name): "\(name): empty page (nothing but whitespace)"
        case .binary(let name): "\(name): binary file (contains NUL bytes), not a page of text"
        case .device(let name): "\(name): a device, not a page of text (refused before reading: it may never end)"
        case .nothingReadable(let name, let files): "\(name): none of its \(files) files could be read as text"
        case .notArticles(let name, let reason): "\(name): \(reason)"
        case .tooLarge(let name, let bytes):
            "\(name): too large" + (bytes.map { " (\($0 >> 20) MiB)" } ?? "")
                + "; Kanbao opens pages up to \(Self.largestPage >> 20) MiB"
        }
    }
}
