import TextLayout

/// The matches of one article, by block, and which one is current: what the views paint in the
/// `hit` and `currentHit` roles.
struct SearchHighlights {
    private var byBlock: [Int: [SearchMatch]] = [:]
    let current: SearchMatch?

    init?(article: Int, _ state: ReaderState) {
        guard let session = state.search, !session.results.isEmpty else { return nil }
        let results = session.results
        for index in results.range(inArticle: article) {
            byBlock[results.matches[index].block, default: []].append(results.matches[index])
        }
        current = session.currentMatch
    }

    /// Cluster ranges of `block` that lie in `start..<end`, each with its role, counted from `start`.
    func hits(block: Int, start: Int, end: Int) -> [(range: Range<Int>, role: Role)] {
        (byBlock[block] ?? []).compactMap { match in
            guard match.start < end && match.end > start else { return nil }
            return ((max(match.start, start) - start)..<(min(match.end, end) - start), match == current ? .currentHit : .hit)
        }
    }
}

/// Page text written as glyphs, cluster by cluster, cut at a width with "…", with hits in their roles.
enum SourceLine {
    static func write(
        _ text: String, into frame: inout Frame, row: Int, column: Int, width: Int, role: Role,
        hits: [(range: Range<Int>, role: Role)] = []
    ) {
        let ambiguousWide = frame.ambiguousWide
        let glyphs = text.map { Glyph($0, ambiguousWide: ambiguousWide) }
        let total = glyphs.reduce(0) { $0 + $1.width }
        let ellipsis = total > width ? "…" : ""
        let room = width - CellWidth.of(ellipsis, ambiguousWide: ambiguousWide)
        guard room >= 0 else { return }
        var x = column
        for (index, glyph) in glyphs.enumerated() {
            if x + glyph.width > column + room { break }
            let own = hits.last { $0.range.contains(index) }?.role ?? role
            frame.write(glyph.text, row: row, column: x, role: own, limit: column + room)
            x += glyph.width
        }
        frame.write(ellipsis, row: row, column: x, role: role)
    }
}
