import Foundation
import IssueModel
import MarkupTree

/// The article of a news page's markup, found by what its parts are rather than one exact path:
/// the body is `#ozoom` (every generation of People's Daily's e-paper and the papers on its
/// platform), else `founder-content`, `<article>`, or the block that holds the most paragraph
/// text; the titles are the `h3`, `h1` and `h2` beside it (kicker, headline, subheadline); the
/// byline `h4` or `p.sec` (its date left out); the date and 版 from the line that prints them
/// (`《人民日报》（2026年05月01日 第 01 版）`). Hidden copies (`display:none`), scripts and styles
/// are not text; a paragraph that is all `<strong>` or `<b>`, and `h2`–`h6` inside the body, are
/// inner heads.
enum PageArticle {
    static func placed(in root: MarkupNode) -> PlacedArticle? {
        let visible = root.without(isHidden)
        guard let (body, path) = body(in: visible) else { return nil }
        // The titles are the body's neighbours: the nearest block around it that has a headline.
        let container = path.reversed().first { $0.first { $0.name == "h1" } != nil } ?? visible
        // (Not from the body: an `h2` there is an inner head — unless the body holds the headline
        // itself, as a plain page's `<body>` does: then its `h1` only.)
        let outside = container.without { isSameElement($0, body) }
        let titles = titleLines("h1", in: outside) == nil && titleLines("h1", in: body) != nil
            ? MarkupNode(name: "div", children: [body.first { $0.name == "h1" }].compactMap { $0 }) : outside
        func title(_ name: String) -> String? { titleLines(name, in: titles).flatMap { $0.isEmpty ? nil : $0.joined(separator: " ") } }
        let byline = titles.first { $0.name == "h4" }.map { line($0.textContent) }
            ?? container.first { $0.name == "p" && $0.hasClass("sec") }.map { line($0.without { $0.hasClass("date") }.textContent) }
        let printed = line(container.elements().filter { $0.hasClass("lai") || $0.hasClass("date") || $0.hasClass("sec") }
            .map(\.textContent).joined(separator: " "))
        let (paragraphs, heads) = blocks(of: body)
        guard title("h1") != nil || !paragraphs.isEmpty else { return nil }
        var article = ArticleAssembly.article(kicker: title("h3"), headline: title("h1") ?? "", subheadline: title("h2"),
                                              byline: byline.flatMap { $0.isEmpty ? nil : $0 }, paragraphs: paragraphs.map { Substring($0) })
        article.heads = Array(Set(article.heads + heads)).sorted()
        return PlacedArticle(article, date: PrintedDate.date(in: printed), page: printedPage(printed))
    }

    /// The lines of the first `name` (`h1`…) in `container`: as its `<br>`s break it; or, when it
    /// is empty, the paragraph right after it — the 2024 template writes `<h3><p> kicker </p></h3>`,
    /// which an HTML parser closes before the `<p>`.
    static func titleLines(_ name: String, in container: MarkupNode) -> [String]? {
        var found: [String]?
        _ = container.first { parent in
            guard let index = parent.children.firstIndex(where: { $0.name == name }) else { return false }
            let heading = parent.children[index]
            var text = lines(of: heading)
            if text.isEmpty, let next = parent.children[(index + 1)...].first(where: { !$0.isText || !line($0.text).isEmpty }),
               next.name == "p", !next.hasClass("sec") {
                text = lines(of: next)
            }
            found = text
            return true
        }
        return found
    }

    /// An element's text broken where its `<br>`s are, each line as a line.
    static func lines(of node: MarkupNode) -> [String] {
        var lines: [String] = [""]
        func walk(_ node: MarkupNode) {
            if node.isText { lines[lines.count - 1] += node.text; return }
            if node.name == "br" { lines.append(""); return }
            node.children.forEach(walk)
        }
        walk(node)
        return lines.map(line).filter { !$0.isEmpty }
    }

    /// `第 01 版`, `2018年11月20日 07 版`: the 版 a page prints.
    static func printedPage(_ text: String) -> Int? {
        guard let match = text.range(of: "(第|日)\\s*0*[0-9]{1,3}\\s*版", options: .regularExpression) else { return nil }
        return Int(text[match].filter(\.isASCII).filter(\.isNumber))
    }

    /// The body and the elements around it, outermost first.
    static func body(in root: MarkupNode) -> (MarkupNode, [MarkupNode])? {
        let rules: [(MarkupNode) -> Bool] = [
            { $0.attributes["id"]?.lowercased() == "ozoom" },
            { $0.name == "founder-content" },
            { $0.name == "article" },
        ]
        for rule in rules { if let found = path(to: rule, in: root) { return found } }
        // The block whose own paragraphs hold the most text — on a page with a headline (a list of
        // the day's pages and articles has none).
        guard root.first(where: { $0.name == "h1" }) != nil else { return nil }
        var best: (node: MarkupNode, length: Int)?
        for element in root.elements() where element.name != "p" {
            let length = element.children.filter { $0.name == "p" }.reduce(0) { $0 + $1.textContent.count }
            if length > (best?.length ?? 0) { best = (element, length) }
        }
        guard let best else { return nil }
        return path(to: { isSameElement($0, best.node) }, in: root)
    }

    /// The first element that `matches`, with its ancestors.
    static func path(to matches: (MarkupNode) -> Bool, in root: MarkupNode) -> (MarkupNode, [MarkupNode])? {
        var stack: [(node: MarkupNode, ancestors: [MarkupNode])] = [(root, [])]
        while let (node, ancestors) = stack.popLast() {
            guard !node.isText else { continue }
            if matches(node) { return (node, ancestors) }
            for child in node.children.reversed() { stack.append((child, ancestors + [node])) }
        }
        return nil
    }

    /// The body's paragraphs (each `p`, or lines between `<br>`s where it has none), and which are heads.
    static func blocks(of body: MarkupNode) -> ([String], [Int]) {
        var paragraphs: [String] = [], headIndices: [Int] = []
        let heads: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
        let blocks = body.elements { $0.name != "p" && !heads.contains($0.name) && $0.name != "h1" }
            .filter { $0.name == "p" || heads.contains($0.name) }
        guard !blocks.isEmpty else {
            return (body.textContent.split(whereSeparator: \.isNewline).map { line(String($0)) }.filter { !$0.isEmpty }, [])
        }
        for block in blocks {
            let text = line(block.textContent)
            guard !text.isEmpty else { continue }
            if block.name != "p" || isAllStrong(block) { headIndices.append(paragraphs.count) }
            paragraphs.append(text)
        }
        return (paragraphs, headIndices)
    }

    /// A paragraph whose text is all inside `<strong>` or `<b>`.
    static func isAllStrong(_ paragraph: MarkupNode) -> Bool {
        var strong = false
        for child in paragraph.children {
            if child.isText {
                if !line(child.text).isEmpty { return false }
            } else if child.name == "strong" || child.name == "b" {
                strong = strong || !line(child.textContent).isEmpty
            } else if !line(child.textContent).isEmpty {
                return false
            }
        }
        return strong
    }

    /// What a page hides (`style="display:none"`, `hidden`): no text of it is read.
    static func isHidden(_ node: MarkupNode) -> Bool {
        guard !node.isText else { return false }
        if node.attributes["hidden"] != nil { return true }
        let style = (node.attributes["style"] ?? "").lowercased().filter { !$0.isWhitespace }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// The body found again in a copy of the tree it was found in (the tree is values: by its
    /// name, attributes and how many children it has).
    static func isSameElement(_ node: MarkupNode, _ body: MarkupNode) -> Bool {
        node.name == body.name && node.attributes == body.attributes && node.children.count == body.children.count
    }

    /// Text as a line: runs of spaces and line ends one space (as HTML shows them), the ends trimmed
    /// (ideographic spaces too).
    static func line(_ text: String) -> String {
        var out = "", space = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                space = true
            } else {
                if space && !out.isEmpty { out += " " }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return String(ArticleAssembly.trimmed(out))
    }
}
