import Foundation
import IssueModel

/// A field that holds a little HTML (`<h1>标题</h1>`, `<p>…</p><p>…</p>`, `&nbsp;`), as scrapers
/// keep what they took from a page: its text, block ends as line ends. Fields only — a page of
/// HTML is the HTML layout's, read with a real parser.
enum MarkupText {
    /// A field's text: markup reduced when the field is markup (it opens with a tag: `<h1>…</h1>`),
    /// as it is otherwise (`…作用<br>坚守…` in a CSV title is the source's own text).
    static func reduced(_ text: String) -> String {
        ArticleAssembly.trimmed(text).first == "<" ? plain(text) : text
    }

    static func plain(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        var plain = text
        if text.contains("<") {
            plain = plain.replacingOccurrences(of: "<br\\s*/?>|</p\\s*>|</div\\s*>|</h[1-6]\\s*>", with: "\n",
                                               options: [.regularExpression, .caseInsensitive])
            plain = plain.replacingOccurrences(of: "<[A-Za-z/!][^>]*>", with: "", options: .regularExpression)
        }
        return plain.contains("&") ? entities(plain) : plain
    }

    private static let named = ["&nbsp;": "\u{A0}", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'", "&#39;": "'", "&ldquo;": "“",
                                "&rdquo;": "”", "&mdash;": "—", "&hellip;": "…", "&middot;": "·", "&amp;": "&"]

    private static func entities(_ text: String) -> String {
        var out = text
        for (entity, character) in named where out.contains(entity) { out = out.replacingOccurrences(of: entity, with: character) }
        guard out.contains("&#") else { return out }
        let pattern = try! NSRegularExpression(pattern: "&#(x?)([0-9A-Fa-f]{1,6});")
        var result = ""
        var last = out.startIndex
        for match in pattern.matches(in: out, range: NSRange(out.startIndex..., in: out)) {
            guard let range = Range(match.range, in: out), let hex = Range(match.range(at: 1), in: out),
                  let digits = Range(match.range(at: 2), in: out) else { continue }
            let value = UInt32(out[digits], radix: out[hex].isEmpty ? 10 : 16)
            guard let value, let scalar = Unicode.Scalar(value), value >= 0x20 else { continue }
            result += out[last..<range.lowerBound] + String(scalar)
            last = range.upperBound
        }
        return result + out[last...]
    }
}
