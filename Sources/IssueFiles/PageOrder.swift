import Glibc
import IssueModel

/// Which files make the pages of an issue, and in what order: a folder's visible regular files, and
/// files named on the command line, sorted by name with numbers compared as numbers — so that
/// `page2.txt` comes before `page10.txt`, as a reader counting pages expects.
public enum PageOrder {
    /// The pages named by `arguments`: files as they are, folders opened to their files.
    public static func paths(_ arguments: [String]) throws(PageInputError) -> [String] {
        var paths: [String] = []
        for argument in arguments {
            var info = stat()
            if argument != "-" && stat(argument, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR {
                paths += try files(in: argument)
            } else {
                paths.append(argument)
            }
        }
        return arguments.count > 1 || paths.count > 1 ? paths.sorted { precedes(name(of: $0), name(of: $1)) } : paths
    }

    /// The visible regular files of a folder (and links to them); an error when there are none.
    static func files(in folder: String) throws(PageInputError) -> [String] {
        guard let directory = opendir(folder) else { throw .unreadable(folder, reason: String(cString: strerror(errno))) }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            if stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG { found.append(path) }
        }
        if found.isEmpty { throw .directory(folder) }
        return found
    }

    /// A page's name: its file name, without the folders.
    public static func name(of path: String) -> String {
        path == "-" ? PageSource.standardInputName : String(path.split(separator: "/").last ?? Substring(path))
    }

    /// Name order, with runs of ASCII digits compared by value (then by length, so `01` after `1`).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        var left = Array(a.unicodeScalars)[...], right = Array(b.unicodeScalars)[...]
        while let x = left.first, let y = right.first {
            if isDigit(x) && isDigit(y) {
                let leftDigits = left.prefix(while: isDigit), rightDigits = right.prefix(while: isDigit)
                let leftValue = leftDigits.drop { $0 == "0" }, rightValue = rightDigits.drop { $0 == "0" }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if !leftValue.elementsEqual(rightValue) { return leftValue.lexicographicallyPrecedes(rightValue) { $0.value < $1.value } }
                if leftDigits.count != rightDigits.count { return leftDigits.count < rightDigits.count }
                left = left.dropFirst(leftDigits.count)
                right = right.dropFirst(rightDigits.count)
                continue
            }
            if x != y { return x.value < y.value }
            left = left.dropFirst()
            right = right.dropFirst()
        }
        return left.isEmpty && !right.isEmpty
    }
}
