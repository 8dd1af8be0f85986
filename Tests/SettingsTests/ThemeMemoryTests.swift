import Foundation
import Testing
@testable import Settings

/// The theme T chose, kept in the state folder: written whole, read back only when it can be a name.
@Suite struct ThemeMemoryTests {
    func memory() throws -> ThemeMemory {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-theme-\(UUID().uuidString)").path
        return try #require(ThemeMemory(environment: ["XDG_STATE_HOME": folder]))
    }

    @Test func aSavedNameIsReadBack() throws {
        let memory = try memory()
        #expect(memory.name == nil)
        #expect(memory.save("solarized-dark") == nil)
        #expect(memory.name == "solarized-dark")
        #expect(memory.save("night") == nil)
        #expect(memory.name == "night")
    }

    @Test func whatCannotBeANameIsIgnored() throws {
        let memory = try memory()
        _ = memory.save("night")
        for bad in ["../../etc/passwd", "\u{1B}]0;pwned\u{07}", "", String(repeating: "a", count: 300), "夜"] {
            try Data(bad.utf8).write(to: URL(fileURLWithPath: memory.path))
            #expect(memory.name == nil, "\(bad)")
        }
    }

    @Test func aFolderThatCannotBeWrittenIsSaid() throws {
        let memory = try #require(ThemeMemory(environment: ["XDG_STATE_HOME": "/dev/null/state"]))
        let problem = try #require(memory.save("night"))
        #expect(problem.description.contains("could not remember the theme"))
    }
}
