import Foundation

/// Markdown as a reader reads it: the text, without the markup — heading marks, emphasis, links
/// (their text kept), images, Hugo shortcodes (`{{< video … >}}`), HTML tags.
enum MarkdownText {
    static func plain(_ line: Substring) -> String {
        var text = String(line)
        if text.contains("{{") { text = text.replacingOccurrences(of: "\\{\\{[<%].*?[>%]\\}\\}", with: "", options: .regularExpression) }
        if text.contains("![") { text = text.replacingOccurrences(of: "!\\[[^\\]]*\\]\\([^)]*\\)", with: "", options: .regularExpression) }
        if text.contains("](") { text = text.replacingOccurrences(of: "\\[([^\\]]*)\\]\\([^)]*\\)", with: "$1", options: .regularExpression) }
        if text.contains("**") || text.contains("__") {
            text = text.replacingOccurrences(of: "(\\*\\*|__)(.+?)\\1", with: "$2", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "^\\s{0,3}(#{1,6}\\s+|>\\s?)", with: "", options: .regularExpression)
        return MarkupText.plain(text)
    }

    /// `# 标题` and the like: the heading's text and level; nil for any other line.
    static func heading(_ line: Substring) -> (level: Int, text: String)? {
        let marks = line.prefix { $0 == "#" }
        guard (1...6).contains(marks.count), line.dropFirst(marks.count).first == " " else { return nil }
        return (marks.count, plain(line))
    }
}
