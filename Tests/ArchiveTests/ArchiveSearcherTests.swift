import Foundation
import IssueFiles
import IssueModel
import Testing
import TestSupport
@testable import Archive

/// The façade the command line and the reader both search through: the same answer with an index,
/// without one, and from a damaged one (which it removes, saying so once).
@Suite struct ArchiveSearcherTests {
    static let roots = [CrawlerFixtures.month.path]

    static func searcher(cache: URL?) -> ArchiveSearcher {
        ArchiveSearcher(roots: roots, cacheFolder: cache?.path, text: { path throws(PageInputError) in try ArchiveSearchTests.read(path) })
    }

    @Test func theAnswerIsTheSameWithAnIndexWithoutOneAndFromADamagedOne() throws {
        let catalog = try ArchiveCatalog.of(Self.roots)
        let query = ArchiveQuery("习近平")
        var said: [String] = []
        let none = Self.searcher(cache: nil)
        let truth = try #require(none.counts(query, catalog: catalog, index: none.index(for: catalog, warn: { said.append($0) }), warn: { said.append($0) }))
        #expect(said == ["no cache folder (neither XDG_CACHE_HOME nor HOME is set): searching without an index"])
        let cache = try ArchiveSearchTests.temporaryFolder()
        let kept = Self.searcher(cache: cache)
        said = []
        let index = try #require(kept.index(for: catalog, warn: { said.append($0) }))
        let counted = try #require(kept.counts(query, catalog: catalog, index: index, warn: { said.append($0) }))
        #expect(said.isEmpty && counted.map(\.date) == truth.map(\.date) && counted.map(\.count) == truth.map(\.count))
        // The text of every row changed under the index: damage, said once, the files' answer, and the index gone.
        let database = try SQLiteDatabase(path: index.path)
        try database.execute("UPDATE texts SET folded = CAST('x' AS BLOB)")
        let fromFiles = try #require(kept.counts(query, catalog: catalog, index: index, warn: { said.append($0) }))
        #expect(fromFiles.map(\.count) == truth.map(\.count))
        #expect(said.count == 1 && said[0].contains("was damaged") && !FileManager.default.fileExists(atPath: index.path))
        var matches = 0
        #expect(none.matches(query, catalog: catalog, index: nil, warn: { _ in }) { _ in matches += 1 })
        #expect(matches == truth.reduce(0) { $0 + $1.count })
    }
}
