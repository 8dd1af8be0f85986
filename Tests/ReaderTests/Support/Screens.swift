import Foundation
import Reader
import Testing
import TestSupport

/// A reader on the seed at a size.
func seedReader(width: Int = 80, height: Int = 24, setup: ReaderSetup = ReaderSetup()) -> ReaderState {
    ReaderState(issue: Seed.issue, width: width, height: height, setup: setup)
}

/// Sends keys (and other events) through the reducer, one after another.
func send(_ state: ReaderState, _ keys: Key...) -> ReaderState {
    keys.reduce(state) { Reducer.reduce($0, .key($1)).0 }
}

/// `/`, the query typed a key at a time, Enter.
func searched(_ state: ReaderState, _ query: String) -> ReaderState {
    send(query.reduce(send(state, .character("/"))) { send($0, .character($1)) }, .enter)
}

/// Compares a frame with `Golden/<name>.txt` — its text, then each cell's role (a letter a cell,
/// `StyledGolden`), then how the bundled default theme styles every role used — so that a
/// highlight drawn in the wrong role, or a role's colour changed in the theme, fails as surely as
/// a character out of place. `RECORD_SNAPSHOTS=1` rewrites the file. A failure names the first
/// line that differs, and for a role its column and both roles by name.
func assertGolden(_ frame: Frame, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    let file = folder.appendingPathComponent(name + ".txt")
    let text = StyledGolden.text(of: frame)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let golden = try String(contentsOf: file, encoding: .utf8)
    guard text != golden else { return }
    Issue.record(Comment(rawValue: StyledGolden.difference(name, ours: text, golden: golden)), sourceLocation: sourceLocation)
}

/// Everything the help shows for `state`, scrolled through from its top a row at a time: the rows
/// inside its box, in order, each once.
func helpRows(_ state: ReaderState) -> [String] {
    func inside(_ state: ReaderState) -> [String] {
        let lines = ReaderView.frame(state).lines()
        guard let top = lines.firstIndex(where: { $0.contains("┌") }), let bottom = lines.lastIndex(where: { $0.contains("└") }) else { return [] }
        let rows = lines[(top + 1)..<bottom].map { line in
            let cells = Array(line)
            guard let left = cells.firstIndex(of: "│"), let right = cells.lastIndex(of: "│"), left < right else { return "" }
            return String(cells[(left + 1)..<right])
        }
        // (Without the blank rows that pad the box.)
        func blank(_ row: String) -> Bool { row.allSatisfy { $0 == " " } }
        return Array(rows.drop(while: blank).reversed().drop(while: blank).reversed())
    }
    var current = send(state, .character("?"))
    var rows = inside(current)
    while case .help(let top)? = current.overlay {
        let next = send(current, .down)
        guard case .help(let after)? = next.overlay, after > top else { break }
        current = next
        // One row further: the box's last row is new.
        if let last = inside(current).last { rows.append(last) }
    }
    return rows
}
