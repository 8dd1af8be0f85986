import Glibc

/// `mkdir -p`, for the folders Kanbao keeps things in (its cache, its state).
public enum FolderMaking {
    /// Makes `path` and the folders above it as needed: nil, or the error that stopped it.
    public static func make(_ path: String, mode: mode_t = 0o755) -> Int32? {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR ? nil : ENOTDIR }
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !parent.isEmpty && parent != path, let code = make(parent, mode: mode) { return code }
        return mkdir(path, mode) == 0 || errno == EEXIST ? nil : errno
    }
}
