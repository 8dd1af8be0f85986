/// The `--json` form of an issue: `{"header": …, "articles": [{"kicker": …, "headline": …,
/// "subheadline": …, "byline": …, "paragraphs": […], "heads": […], "credit": …}]}`
/// (`heads`: the indices of the paragraphs that are inner section heads) with every key present (null
/// where absent), in this order, UTF-8 unescaped. Written by hand because JSONEncoder does not keep
/// key order here.
public enum IssueJSON {
    public static func encode(_ issue: Issue) -> String {
        guard !issue.pages.isEmpty else { return page(header: issue.header, issue.articles[...], indent: "") + "\n" }
        // Several pages: `{"pages": [{"name": …, "header": …, "articles": […]}, …]}`.
        var out = "{\n  \"pages\": ["
        for (index, page) in issue.pages.enumerated() {
            out += (index == 0 ? "\n" : ",\n") + "    " + self.page(name: page.name, header: page.header, issue.articles[page.articles], indent: "    ")
        }
        return out + "\n  ]\n}\n"
    }

    /// One page's object, its lines after the first indented by `indent`.
    static func page(name: String? = nil, header: String?, _ articles: ArraySlice<Article>, indent: String) -> String {
        var out = "{\n"
        if let name { out += "  \"name\": \(string(name)),\n" }
        out += "  \"header\": \(string(header)),\n  \"articles\": ["
        for (index, article) in articles.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\n"
            out += "      \"kicker\": \(string(article.kicker)),\n"
            out += "      \"headline\": \(string(article.headline)),\n"
            out += "      \"subheadline\": \(string(article.subheadline)),\n"
            out += "      \"byline\": \(string(article.byline)),\n"
            out += "      \"paragraphs\": ["
            for (number, paragraph) in article.paragraphs.enumerated() {
                out += (number == 0 ? "\n" : ",\n") + "        " + string(paragraph)
            }
            out += article.paragraphs.isEmpty ? "],\n" : "\n      ],\n"
            out += "      \"heads\": [\(article.heads.map(String.init).joined(separator: ", "))],\n"
            out += "      \"credit\": \(string(article.credit))\n"
            out += "    }"
        }
        out += articles.isEmpty ? "]\n}" : "\n  ]\n}"
        // (Strings are escaped, so every newline here is the layout's own.)
        return indent.isEmpty ? out : out.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
    }

    /// A JSON string literal: quotes and backslashes escaped, and every code point that `VisibleText`
    /// would not print as itself (controls, bidi controls, U+2028/2029, noncharacters, invisible
    /// format characters) as `\u202e` — the same text to a JSON reader, and nothing a terminal obeys
    /// when the JSON is read there. The rest as is.
    static func string(_ value: String?) -> String {
        guard let value else { return "null" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where VisibleText.needsSubstitute(scalar) || VisibleText.isInvisible(scalar):
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
