/// 24-bit colour through ncurses needs a terminfo entry that has it (xterm-direct, tmux-direct…);
/// terminals announce it with COLORTERM=truecolor while TERM still names the 256-colour entry. When
/// both hold and the `-direct` sibling of TERM is installed, Kanbao starts ncurses with that.
public enum DirectColor {
    /// The TERM to use instead of `term`, if any.
    public static func upgradedTerm(term: String?, colorTerm: String?, installed: (String) -> Bool) -> String? {
        guard let term, let colorTerm, ["truecolor", "24bit"].contains(colorTerm.lowercased()),
              !term.hasSuffix("-direct") else { return nil }
        let base = term.hasSuffix("-256color") ? String(term.dropLast("-256color".count)) : term
        let candidate = base + "-direct"
        return installed(candidate) ? candidate : nil
    }

    /// Whether a terminfo entry is installed, where ncurses looks: $TERMINFO, ~/.terminfo,
    /// $TERMINFO_DIRS, and the system folders.
    public static func terminfoExists(_ name: String, environment: [String: String], fileExists: (String) -> Bool) -> Bool {
        guard let first = name.first else { return false }
        var folders: [String] = []
        if let terminfo = environment["TERMINFO"] { folders.append(terminfo) }
        if let home = environment["HOME"] { folders.append(home + "/.terminfo") }
        if let dirs = environment["TERMINFO_DIRS"] { folders += dirs.split(separator: ":").map(String.init) }
        folders += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"]
        let hex = String(first.asciiValue ?? 0, radix: 16)
        return folders.contains { folder in
            fileExists("\(folder)/\(first)/\(name)") || fileExists("\(folder)/\(hex)/\(name)")
        }
    }
}
