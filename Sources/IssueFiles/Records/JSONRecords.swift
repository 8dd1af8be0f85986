import Foundation
import IssueModel

/// The records of a JSON file, however it holds them: an array of objects; an object holding such
/// an array (`{"publish_date": …, "articles": […]}`, its other fields then each record's
/// defaults); an object that is one record; objects one after another or one a line (JSON Lines).
/// Each value is parsed by `JSONSerialization`; this only finds where one ends and the next
/// begins, and escapes the raw line breaks a scrapy export leaves inside its strings (which JSON
/// does not allow).
/// Values are parsed and handed on one at a time, so that a file of 300,000 records is never
/// held twice over.
enum JSONRecords {
    static func records(in text: String, name: String, each: (_ record: [String: RecordValue]) -> Void) throws(PageInputError) {
        var number = 0
        var failed: PageInputError?
        try values(in: text, name: name) { value in
            number += 1
            guard failed == nil else { return }
            guard let parsed = try? JSONSerialization.jsonObject(with: value, options: [.fragmentsAllowed]) else {
                failed = .notArticles(name, reason: "value \(number) is not JSON")
                return
            }
            records(of: RecordValue(parsed)).forEach(each)
        }
        if let failed { throw failed }
    }

    /// A value's records: an array's objects, an object's array of objects (with the object's other
    /// fields beside each), or the object itself.
    static func records(of value: RecordValue) -> [[String: RecordValue]] {
        switch value {
        case .list(let items):
            return items.flatMap { item -> [[String: RecordValue]] in
                if case .object(let fields) = item { return [fields] }
                return []
            }
        case .object(let fields):
            // (An object's list of objects is its records when they have titles or texts of their
            // own and the list is none of the object's own fields — not `parts`, `dates`, `authors`.)
            let lists = fields.filter { _, value in
                guard case .list(let items) = value, case .object? = items.first else { return false }
                return true
            }
            guard !lists.isEmpty else { return [fields] }
            let own = Set(RecordFields().assignment(of: Array(fields.keys)).values)
            let held = lists.first { key, value in
                guard !own.contains(key), case .list(let items) = value, case .object(let first)? = items.first else { return false }
                let roles = RecordFields().assignment(of: Array(first.keys))
                return roles[.headline] != nil || roles[.body] != nil
            }
            // (`{"articles": []}`: a day with none, not a record.)
            let recordNames: Set<String> = ["articles", "items", "records", "data", "news", "list", "文章", "稿件"]
            if held == nil, fields.contains(where: { key, value in value == .list([]) && recordNames.contains(RecordFields.key(key)) }) {
                return []
            }
            guard let (key, list) = held, case .list(let items) = list else { return [fields] }
            var defaults = fields
            defaults[key] = nil
            return items.compactMap { item in
                guard case .object(let own) = item else { return nil }
                return own.merging(defaults) { mine, _ in mine }
            }
        default:
            return []
        }
    }

    /// Each top-level value's bytes, raw control characters inside strings escaped, to `each`.
    static func values(in text: String, name: String, each: (Data) -> Void) throws(PageInputError) {
        var values = 0
        var current: [UInt8] = []
        var depth = 0, inString = false, escaped = false
        for byte in text.utf8 {
            if depth == 0 {
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth = 1
                    current = [byte]
                } else if !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF
                            || byte == UInt8(ascii: ",")) {
                    throw .notArticles(name, reason: "not JSON records (where record \(values + 1) begins, expected { or [)")
                }
                continue
            }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte < 0x20 {
                    current += Array((byte == 0x0A ? "\\n" : byte == 0x0D ? "\\r" : byte == 0x09 ? "\\t" : "\\u00" + hex(byte)).utf8)
                    continue
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
            }
            current.append(byte)
            if depth == 0 {
                each(Data(current))
                values += 1
            }
        }
        if depth != 0 { throw .notArticles(name, reason: "JSON cut short (record \(values + 1) is not closed)") }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
