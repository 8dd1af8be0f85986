/// How a page of an issue of several is named wherever it is shown — the reader's headline pane,
/// the page list, `--dump` and `--list`: `第2/4版 · 02_要闻.txt`.
public enum PageLabel {
    public static func text(page index: Int, of count: Int, name: String) -> String {
        "第\(index + 1)/\(count)版" + (name.isEmpty ? "" : " · " + name)
    }
}
