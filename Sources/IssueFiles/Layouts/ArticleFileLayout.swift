import Glibc
import IssueModel

/// A layout whose files say themselves where their articles go — a JSON or CSV file of records
/// with their dates, an export of many articles, a Markdown article with its date and 版 in its
/// header — so that an issue's pages are known only once its files are read. A layout of this kind
/// says which files are its (by name and first bytes) and turns a file's text into placed
/// articles; finding its files in folders, reading them, and making pages and archive issues of
/// them is the same for all, here.
public protocol ArticleFileLayout: InputLayout {
    /// Whether a file of this name is one of this layout's; `head` gives its first bytes (up to 4
    /// KiB, none when it cannot be read), read only when asked.
    func owns(name: String, head: () -> [UInt8]) -> Bool
    /// Whether its files are told by what they hold, not their names alone (an export's `.txt`):
    /// then a folder is told by its first such file, not each of its files opened in turn.
    var tellsByContent: Bool { get }
    /// A file's text: the shared detection (`TextDecoding`) unless the layout knows better.
    func decode(_ bytes: [UInt8], name: String) throws(PageInputError) -> TextDecoding.Decoded
    /// The articles of a file's text, in the file's order, each with its place.
    func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle]
    /// A file's bytes to its articles and the warnings of reading them: decoded (`decode`), then
    /// `articles(in:name:)` — unless the layout reads the bytes itself (markup that names its own
    /// charset).
    func articles(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String])
    /// A file's placed articles and the warnings of reading it: its bytes to `articles(inBytes:name:)`
    /// — unless the layout reads more than the file (a feed, the pages kept beside it).
    func read(_ path: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String])
}

extension ArticleFileLayout {
    /// How deep under an opened folder its files are looked for (`json/1958/8/1000.json`).
    public static var depth: Int { CrawlerLayout.depth }

    public var tellsByContent: Bool { false }

    public func decode(_ bytes: [UInt8], name: String) throws(PageInputError) -> TextDecoding.Decoded {
        try TextDecoding.decode(bytes, name: name)
    }

    public func articles(inBytes bytes: [UInt8], name: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        let decoded = try decode(bytes, name: name)
        return (try articles(in: decoded.text, name: name), decoded.warnings.map { "\(name): warning: \($0)" })
    }

    public func owns(file path: String) -> Bool {
        owns(name: PageOrder.name(of: path)) { FileHead.bytes(of: path) }
    }

    /// Its files at any depth; the other files in the folders that hold them are passed over.
    public func files(in folder: FolderListing) -> FolderClaim {
        var claim = FolderClaim(files: [])
        let tree = folder.tree(depth: Self.depth)
        for listing in tree.listings {
            var owned: [String] = [], others: [String] = []
            if tellsByContent {
                // (Its first file of a likely name tells for the folder; one that is not is said when read.)
                let named = listing.files.filter { owns(name: PageOrder.name(of: $0)) { [0x0A] } }
                if let first = named.first, owns(file: first) { owned = named }
                others = owned.isEmpty ? listing.files : listing.files.filter { !owned.contains($0) }
            } else {
                for path in listing.files { if owns(file: path) { owned.append(path) } else { others.append(path) } }
            }
            claim.files += owned
            if !owned.isEmpty {
                claim.passedOver += others.map { PassedOver(path: $0, reason: "not \(kind) like those beside it") }
            }
        }
        if claim.files.isEmpty { return FolderClaim(files: []) }
        claim.passedOver += tree.passedOver
        return claim
    }

    /// A file's placed articles, and the warnings of its decoding.
    public func read(_ path: String) throws(PageInputError) -> (articles: [PlacedArticle], warnings: [String]) {
        try articles(inBytes: try PageSource.readBytes(path: path), name: path == "-" ? PageSource.standardInputName : path)
    }

    /// The files read (in name order, numbers as numbers), their articles in order, a page for each
    /// run of articles of one place (`PlacedPages`).
    public func pages(of files: [String]) -> [PlannedPage] {
        let ordered = files.sorted(by: PageOrder.precedes)
        return PlacedPages.pages(ordered.map { path in (path, Result { () throws(PageInputError) in try read(path) }) })
    }
}

/// The first bytes of a file, for a layout to tell its own by.
enum FileHead {
    static let length = 4096

    static func bytes(of path: String) -> [UInt8] {
        guard path != "-" else { return [] }
        let fd = FileNameBytes.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return [] }
        var buffer = [UInt8](repeating: 0, count: length)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, length) }
        return count > 0 ? Array(buffer[0..<count]) : []
    }
}
