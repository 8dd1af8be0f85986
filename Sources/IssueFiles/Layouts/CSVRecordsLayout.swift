import CSV
import IssueModel

/// Articles kept as CSV (or tab-separated) rows under a header row — UTF-8 with or without a BOM,
/// GBK/GB18030, CRLF or LF, quoted fields with commas and line breaks in them — each row's fields
/// found by the header's names (`RecordFields`).
public struct CSVRecordsLayout: ArticleFileLayout {
    /// Which field is which; nil for the command line's choice (`RecordFields.chosen`).
    public let fields: RecordFields?
    public var kind: String { "CSV records (.csv, .tsv)" }

    public init(fields: RecordFields? = nil) {
        self.fields = fields
    }

    public func owns(name: String, head: () -> [UInt8]) -> Bool {
        [".csv", ".tsv"].contains { name.lowercased().hasSuffix($0) }
    }

    public func articles(in text: String, name: String) throws(PageInputError) -> [PlacedArticle] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let delimiter: UnicodeScalar = name.lowercased().hasSuffix(".tsv") ? "\t" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: true, trimFields: false, delimiter: delimiter)
        } catch {
            throw .notArticles(name, reason: "not CSV records: \(error)")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces }
        var collecting = RecordArticle.Collecting(fields: fields ?? .chosen, name: name)
        while let row = reader.next() {
            var record: [String: RecordValue] = [:]
            for (index, field) in row.enumerated() where index < header.count && record[header[index]] == nil {
                record[header[index]] = .text(field)
            }
            collecting.add(record)
        }
        if let error = reader.error { throw .notArticles(name, reason: "not CSV records: \(error)") }
        return try collecting.finish()
    }
}
