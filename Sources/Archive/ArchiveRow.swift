import Dispatch
import IssueFiles
import IssueModel
import TextLayout

/// One article file made ready for the index: read, parsed, its blocks a line, width-folded, and
/// its tokens for FTS5 — all but the writing, which is the database's thread's.
struct ArchiveRow: Sendable {
    let file: ArchiveCatalog.File
    let date: IssueDate
    let headline: String
    /// Why the file could not be read (`PATH: binary file …`); nil when it was.
    let problem: String?
    var readable: Bool { problem == nil }
    let lone: Bool
    let folded: [UInt8]
    let tokens: [UInt8]
    let signature: [UInt8]
    /// What the index keeps to know the row and its text unchanged (`IndexCheck.row`).
    let checksum: Int64

    init(_ file: ArchiveCatalog.File, date: IssueDate, text: (String) throws(PageInputError) -> String) {
        self.file = file
        self.date = date
        var original = "", headline = "", problem: String?
        do {
            let article = CrawlerArticle.parse(try text(file.path))
            original = ArchiveText.blocks(article).joined(separator: "\n")
            headline = article.headline
        } catch {
            problem = "\(error)"
        }
        (self.headline, self.problem) = (headline, problem)
        let lone = ArchiveText.singleScalarClusters(original), folded = ArchiveText.widthFolded(original)
        (self.lone, self.folded) = (lone, folded)
        tokens = folded.withUnsafeBytes(ArchiveTokens.of)
        signature = folded.withUnsafeBytes(ArchiveTokens.signature)
        checksum = folded.withUnsafeBytes {
            IndexCheck.row(path: file.path, date: date.iso, page: Int64(file.name.page), article: Int64(file.name.article),
                           headline: headline, lone: lone, folded: $0)
        }
    }

    /// Rows for `files`, made on another thread; `wait()` gives them.
    static func prepareInBackground(_ files: [(file: ArchiveCatalog.File, date: IssueDate)],
                                    text: @escaping @Sendable (String) throws(PageInputError) -> String) -> Pending {
        let pending = Pending()
        pending.group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            pending.rows = files.map { ArchiveRow($0.file, date: $0.date, text: text) }
            pending.group.leave()
        }
        return pending
    }

    /// Rows being made: written once by the thread that makes them, read after `wait`.
    final class Pending: @unchecked Sendable {
        let group = DispatchGroup()
        var rows: [ArchiveRow] = []

        func wait() -> [ArchiveRow] {
            group.wait()
            return rows
        }
    }
}
