/// How a page of an issue of several is named wherever it is shown — the reader's headline pane,
/// the page list, `--dump` and `--list`: `第2/4版 · 02_要闻.txt`. A name that already says which 版
/// it is (a crawler day's `2019年10月1日 星期二 第01版`) comes first, the place among the pages
/// opened after it — `2019年10月1日 星期二 第01版 · 1/20` — so that a narrow pane keeps the date.
public enum PageLabel {
    public static func text(page index: Int, of count: Int, name: String) -> String {
        if name.hasSuffix("版") { return name + " · \(index + 1)/\(count)" }
        return "第\(index + 1)/\(count)版" + (name.isEmpty ? "" : " · " + name)
    }
}
