import IssueModel

/// The pages of a feed's items that have no full text, kept beside the feed by `kanbao get`:
/// `.pages/<FNV-1a of the link>.html` in the feed's folder (hidden: not a page of its own when the
/// folder is opened), read in place of the item when the feed is.
public enum FeedItemPages {
    /// Where the page of `link` is kept for the feed at `feedPath`.
    public static func path(forLink link: String, besideFeed feedPath: String) -> String {
        let folder = feedPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/.pages/" + name(of: link)
    }

    /// `4f0c….html`: 64-bit FNV-1a of the link's UTF-8, in hex.
    static func name(of link: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in link.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + ".html"
    }

    /// The article of the page kept for `link`, if one is and it reads as an article.
    static func article(forLink link: String, besideFeed feedPath: String) -> PlacedArticle? {
        let path = path(forLink: link, besideFeed: feedPath)
        guard let bytes = try? PageSource.readBytes(path: path) else { return nil }
        return (try? HTMLPageLayout().articles(inBytes: bytes, name: path))?.articles.first
    }
}
