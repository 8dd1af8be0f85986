/// What is kept of an archive between runs: the issue last opened (the cursor starts there), and
/// for each issue opened, by date, how many of its articles were unread when it was left — the
/// archive screen's unread counts. (The read marks themselves are each issue's, kept with its place.)
public struct ArchiveMemory: Codable, Equatable, Sendable {
    public var entry: Int
    public var unread: [String: Int]

    public init(entry: Int = 0, unread: [String: Int] = [:]) {
        self.entry = entry
        self.unread = unread
    }

    /// `article` is the name the entry was kept under before there were unread counts.
    enum CodingKeys: String, CodingKey { case entry = "article", unread }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entry = try container.decode(Int.self, forKey: .entry)
        unread = try container.decodeIfPresent([String: Int].self, forKey: .unread) ?? [:]
    }
}
