/// Text broken into lines no wider than a width, as the layout breaks a paragraph (UAX #14, 禁则),
/// flush left, nothing hanging: for the lines Kanbao writes itself — the dump's page header, the
/// help's descriptions.
public enum TextWrap {
    public static func lines(_ text: String, width: Int, ambiguousWide: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        let clusters = ParagraphSetter.clusters(of: text, ambiguousWide: ambiguousWide, maxWidth: width)
        let utf8 = Array(text.utf8)
        return LineBreaker.lines(clusters, firstLineWidth: width, width: width).map { span in
            (span.start..<span.end).map { clusters[$0].drawn ?? String(decoding: utf8[clusters[$0].bytes], as: UTF8.self) }.joined()
        }
    }
}
