import Foundation

/// Short pages written in the style of other Chinese dailies, to keep the parser honest beyond the
/// seed: a page header, 新华社 and 本报北京…电 leads, full-width indents, headlines without kicker,
/// a dash subheadline, three-line headline blocks, articles with no byline, inner headings.
public enum Pages {
    /// A page of `Tests/Fixtures/other-papers/` (with its true titles beside it, `NAME.expect.json`,
    /// which `Scripts/fit-line-roles.py` fits on too).
    static func page(_ name: String, folder: String = "other-papers") -> String {
        (try? String(contentsOf: URL(fileURLWithPath: path(name, folder: folder)), encoding: .utf8)) ?? ""
    }

    /// The path of a fixture page, for tests that hand it to the binary.
    public static func path(_ name: String, folder: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(folder)/\(name).txt").path
    }

    /// A long People's Daily article with the inner section heads of real ones (`关键词 教育`, `讲述`,
    /// `【热议】`, `纪律严明，筑牢作风“高压线”`, `5G赋能：借势东风好扬帆`, a quoted line), a photo credit
    /// with its agency, and a second article under a kicker that ends in `——`.
    public static let innerHeads = page("longArticle", folder: "inner-heads")

    /// People's Daily style: page header, indented paragraphs (some with no blank line between),
    /// a 新华社 lead with no byline, a headline with a dash subheadline, a credit, a three-line block.
    public static let peoplesDaily = page("peoplesDaily")

    /// A local paper: no header, no kickers, leads by date only (no byline at all), a name and a
    /// Latin phrase cut by column breaks, an inner numbered heading.
    public static let localPaper = page("localPaper")

    /// A byline on its own line between headline and body, and a bracketed credit.
    public static let bylineLine = page("bylineLine")

    /// A headline with a comma (as People's Daily writes them), a bracketed jump line, and a strong
    /// lead after a paragraph that does not end its sentence.
    public static let commaHeadline = page("commaHeadline")

    /// Nothing that looks like an article: every paragraph is running text.
    public static let unstructured = page("unstructured")

    /// A title line and running text without any lead marker.
    public static let titleThenText = page("titleThenText")

    /// Every fixture with its name (for parameterised tests).
    public static let all: [NamedPage] = [
        NamedPage(name: "peoplesDaily", text: peoplesDaily), NamedPage(name: "localPaper", text: localPaper),
        NamedPage(name: "bylineLine", text: bylineLine), NamedPage(name: "unstructured", text: unstructured),
        NamedPage(name: "commaHeadline", text: commaHeadline),
        NamedPage(name: "titleThenText", text: titleThenText), NamedPage(name: "seed", text: Seed.text),
    ]
}

public struct NamedPage: Sendable {
    public let name: String
    public let text: String
}
