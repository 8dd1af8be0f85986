import IssueModel

/// The order of files by name, numbers compared as numbers — so that `page2.txt` comes before
/// `page10.txt`, as a reader counting pages expects — and a file's name without its folders.
public enum PageOrder {
    /// A page's name: its file name, without the folders.
    public static func name(of path: String) -> String {
        if path == "-" { return PageSource.standardInputName }
        let utf8 = path.utf8
        var end = utf8.endIndex
        // (A trailing slash is no name.)
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        return start < end ? String(path[start..<end]) : path
    }

    /// Name order, with runs of ASCII digits compared by value (then by length, so `01` after `1`);
    /// the rest by code point (UTF-8 bytes compare as their code points do). Byte by byte, with no
    /// copy: a folder of 10,000 names is sorted often.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in precedes(left, right) } }
    }

    static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var i = 0, j = 0
        while i < left.count && j < right.count {
            let x = left[i], y = right[j]
            if isDigit(x) && isDigit(y) {
                var leftEnd = i, rightEnd = j
                while leftEnd < left.count && isDigit(left[leftEnd]) { leftEnd += 1 }
                while rightEnd < right.count && isDigit(right[rightEnd]) { rightEnd += 1 }
                var leftValue = i, rightValue = j
                while leftValue < leftEnd && left[leftValue] == UInt8(ascii: "0") { leftValue += 1 }
                while rightValue < rightEnd && right[rightValue] == UInt8(ascii: "0") { rightValue += 1 }
                let leftLength = leftEnd - leftValue, rightLength = rightEnd - rightValue
                if leftLength != rightLength { return leftLength < rightLength }
                for k in 0..<leftLength where left[leftValue + k] != right[rightValue + k] {
                    return left[leftValue + k] < right[rightValue + k]
                }
                if leftEnd - i != rightEnd - j { return leftEnd - i < rightEnd - j }
                i = leftEnd
                j = rightEnd
                continue
            }
            if x != y { return x < y }
            i += 1
            j += 1
        }
        return i == left.count && j < right.count
    }
}
