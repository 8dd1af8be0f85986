import Dispatch
import Foundation
import IssueFiles
import IssueModel
import TextLayout

/// One article made ready for the index: read, parsed, its blocks a line, width-folded, and its
/// tokens for FTS5 — all but the writing, which is the database's thread's. A crawler file is one
/// article; a file of records is as many rows as it holds articles, read once for all of them.
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
    /// What the index keeps to know the row and its text unchanged (`IndexCheck.row`).
    let checksum: Int64

    /// The row of `file`'s article, read (`article`) or not (`problem`).
    init(_ file: ArchiveCatalog.File, date: IssueDate, article: Result<Article, PageInputError>) {
        self.file = file
        self.date = date
        var original = "", headline = "", problem: String?
        switch article {
        case .success(let article):
            original = ArchiveText.blocks(article).joined(separator: "\n")
            headline = article.headline
        case .failure(let error):
            problem = "\(error)"
        }
        (self.headline, self.problem) = (headline, problem)
        let lone = ArchiveText.singleScalarClusters(original), folded = ArchiveText.folded(original, script: true)
        (self.lone, self.folded) = (lone, folded)
        tokens = folded.withUnsafeBytes(ArchiveTokens.of)
        checksum = folded.withUnsafeBytes {
            IndexCheck.row(path: file.path, date: date.iso, page: Int64(file.page), article: Int64(file.article),
                           headline: headline, lone: lone, folded: $0)
        }
    }

    /// Rows for `files`, made on another thread; `wait()` gives them. `files` keeps the file last
    /// read from one batch to the next: a file of 300,000 records is read once, in batches of rows.
    static func prepareInBackground(_ files: [(file: ArchiveCatalog.File, date: IssueDate)], memo: ArchiveFileCache,
                                    text: @escaping @Sendable (String) throws(PageInputError) -> String) -> Pending {
        let pending = Pending()
        pending.group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            pending.rows = rows(files, memo: memo, text: text)
            pending.group.leave()
        }
        return pending
    }

    /// The rows of these articles, each file read once (its articles come together).
    static func rows(_ files: [(file: ArchiveCatalog.File, date: IssueDate)], memo: ArchiveFileCache,
                     text: (String) throws(PageInputError) -> String) -> [ArchiveRow] {
        files.map { file, date in
            let article = memo.articles(of: file.path, layout: file.layout, text: text).flatMap { articles in
                articles[file.article].map { .success($0) }
                    ?? .failure(.notArticles(file.path, reason: "article \(file.article + 1) is gone (the file changed)"))
            }
            return ArchiveRow(file, date: date, article: article)
        }
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
