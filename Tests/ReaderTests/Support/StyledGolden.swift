import Reader
import Settings
import TextLayout

/// A frame written out for a golden file as ratatui's `assert_buffer` compares a buffer: its text,
/// then its cells' roles, a letter a cell (a wide character's continuation repeats its letter),
/// then the bundled default theme's style for each role used.
enum StyledGolden {
    static let letters: [Role: Character] = [
        .headline: "H", .kicker: "K", .subheadline: "S", .byline: "Y", .body: ".", .credit: "C", .rule: "R",
        .selection: "=", .hit: "h", .currentHit: "c", .status: "T", .prompt: "P", .border: "B", .dim: "d", .help: "?",
        .error: "E", .head: "A",
    ]

    static let rolesHeading = "── roles (a letter a cell) ──"

    static func text(of frame: Frame) -> String {
        var roles: [String] = [], used = Set<Role>()
        for row in 0..<frame.height {
            var line = ""
            for column in 0..<frame.width {
                let role = frame.cells[row * frame.width + column].role
                used.insert(role)
                line.append(letters[role] ?? "?")
            }
            roles.append(line)
        }
        let theme = try? ThemeCatalog().theme(named: ThemeCatalog.defaultName)
        let legend = Role.allCases.filter(used.contains).map { role in
            "\(letters[role] ?? "?") \(role.rawValue): " + (theme?.styles[role].map(describe) ?? "(none)")
        }
        return (frame.lines() + ["", rolesHeading] + roles + ["", "── theme \(ThemeCatalog.defaultName) ──"] + legend)
            .joined(separator: "\n") + "\n"
    }

    static func describe(_ style: RoleStyle) -> String {
        let attributes = TextAttributes.names.filter { style.attributes.contains($0.1) }.map(\.0)
        return (["fg " + color(style.foreground), "bg " + color(style.background)] + attributes).joined(separator: ", ")
    }

    static func color(_ color: ThemeColor) -> String {
        switch color {
        case .terminalDefault: "default"
        case .indexed(let index): "\(index)"
        case .rgb(let red, let green, let blue): "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The first line that differs; for a line of roles, the column and both roles by name.
    static func difference(_ name: String, ours: String, golden: String) -> String {
        let mine = ours.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (0..<min(mine.count, theirs.count)).first { mine[$0] != theirs[$0] } ?? min(mine.count, theirs.count)
        var said = "\(name) differs from line \(first + 1):\n- \(first < theirs.count ? theirs[first] : "(end)")\n+ \(first < mine.count ? mine[first] : "(end)")"
        if let heading = mine.firstIndex(of: Substring(rolesHeading)), first > heading, first < mine.count, first < theirs.count,
           let column = zip(mine[first], theirs[first]).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            func role(_ line: Substring) -> String {
                let letter = Array(line)[column]
                return letters.first { $0.value == letter }?.key.rawValue ?? String(letter)
            }
            said += "\nrow \(first - heading - 1), column \(column): expected \(role(theirs[first])), drew \(role(mine[first]))"
        }
        return said
    }
}
