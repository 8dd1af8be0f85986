/// The blocks in reading order, by cutting the page where a gap runs right across it (XY-cut):
/// at each step at the widest gap, across (the parts read top to bottom) or down (left to right) —
/// a newspaper's articles are stacked and set side by side, and a headline spans its columns. Of
/// parts side by side, one set vertically (a headline down an article's right edge, its byline; a
/// column of vertical text) is read before the part to its left: vertical setting reads right to left.
enum ReadingOrder {
    static func ordered(_ blocks: [TextBlock]) -> [TextBlock] {
        // (A stack of parts still to cut, the next to read on top: no recursion, whose depth a page
        // of many blocks one under another would make as deep as its blocks.)
        var result: [TextBlock] = [], pending = [blocks]
        while let part = pending.popLast() {
            guard part.count > 1 else {
                result += part
                continue
            }
            let parts = cut(part)
            if parts.count == 1 { result += parts[0] } else { pending += parts.reversed() }
        }
        return result
    }

    /// A part cut in two at its widest gap, in reading order; or, with no gap, its blocks top to
    /// bottom, then left to right, as one part. A gap across that parts a title from the text
    /// right under it (`binds`) is cut only where no other gap is left, under the widest such
    /// title: a headline over all its part's columns is read before them whatever is cut, but one
    /// over a column, cut from its text because a neighbouring column (an advertisement's items)
    /// happens to leave a gap at the same height, would be read apart from its article.
    static func cut(_ blocks: [TextBlock]) -> [[TextBlock]] {
        // (Widest first, each looked at only until one does not bind: a page of many blocks has as
        // many gaps.)
        let gaps = self.gaps(blocks.map { ($0.y1, $0.y2) }).sorted { $0.width > $1.width }
        let across = gaps.first { binds(blocks, above: $0.top, below: $0.top + $0.width) == nil }
        let down = self.gaps(blocks.map { ($0.x1, $0.x2) }).max { $0.width < $1.width }
        if across == nil, down == nil {
            let titled = gaps.map { ($0, binds(blocks, above: $0.top, below: $0.top + $0.width) ?? 0) }
            guard let under = titled.max(by: { $0.1 < $1.1 })?.0 else { return [blocks.sorted { ($0.y1, $0.x1) < ($1.y1, $1.x1) }] }
            let at = under.top + under.width / 2
            return [blocks.filter { $0.y1 < at }, blocks.filter { $0.y1 >= at }]
        }
        if let across, across.width >= down?.width ?? -1 {
            let at = across.top + across.width / 2
            return [blocks.filter { $0.y1 < at }, blocks.filter { $0.y1 >= at }]
        }
        let cut = down!.top + down!.width / 2
        let left = blocks.filter { $0.x1 < cut }, right = blocks.filter { $0.x1 >= cut }
        // (Text set vertically reads from right to left: its columns, and a vertical headline beside
        // text. Of two vertical parts, the larger type is read first — a headline before its subtitle,
        // whichever side it stands — and of the same size, the right one.)
        if right.allSatisfy(\.vertical) {
            let rightSize = right.map(\.size).max() ?? 0, leftSize = left.map(\.size).max() ?? 0
            if !left.allSatisfy(\.vertical) || rightSize >= 0.9 * leftSize { return [right, left] }
        }
        return titleFirst(left: left, right: right) ?? [left, right]
    }

    /// An article whose headline stands over its columns but not the first — set inset, that column
    /// beginning beside it (its byline at the top), or narrower than the columns, centred, the first
    /// beginning under it: the headline is read first. So when the part on the left holds no title
    /// and begins beside a headline on the right or just under it (within three of its lines), the
    /// headline (with the titles set with it) is read before the left, then the rest of the right.
    /// (An inner head, smaller, heads its own column.)
    static func titleFirst(left: [TextBlock], right: [TextBlock]) -> [[TextBlock]]? {
        guard let text = left.map(\.size).max(), let top = left.map(\.y1).min(),
              let first = right.indices.filter({ !right[$0].vertical }).min(by: { right[$0].y1 < right[$1].y1 }),
              right[first].size >= BlockRoles.headline * text,
              top > right[first].y1 - right[first].size, top < right[first].y1 + 3 * right[first].size else { return nil }
        // (With it, the titles set close under it: a subheadline.)
        var titles: Set<Int> = [first], bottom = right[first].y2
        for index in right.indices.sorted(by: { right[$0].y1 < right[$1].y1 }) where !titles.contains(index) && !right[index].vertical {
            guard right[index].size >= 1.15 * text, right[index].y1 >= right[first].y1, right[index].y1 - bottom < right[index].size else { continue }
            titles.insert(index)
            bottom = max(bottom, right[index].y2)
        }
        let (set, rest) = (titles.sorted().map { right[$0] }, right.indices.filter { !titles.contains($0) }.map { right[$0] })
        return [set, left, rest]
    }

    /// The gaps the spans leave (where each begins, and how wide it is).
    static func gaps(_ spans: [(Double, Double)]) -> [(top: Double, width: Double)] {
        let sorted = spans.sorted { $0.0 < $1.0 }
        var found: [(top: Double, width: Double)] = []
        var reach = sorted.first?.1 ?? 0
        for span in sorted.dropFirst() {
            if span.0 > reach { found.append((reach, span.0 - reach)) }
            reach = max(reach, span.1)
        }
        return found
    }

    /// Whether a gap across (from `above` to `below`) parts a title from text set right under it —
    /// a block ending at the gap (within half its size) in type at least 1.3 times the size of one
    /// beginning below it, in part of its width, less than the title's size under it — and if so,
    /// how wide that title is.
    static func binds(_ blocks: [TextBlock], above: Double, below: Double) -> Double? {
        let titles = blocks.filter { title in
            title.y2 <= above + 0.5 && above - title.y2 < 0.5 * title.size && blocks.contains { text in
                text.y1 >= below - 0.5 && text.y1 - title.y2 < title.size && title.size >= 1.3 * text.size
                    && min(title.x2, text.x2) > max(title.x1, text.x1)
            }
        }
        return titles.map { $0.x2 - $0.x1 }.max()
    }
}
