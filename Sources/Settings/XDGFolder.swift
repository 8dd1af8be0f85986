/// Kanbao's folder under an XDG base directory: `$VARIABLE/kanbao` when the variable holds an
/// absolute path (the spec says to ignore a relative one), else `$HOME/fallback/kanbao`.
public enum XDGFolder {
    public static func kanbao(_ variable: String, fallback: String, environment: [String: String]) -> String? {
        if let base = environment[variable], base.hasPrefix("/") { return base + "/kanbao" }
        return environment["HOME"].map { $0 + "/" + fallback + "/kanbao" }
    }
}
