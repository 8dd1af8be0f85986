import Foundation
import IssueModel

/// The seed page, read from the repository's `seeds/` folder (found from this source file's path).
public enum Seed {
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/000_745ce5cdf6340c81.txt")
    public static let bytes: [UInt8] = Array(try! Data(contentsOf: url))
    public static let text = String(decoding: bytes, as: UTF8.self)
    public static let issue = PageParser.parse(text)
}
