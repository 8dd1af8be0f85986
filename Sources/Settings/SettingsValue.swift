import TOMLKit

/// A TOML document as plain values, taken out of TOMLKit at once: the rest of Kanbao reads these,
/// so the parser stays behind this one file.
public indirect enum SettingsValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([SettingsValue])
    case table([String: SettingsValue])
    /// A date or time: TOML has them; no Kanbao setting takes one.
    case other(String)

    /// What the value is, as a message says it ("a string", "an integer").
    public var kind: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number with a fraction"
        case .boolean: "true or false"
        case .array: "a list"
        case .table: "a table"
        case .other: "a date or time"
        }
    }

    /// A syntax error: where, and what the parser said.
    public struct SyntaxError: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        public let problem: String
    }

    /// Parses TOML text into a table.
    public static func parse(_ text: String) throws(SyntaxError) -> [String: SettingsValue] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SyntaxError(line: error.source.begin.line, column: error.source.begin.column, problem: error.description)
        } catch {
            throw SyntaxError(line: 1, column: 1, problem: "\(error)")
        }
        return convert(table)
    }

    private static func convert(_ table: TOMLTable) -> [String: SettingsValue] {
        var result: [String: SettingsValue] = [:]
        for key in table.keys {
            if let value = table[key] { result[key] = convert(value) }
        }
        return result
    }

    private static func convert(_ value: TOMLValueConvertible) -> SettingsValue {
        switch value.type {
        case .string: .string(value.string ?? "")
        case .int: .integer(value.int ?? 0)
        case .double: .float(value.double ?? 0)
        case .bool: .boolean(value.bool ?? false)
        case .array: .array(value.array.map { array in array.map { convert($0) } } ?? [])
        case .table: .table(value.table.map(convert) ?? [:])
        default: .other(value.debugDescription)
        }
    }
}
