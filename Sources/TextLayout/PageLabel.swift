/// How a page of an issue of several is named wherever it is shown — the reader's headline pane,
/// the page list, `--dump` and `--list`: `第2/4版 · 02_要闻.txt`. A name that already says which 版
/// it is (a crawler day's `2019年10月1日 星期二 第01版`) comes first, the place among the pages
/// opened after it — `2019年10月1日 星期二 第01版 · 1/20` — so that a narrow pane keeps the date.
public enum PageLabel {
    public static func text(page index: Int, of count: Int, name: String) -> String {
        if name.hasSuffix("版") { return name + " · \(index + 1)/\(count)" }
        return "第\(index + 1)/\(count)版" + (name.isEmpty ? "" : " · " + name)
    }

    /// The label's forms, longest first, for a narrow place to take the first that fits: the
    /// weekday goes first, then the year, then the date (`2019年10月1日 星期二 第01版 · 1/20`,
    /// `2019年10月1日 第01版 · 1/20`, `10月1日 第01版 · 1/20`, `第01版 · 1/20`, `第01版`); a
    /// page text's name goes before its place (`第2/4版`).
    public static func forms(page index: Int, of count: Int, name: String) -> [String] {
        let place = " · \(index + 1)/\(count)"
        guard name.hasSuffix("版") else { return [text(page: index, of: count, name: name), "第\(index + 1)/\(count)版"] }
        var words = name.split(separator: " ").map(String.init)
        var forms = [name + place]
        if words.count > 2, words[1].hasPrefix("星期") {
            words.remove(at: 1)
            forms.append(words.joined(separator: " ") + place)
        }
        if words.count > 1, let year = words[0].firstIndex(of: "年") {
            forms.append(String(words[0][words[0].index(after: year)...]) + " " + words.dropFirst().joined(separator: " ") + place)
        }
        if let last = words.last, words.count > 1 { forms += [last + place, last] }
        return forms
    }
}
