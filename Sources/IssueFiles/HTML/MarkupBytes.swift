import IssueModel
import MarkupTree

/// An HTML page's bytes to its tree, decoded as the page says: a page that names its charset
/// (`<meta charset>`, `http-equiv`) or starts with a BOM is left to libxml2, which reads it so;
/// any other by the shared detection (UTF-8, else GB18030), then parsed as UTF-8.
enum MarkupBytes {
    static func html(_ bytes: [UInt8], name: String) throws(PageInputError) -> MarkupNode {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let names = head.contains("charset") || bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
            || bytes.starts(with: [0xFE, 0xFF])
        if names, let tree = MarkupParser.html(bytes, encoding: nil) { return tree }
        let text = try TextDecoding.decode(bytes, name: name).text
        guard let tree = MarkupParser.html(Array(text.utf8), encoding: "UTF-8") else {
            throw .notArticles(name, reason: "no HTML in it")
        }
        return tree
    }
}
