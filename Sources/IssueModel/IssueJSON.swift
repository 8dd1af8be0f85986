/// The `--json` form of an issue: `{"header": …, "date": "2019-02-01", "number": 5, "articles": [{"kicker": …, "headline": …,
/// "subheadline": …, "byline": …, "paragraphs": […], "heads": […], "credit": …}]}`
/// (`heads`: the indices of the paragraphs that are inner section heads) with every key present (null
/// where absent), in this order, UTF-8 unescaped. Written by hand because JSONEncoder does not keep
/// key order here.
public enum IssueJSON {
    /// The JSON written a page at a time as the files are read (`--json` of ten thousand files): the
    /// issue is never held whole. Several pages are `{"pages": [{"name": …, "header": …, "articles": […]}, …]}`.
    public struct Writer {
        let paged: Bool
        let write: (String) -> Void
        var pages = 0

        public init(paged: Bool, write: @escaping (String) -> Void) {
            self.paged = paged
            self.write = write
        }

        /// Nothing is written before the first page, so that a failure before it leaves no output.
        /// `date` and `number`: the issue's date and the 版's number, when the layout knows them.
        public mutating func page(name: String, header: String?, date: IssueDate? = nil, number: Int? = nil, _ articles: ArraySlice<Article>) {
            let place = Place(date: date, number: number)
            if paged {
                write((pages == 0 ? "{\n  \"pages\": [\n" : ",\n") + "    "
                      + IssueJSON.page(name: name, header: header, place: place, articles, indent: "    "))
            } else {
                write(IssueJSON.page(header: header, place: place, articles, indent: "") + "\n")
            }
            pages += 1
        }

        public func finish() {
            if paged { write(pages == 0 ? "{\n  \"pages\": [\n  ]\n}\n" : "\n  ]\n}\n") }
        }
    }

    /// One page's object, its lines after the first indented by `indent` (every newline here is the
    /// layout's own: strings are escaped).
    struct Place {
        var date: IssueDate?
        var number: Int?
    }

    static func page(name: String? = nil, header: String?, place: Place = Place(), _ articles: ArraySlice<Article>, indent: String) -> String {
        let newline = "\n" + indent
        var out = "{" + newline
        if let name { out += "  \"name\": \(string(name))," + newline }
        out += "  \"header\": \(string(header))," + newline
        out += "  \"date\": \(string(place.date?.iso))," + newline + "  \"number\": \(place.number.map(String.init) ?? "null")," + newline + "  \"articles\": ["
        for (index, article) in articles.enumerated() {
            out += (index == 0 ? newline : "," + newline) + "    {" + newline
            out += "      \"kicker\": \(string(article.kicker))," + newline
            out += "      \"headline\": \(string(article.headline))," + newline
            out += "      \"subheadline\": \(string(article.subheadline))," + newline
            out += "      \"byline\": \(string(article.byline))," + newline
            out += "      \"paragraphs\": ["
            for (number, paragraph) in article.paragraphs.enumerated() {
                out += (number == 0 ? newline : "," + newline) + "        " + string(paragraph)
            }
            out += article.paragraphs.isEmpty ? "]," + newline : newline + "      ]," + newline
            out += "      \"heads\": [\(article.heads.map(String.init).joined(separator: ", "))]," + newline
            out += "      \"credit\": \(string(article.credit))" + newline
            out += "    }"
        }
        out += articles.isEmpty ? "]" + newline + "}" : newline + "  ]" + newline + "}"
        return out
    }

    /// A JSON string literal: quotes and backslashes escaped, and every code point that `VisibleText`
    /// would not print as itself (controls, bidi controls, U+2028/2029, noncharacters, invisible
    /// format characters) as `\u202e` — the same text to a JSON reader, and nothing a terminal obeys
    /// when the JSON is read there. The rest as is.
    static func string(_ value: String?) -> String {
        guard let value else { return "null" }
        // Nearly every string needs nothing escaped: then it goes in whole, not a code point at a time.
        guard value.unicodeScalars.contains(where: needsEscape) else { return "\"" + value + "\"" }
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

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || VisibleText.needsSubstitute(scalar) || VisibleText.isInvisible(scalar)
    }
}
