import IssueModel

/// Articles kept as JSON records: `.json` (an array, an object holding one, objects one after
/// another) and `.jsonl` (one a line), each record's fields found by name (`RecordFields`).
public struct JSONRecordsLayout: ArticleFileLayout {
    /// Which field is which; nil for the command line's choice (`RecordFields.chosen`).
    public let fields: RecordFields?
    public var kind: String { "JSON records (.json, .jsonl)" }

    public init(fields: RecordFields? = nil) {
        self.fields = fields
    }

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        [".json", ".jsonl", ".ndjson", ".jsonlines"].contains { name.lowercased().hasSuffix($0) }
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        var collecting = RecordArticle.Collecting(fields: fields ?? .chosen, name: name)
        try JSONRecords.records(in: text, name: name) { collecting.add($0) }
        return try collecting.finish()
    }
}
