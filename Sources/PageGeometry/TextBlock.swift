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
    /// The font most of its Chinese characters are set in.
    var font: Int? { lines.lazy.flatMap(\.glyphs).hanFont }

    /// Lines into blocks: a line joins the block whose last line is just above it (a line's
    /// leading apart), in its size, starting where the block's lines start (or indented up to three
    /// characters, a paragraph's first line) and ending no further right than a character past them.
    /// (Not by face: People's Daily sets a section's first sentence bold, run into its paragraph.)
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
