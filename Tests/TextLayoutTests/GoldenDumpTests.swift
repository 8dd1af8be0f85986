import TestSupport
import Foundation
import Testing
@testable import TextLayout

/// The seed laid out at widths 40 and 100, in 1 and 3 columns, and vertically, compared with files reviewed by eye.
/// `RECORD_SNAPSHOTS=1 swift test --filter GoldenDump` rewrites them.
@Suite struct GoldenDumpTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: [(40, 1), (40, 3), (100, 1), (100, 3)])
    func seedDump(width: Int, columns: Int) throws {
        try compare(LayoutOptions(width: width, columns: columns), with: "seed-w\(width)-c\(columns).txt")
    }

    /// Vertical: 80 cells across (26 text columns a page), 20 rows a column.
    @Test func seedDumpVertical() throws {
        try compare(LayoutOptions(width: 80, height: 20, vertical: true), with: "seed-vertical-w80-h20.txt")
    }

    func compare(_ options: LayoutOptions, with name: String) throws {
        var dump = ""
        PlainTextDump.write(Seed.issue, options: options) { dump += $0 }
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try dump.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        if dump != golden {
            let ours = dump.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(ours.count, theirs.count)).first { ours[$0] != theirs[$0] } ?? min(ours.count, theirs.count)
            Issue.record("""
                \(file.lastPathComponent) differs from line \(first + 1):
                - \(first < theirs.count ? theirs[first] : "(end)")
                + \(first < ours.count ? ours[first] : "(end)")
                """)
        }
    }
}
