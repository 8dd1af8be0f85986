/// Lines set one under another in one column, in one size: a paragraph or several, a headline of
/// several lines, a byline.
public struct TextBlock: Sendable, PageBoxed {
    public var lines: [TextLine]
    public private(set) var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0

    init(_ lines: [TextLine]) {
        self.lines = lines
        measure()
    }

    mutating func measure() {
        (x1, y1, x2, y2) = lines.box
    }

    public var size: Double { lines.middleSize }

    public var characterCount: Int { lines.reduce(0) { $0 + $1.glyphs.count } }
    public var text: String { lines.map(\.text).joined() }
    public var vertical: Bool { lines.allSatisfy(\.vertical) }

    /// Lines into blocks: a line joins the block whose last line is just above it (a line's
    /// leading apart), in its size, starting where the block's lines start (or indented up to three
    /// characters, a paragraph's first line) and ending no further right than a character past them.
    /// Vertical lines the same way, turned: side by side from right to left (`verticalBlocks`).
    static func blocks(_ lines: [TextLine]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for line in lines.filter({ !$0.vertical }).sorted(by: { ($0.y1, $0.x1) < ($1.y1, $1.x1) }) {
            let size = line.size
            let joins = blocks.lastIndex { block in
                guard let last = block.lines.last, !last.vertical, abs(last.size - size) <= 0.12 * size else { return false }
                let gap = line.y1 - last.y2
                guard gap > -0.3 * size, gap < 0.9 * size else { return false }
                // (The block's left edge, without the indents of its first lines.)
                let left = block.x1, right = block.x2
                // (Either may be a paragraph's indented first line.)
                let startsWithIt = abs(line.x1 - left) < 3.2 * size
                let endsWithIt = line.x2 < right + 1.2 * size && line.x2 > left + 0.5 * size
                // (Or starting left of the block's lines so far: they were a paragraph's indented first.)
                let sameStart = abs(line.x1 - last.x1) < 0.6 * size || abs(line.x1 - left) < 0.6 * size || line.x1 < left - 0.6 * size
                let sameEnd = abs(line.x2 - right) < 1.2 * size
                return startsWithIt && endsWithIt && (sameStart || sameEnd)
            }
            if let joins {
                blocks[joins].lines.append(line)
                blocks[joins].measure()
            } else {
                blocks.append(TextBlock([line]))
            }
        }
        return blocks + verticalBlocks(lines.filter(\.vertical))
    }

    /// Vertical lines into blocks: a line joins the block whose last line stands just right of it (a
    /// line's spacing apart), in its size, starting where the block's lines start at the top (or
    /// set down up to three characters, a paragraph's first line).
    static func verticalBlocks(_ lines: [TextLine]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for line in lines.sorted(by: { ($0.x2, $0.y1) > ($1.x2, $1.y1) }) {
            let size = line.size
            let joins = blocks.lastIndex { block in
                guard let last = block.lines.last, abs(last.size - size) <= 0.12 * size else { return false }
                let gap = last.x1 - line.x2
                let top = block.y1
                return gap > -0.3 * size && gap < 0.9 * size && abs(line.y1 - top) < 3.2 * size
            }
            if let joins {
                blocks[joins].lines.append(line)
                blocks[joins].measure()
            } else {
                blocks.append(TextBlock([line]))
            }
        }
        return blocks
    }
}

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
    /// bottom, then left to right, as one part.
    static func cut(_ blocks: [TextBlock]) -> [[TextBlock]] {
        let across = widest(blocks.map { ($0.y1, $0.y2) }), down = widest(blocks.map { ($0.x1, $0.x2) })
        guard across != nil || down != nil else { return [blocks.sorted { ($0.y1, $0.x1) < ($1.y1, $1.x1) }] }
        if let across, across.width >= down?.width ?? -1 {
            return [blocks.filter { $0.y1 < across.at }, blocks.filter { $0.y1 >= across.at }]
        }
        let cut = down!.at
        let left = blocks.filter { $0.x1 < cut }, right = blocks.filter { $0.x1 >= cut }
        // (Text set vertically reads from right to left: its columns, and a vertical headline beside
        // text. Of two vertical parts, the larger type is read first — a headline before its subtitle,
        // whichever side it stands — and of the same size, the right one.)
        if right.allSatisfy(\.vertical) {
            let rightSize = right.map(\.size).max() ?? 0, leftSize = left.map(\.size).max() ?? 0
            if !left.allSatisfy(\.vertical) || rightSize >= 0.9 * leftSize { return [right, left] }
        }
        return [left, right]
    }

    /// The widest gap the spans leave (its middle, and how wide it is), if any.
    static func widest(_ spans: [(Double, Double)]) -> (at: Double, width: Double)? {
        let sorted = spans.sorted { $0.0 < $1.0 }
        var found: (at: Double, width: Double)?
        var reach = sorted.first?.1 ?? 0
        for span in sorted.dropFirst() {
            if span.0 > reach, span.0 - reach > found?.width ?? 0 { found = ((reach + span.0) / 2, span.0 - reach) }
            reach = max(reach, span.1)
        }
        return found
    }
}
