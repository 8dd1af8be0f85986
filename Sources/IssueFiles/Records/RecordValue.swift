import Foundation
import IssueModel

/// A field's value in a record, as JSON or CSV gives it.
public enum RecordValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case list([RecordValue])
    case object([String: RecordValue])
    case null

    /// From what `JSONSerialization` made of a value.
    init(_ json: Any) {
        switch json {
        case let text as String: self = .text(text)
        case let date as Date:
            // (YAML's unquoted `date: 2017-01-01` is a timestamp: the day it names, in UTC.)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            self = .object(["year": .number(Double(parts.year ?? 0)), "month": .number(Double(parts.month ?? 0)),
                            "day": .number(Double(parts.day ?? 0))])
        case let number as Int: self = .number(Double(number))
        case let number as Double: self = .number(number)
        case let number as NSNumber: self = .number(number.doubleValue)
        case let list as [Any]: self = .list(list.map(RecordValue.init))
        case let object as [String: Any]: self = .object(object.mapValues(RecordValue.init))
        default: self = .null
        }
    }

    /// The value as text: a number as written (`5`, not `5.0`); a list's items one a line (a list of
    /// paragraphs, `[{"type": "paragraph", "text": …}]`, as its paragraphs); nil for nothing.
    var text: String? {
        switch self {
        case .text(let text): return text
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .list(let items):
            let texts = items.compactMap(\.text).filter { !$0.isEmpty }
            return texts.isEmpty ? nil : texts.joined(separator: "\n")
        case .object(let fields):
            return fields["text"]?.text ?? fields["content"]?.text
        case .null: return nil
        }
    }

    /// The date the value gives: a printed date (`2016年01月05日`, `20020101`, `2026-08-07T…`),
    /// `{"year": 1952, "month": 9, "day": 27}`, or the first of a list of them.
    var date: IssueDate? {
        switch self {
        case .text, .number: return text.flatMap(PrintedDate.date(in:))
        case .list(let items): return items.lazy.compactMap(\.date).first
        case .object(let fields):
            guard let year = fields["year"]?.number, let month = fields["month"]?.number, let day = fields["day"]?.number else { return nil }
            return IssueDate(year: Int(year), month: Int(month), day: Int(day))
        case .null: return nil
        }
    }

    private var number: Double? {
        switch self {
        case .number(let number): number
        case .text(let text): Double(text)
        default: nil
        }
    }
}
