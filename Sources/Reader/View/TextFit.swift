import TextLayout

/// Text from a page made drawable and cut to a width at a grapheme boundary, with "…".
public enum TextFit {
    /// Every cluster as its glyph: control and invisible characters as stand-ins.
    public static func visible(_ text: String, ambiguousWide: Bool = false) -> String {
        var out = ""
        for character in text { out += Glyph(character, ambiguousWide: ambiguousWide).text }
        return out
    }

    /// `text` (already visible) cut to at most `width` cells; "…" marks a cut.
    public static func truncated(_ text: String, width: Int, ambiguousWide: Bool = false) -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(text, ambiguousWide: ambiguousWide) <= width { return text }
        let ellipsis = "…"
        let room = width - CellWidth.of(ellipsis, ambiguousWide: ambiguousWide)
        var out = "", used = 0
        for character in text {
            let cells = CellWidth.of(character, ambiguousWide: ambiguousWide)
            if used + cells > room { break }
            out.append(character)
            used += cells
        }
        return room >= 0 ? out + ellipsis : ""
    }

    /// A status line's message in `width` cells, giving way a piece at a time rather than mid-word:
    /// whole if it fits; else without its last ` — `-joined pieces (`「改革」2284处 matches in 28期
    /// issues — n/N 下一期 next issue` loses its hint first); else cut where a Chinese character
    /// meets an English word, the longest that fits (`已到开头，从末尾找起 search wrapped to the end`
    /// keeps `已到开头，从末尾找起`): English goes whole; the shortest, if even that does not fit,
    /// cut as `truncated` cuts.
    public static func givingWay(_ text: String, width: Int, ambiguousWide: Bool = false) -> String {
        func fits(_ piece: String) -> Bool { CellWidth.of(piece, ambiguousWide: ambiguousWide) <= width }
        guard !fits(text) else { return text }
        var pieces = text.components(separatedBy: " — ")
        while pieces.count > 1 {
            pieces.removeLast()
            if fits(pieces.joined(separator: " — ")) { return pieces.joined(separator: " — ") }
        }
        // (Where a Chinese character meets the space before an English word: each cut there drops
        // English whole — `「改革」2284处 matches in 28期` before `「改革」2284处`.)
        let first = pieces[0]
        let cuts = first.indices.filter { $0 > first.startIndex && first[$0] == " " && !first[first.index(before: $0)].isASCII }
        for cut in cuts.reversed() where fits(String(first[..<cut])) { return String(first[..<cut]) }
        return truncated(cuts.first.map { String(first[..<$0]) } ?? first, width: width, ambiguousWide: ambiguousWide)
    }

    /// The end of `text` (already visible) in at most `width` cells; "…" first marks a cut — made
    /// here, or (`cut`) already made before it: the text before a match, in the `&` lists.
    public static func tail(_ text: String, width: Int, cut: Bool = false, ambiguousWide: Bool = false) -> String {
        guard width > 0 else { return "" }
        if !cut && CellWidth.of(text, ambiguousWide: ambiguousWide) <= width { return text }
        let ellipsis = "…"
        let room = width - CellWidth.of(ellipsis, ambiguousWide: ambiguousWide)
        guard room >= 0 else { return "" }
        var kept: [Character] = [], used = 0
        for character in text.reversed() {
            let cells = CellWidth.of(character, ambiguousWide: ambiguousWide)
            if used + cells > room { break }
            kept.append(character)
            used += cells
        }
        return ellipsis + String(kept.reversed())
    }
}

