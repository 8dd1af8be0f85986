import Foundation

/// Finds the line of a TOML file that sets a key, for messages about values that parse but are
/// wrong (an unknown role, a bad colour): the parser gives lines only for syntax errors. It reads
/// table headers (`[roles]`, `[roles.headline]`) and `key =` lines, with dotted and quoted keys;
/// a key set inside an inline table is found at the line of the table's own key. The file is read
/// once, into the first line that defines each key path; each question is then a few lookups, so
/// a file with a thousand problems is not read a thousand times.
public struct SettingsLines: Sendable {
    private var firstLine: [[String]: Int] = [:]

    public init(_ text: String) {
        var table: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let defined: [String]
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                guard let end = line.firstIndex(of: "]") else { continue }
                table = Self.keyParts(line[line.index(after: line.startIndex)..<end])
                defined = table
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                defined = table + Self.keyParts(line[..<equals])
            } else {
                continue
            }
            if !defined.isEmpty && firstLine[defined] == nil { firstLine[defined] = index + 1 }
        }
    }

    /// The first line that defines the longest leading part of `path` (the key itself, else the
    /// table or inline table it is in).
    public func line(of path: [String]) -> Int? {
        for length in stride(from: path.count, through: 1, by: -1) {
            if let line = firstLine[Array(path.prefix(length))] { return line }
        }
        return nil
    }

    /// `a."b.c".d` → a, b.c, d: a dot inside quotes is part of its key.
    private static func keyParts(_ key: Substring) -> [String] {
        var parts: [String] = [], part = "", quote: Character?
        for character in key {
            if let open = quote {
                if character == open { quote = nil } else { part.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(part.trimmingCharacters(in: .whitespaces))
                part = ""
            } else {
                part.append(character)
            }
        }
        return parts + [part.trimmingCharacters(in: .whitespaces)]
    }
}
