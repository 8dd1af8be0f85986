// `kanbao-line-features PAGE…`: the features the parser decides a line's role by (`LineFeatures`), one
// line of tab-separated values per non-blank line of each page — the page's path, the line's number
// among the page's non-blank lines, whether it is the page header, then the features. Read by
// `Scripts/fit-line-roles.py`, so that the weights are fitted on the numbers the parser computes.
import Foundation
import IssueModel

print((["page", "line", "header"] + PageParser.featureNames).joined(separator: "\t"))
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let decoded = try? TextDecoding.decode(Array(data), name: path) else {
        FileHandle.standardError.write(Data("kanbao-line-features: cannot read \(path)\n".utf8))
        exit(66)
    }
    for (number, row) in PageParser.lineFeatures(decoded.text).enumerated() {
        print(([path, "\(number)", row.isHeader ? "1" : "0"] + row.features.map { String(format: "%.4g", $0) }).joined(separator: "\t"))
    }
}
