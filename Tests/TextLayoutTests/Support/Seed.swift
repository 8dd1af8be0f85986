import Foundation
import IssueModel

/// The seed page, read from the repository's `seeds/` folder (found from this source file's path).
enum Seed {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_745ce5cdf6340c81.txt")
    static let text = try! String(contentsOf: url, encoding: .utf8)
    static let issue = PageParser.parse(text)
}
