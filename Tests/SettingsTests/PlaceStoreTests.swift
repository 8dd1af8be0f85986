import Foundation
import Reader
import Testing
@testable import Settings

@Suite struct PlaceStoreTests {
    func store() throws -> PlaceStore {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-places-\(UUID().uuidString)").path
        return try #require(PlaceStore(environment: ["XDG_STATE_HOME": home]))
    }

    @Test func theFolderFollowsXDG() {
        #expect(PlaceStore(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.folder == "/s/kanbao/places")
        #expect(PlaceStore(environment: ["HOME": "/h"])?.folder == "/h/.local/state/kanbao/places")
        #expect(PlaceStore(environment: [:]) == nil)
    }

    @Test func theKeyIsTheContentsNotThePath() {
        #expect(PlaceStore.key(of: "标题\n\n正文。") == PlaceStore.key(of: "标题\n\n正文。"))
        #expect(PlaceStore.key(of: "标题\n\n正文。") != PlaceStore.key(of: "标题\n\n正文！"))
        #expect(PlaceStore.key(of: "").count == 16)
    }

    @Test func aPlaceIsKeptAndFound() throws {
        let store = try store()
        #expect(try store.place(for: "abc").get() == nil)
        let place = RememberedPlace(article: 3, onArticleScreen: true, block: 2, start: 17)
        #expect(store.save(place, for: "abc") == nil)
        #expect(try store.place(for: "abc").get() == place)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder) == ["abc.json"])
    }

    @Test func readMarksAndAnArchivesUnreadCountsAreKept() throws {
        let store = try store()
        let place = RememberedPlace(article: 1, onArticleScreen: false, read: [0, 1, 4])
        #expect(store.save(place, for: "issue") == nil)
        #expect(try store.place(for: "issue").get()?.read == [0, 1, 4])
        let memory = ArchiveMemory(entry: 7, unread: ["2019-02-01": 11, "2019-02-12": 0])
        #expect(store.save(memory, for: "archive") == nil)
        #expect(try store.value(ArchiveMemory.self, for: "archive").get() == memory)
        // An archive's file from before there were unread counts: its entry, no counts.
        try #"{"article":5,"onArticleScreen":false}"#.write(toFile: store.folder + "/old.json", atomically: true, encoding: .utf8)
        #expect(try store.value(ArchiveMemory.self, for: "old").get() == ArchiveMemory(entry: 5))
        // A place from before read marks has none.
        #expect(try store.place(for: "old").get()?.read == nil)
    }

    @Test func aDamagedFileIsAMessageNotACrash() throws {
        let store = try store()
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        try Data("{\"article\": tw".utf8).write(to: URL(fileURLWithPath: store.folder + "/bad.json"))
        guard case .failure(let message) = store.place(for: "bad") else { Issue.record("no message"); return }
        #expect(message.problem.contains("damaged") && message.file == store.folder + "/bad.json")
    }

    @Test func writersAtOnceLeaveOneWholeFile() throws {
        let store = try store()
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            store.save(RememberedPlace(article: index, onArticleScreen: index % 2 == 0, block: index, start: index * 3), for: "shared")
        }
        let place = try #require(try store.place(for: "shared").get())
        #expect(place.block == place.article && place.start == place.article * 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder) == ["shared.json"])
    }
}
