import Foundation

/// Finds the line of a TOML file that sets a key, for messages about values that parse but are
/// wrong (an unknown role, a bad colour): the parser gives lines only for syntax errors. It reads
/// table headers (`[roles]`, `[roles.headline]`) and `key =` lines, with dotted and quoted keys;
/// a key set inside an inline table is found at the line of the table's own key.
enum SettingsLines {
    static func line(of path: [String], in text: String) -> Int? {
        var table: [String] = []
        var best: (line: Int, length: Int)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            var defined: [String]
            if line.hasPrefix("[") && !line.hasPrefix("[[") {
                guard let end = line.firstIndex(of: "]") else { continue }
                table = keyParts(line[line.index(after: line.startIndex)..<end])
                defined = table
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                defined = table + keyParts(line[..<equals])
            } else {
                continue
            }
            let shared = zip(defined, path).prefix { $0 == $1 }.count
            if shared == defined.count, shared > 0, shared > (best?.length ?? 0) { best = (index + 1, shared) }
        }
        return best?.line
    }

    private static func keyParts(_ key: Substring) -> [String] {
        key.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
    }
}
