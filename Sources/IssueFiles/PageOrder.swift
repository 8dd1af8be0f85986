import IssueModel

/// The order of files by name, numbers compared as numbers — so that `page2.txt` comes before
/// `page10.txt`, as a reader counting pages expects — and a file's name without its folders.
public enum PageOrder {
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
