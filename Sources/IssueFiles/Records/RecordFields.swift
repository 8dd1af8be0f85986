import Foundation
import IssueModel

/// Which field of a record is which part of an article: found by the names the files that keep
/// newspapers give them, Chinese and English, or named by the user (`--fields headline=标题,body=正文`).
public struct RecordFields: Sendable, Equatable {
    /// A part of an article a field can hold.
    public enum Role: String, CaseIterable, Sendable {
        case kicker, headline, subheadline, body, date, page, section, author
    }

    /// The usual names of each role's field, in the order they are preferred (lower case; `_`, `-`
    /// and spaces are not compared).
    static let usualNames: [Role: [String]] = [
        .kicker: ["kicker", "引题", "肩题", "title1", "pretitle", "introtitle"],
        .headline: ["headline", "title", "标题", "主题", "主标题", "title2", "maintitle"],
        .subheadline: ["subheadline", "subtitle", "副题", "副标题", "title3"],
        .body: ["content", "text", "body", "正文", "内容", "parts", "article", "fulltext", "maintext", "contents", "articletext",
                // (Only a summary where there is no text: `excerpt` in a day's CSV beside its JSON.)
                "excerpt", "summary", "摘要", "description"],
        .date: ["date", "publishdate", "pubdate", "日期", "发布时间", "发布日期", "出版日期", "time", "publishtime", "published",
                "dates", "datetime", "releasedate", "发表日期"],
        .page: ["page", "版面", "版次", "版号", "pagestart", "pageno", "pagenum", "pagenumber"],
        .section: ["pagename", "版名", "版面名称", "section", "栏目", "column"],
        .author: ["author", "作者", "authors", "byline", "记者"],
    ]

    /// The user's names, by role: they come before the usual ones.
    public var named: [Role: String]

    /// The fields named on the command line (`--fields`), for every file of records read in this
    /// run — set once, before any file is read.
    public static var chosen: RecordFields {
        get { chosenLock.withLock { chosenFields } }
        set { chosenLock.withLock { chosenFields = newValue } }
    }
    private static let chosenLock = NSLock()
    nonisolated(unsafe) private static var chosenFields = RecordFields()

    /// A number that differs for different choices (0 for none), so that an archive's index built
    /// with other fields is not taken for this one's.
    public var fingerprint: UInt64 {
        var hash: UInt64 = 0
        for (role, name) in named.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for byte in (role.rawValue + "=" + name + ",").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return hash
    }

    public init(named: [Role: String] = [:]) {
        self.named = named
    }

    /// `headline=标题,body=正文,date=发布时间`, or what is wrong with it.
    public static func parse(_ text: String) -> Result<RecordFields, FieldsError> {
        var named: [Role: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2, !parts[1].isEmpty else { return .failure(FieldsError(text: String(pair))) }
            guard let role = Role(rawValue: parts[0].lowercased()) else { return .failure(FieldsError(text: String(pair))) }
            named[role] = parts[1]
        }
        return .success(RecordFields(named: named))
    }

    public struct FieldsError: Error, Sendable {
        public let text: String
        public var description: String {
            "--fields: \"\(text)\" is not ROLE=FIELD (roles: " + Role.allCases.map(\.rawValue).joined(separator: ", ") + ")"
        }
    }

    /// For each role, which of `names` (a record's field names) holds it.
    func assignment(of names: [String]) -> [Role: String] {
        let keyed = Dictionary(names.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var found: [Role: String] = [:]
        for role in Role.allCases {
            if let name = named[role], let field = keyed[Self.key(name)] { found[role] = field; continue }
            if named[role] != nil { continue }
            if let field = Self.usualNames[role]!.lazy.compactMap({ keyed[$0] }).first(where: { !found.values.contains($0) }) {
                found[role] = field
            }
        }
        return found
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { !["_", "-", " ", "\u{FEFF}"].contains($0) }.map(Character.init))
    }
}

extension StringProtocol {
    var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
