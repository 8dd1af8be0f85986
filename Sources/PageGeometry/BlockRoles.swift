/// What each block of a page is, and whose: its article, and its part in it — found first in
/// reading order (a headline block and what follows it until the next), then mended where an
/// article is no rectangle: a block of text that goes straight on down a column from another
/// article's text (or title) is that article's, whatever the cuts read between them.
struct BlockRoles {
    enum Role: Equatable {
        case title(ratio: Double)
        case byline
        case head
        case text
        /// A picture's caption (a few lines across more than the article's columns, or that say
        /// they are one, and what is set with them): the article's, but read apart from its text.
        case caption

        var isTitle: Bool { if case .title = self { true } else { false } }
    }

    /// For each block (in reading order): its article's number and its role.
    var article: [Int]
    var role: [Role]

    /// Headlines are at least this many times the body's size; kickers, subheadlines and inner
    /// heads at least `secondTitle` (People's Daily: main headlines 4–6.5×, the others 1.6–2.2×).
    static let headline = 1.7, secondTitle = 1.2
    /// Inner heads may be smaller than the other titles: a line or two a hair larger than the text.
    static let innerHead = 1.04

    /// `bodyFont`: the face most of the text's Chinese characters are set in, if known.
    init(_ blocks: [TextBlock], body: Double, bodyFont: Int?) {
        (article, role) = ([], [])
        // What is known of the article being read: whether it has anything under its titles (text,
        // a byline, an inner head), any title, any block set vertically, where its text stands and its
        // widest block of text.
        var current = -1, hasText = false, hasTitle = false, vertical = false, text: (left: Double, right: Double, widest: Double)?
        func next() {
            current += 1
            (hasText, hasTitle, vertical, text) = (false, false, false, nil)
        }
        func add(_ part: Role, _ block: TextBlock) {
            if current < 0 { current = 0 }
            article.append(current)
            role.append(part)
            hasTitle = hasTitle || part.isTitle
            vertical = vertical || block.vertical
            if part == .text || part == .head {
                text = (min(text?.left ?? block.x1, block.x1), max(text?.right ?? block.x2, block.x2), max(text?.widest ?? 0, block.x2 - block.x1))
            }
        }
        var caption: TextBlock?
        for (index, block) in blocks.enumerated() {
            let ratio = block.size / body
            let isHeadline = ratio >= Self.headline
            if !hasText && hasTitle && ratio < 1.5 && Self.isByline(block, names: true) {
                // (A byline set a little larger than the text, under the titles.)
                add(.byline, block)
                hasText = true
                continue
            }
            if ratio >= Self.secondTitle {
                let follows = Self.headlineFollows(blocks, after: index, body: body)
                if !hasText && (isHeadline || current >= 0 || follows) {
                    // Titles before any text: this article's kicker, headline or subheadline.
                    add(.title(ratio: ratio), block)
                } else if isHeadline || follows || block.lines.count > 2 {
                    next()
                    add(.title(ratio: ratio), block)
                } else {
                    // An inner head: a line or two of its own, a little larger than the text.
                    add(.head, block)
                    hasText = true
                }
                continue
            }
            if let above = caption, block.y1 < above.y2 + 0.5 * body, block.x1 >= above.x1 - body, block.x2 <= above.x2 + body {
                // (Its credit, `某某摄`, set at its foot.)
                add(.caption, block)
                continue
            }
            if let text, !vertical, Self.standsApart(block, left: text.left, right: text.right, body: body) {
                // (Text beside the article, not under it — an advertisement's, or a box's: its own.)
                next()
            }
            if block.lines.count <= 4, Self.saysCaption(block.text) || text.map({ block.x2 - block.x1 > 1.8 * $0.widest }) == true {
                caption = block
                add(.caption, block)
                continue
            }
            caption = nil
            if !hasText && hasTitle && Self.isByline(block) {
                add(.byline, block)
            } else {
                // (An inner head set a hair larger than the text — 1.1 times, on regional pages —
                // or at its size in another face (bold), before more text: a line or two of its own.)
                let short = block.lines.count <= 2 && block.characterCount <= 24
                let bold = ratio >= 0.95 && bodyFont != nil && block.font.map { $0 != bodyFont } == true && !block.text.hasSuffix("。")
                    && blocks.indices.contains(index + 1) && blocks[index + 1].size / body < Self.secondTitle
                add(short && (ratio >= Self.innerHead || bold) ? .head : .text, block)
            }
            hasText = true
        }
        mendColumns(blocks, body: body)
    }

    /// A block of text directly under another (in its column: mostly the same width, not a caption
    /// across several columns; less than three lines' gap — six under a title, which stands apart)
    /// goes on with that one's article — unless it stands beside its own article's title set
    /// vertically (a headline down its edge, with its text beside it).
    mutating func mendColumns(_ blocks: [TextBlock], body: Double) {
        let order = blocks.indices.sorted { blocks[$0].y1 < blocks[$1].y1 }
        for index in order where role[index] == .text || role[index] == .head {
            let block = blocks[index]
            let above = blocks.indices.filter { other in
                other != index && blocks[other].y2 <= block.y1 + 0.3 * body
                    && block.y1 - blocks[other].y2 < (role[other].isTitle ? 6 : 3) * body
                    && Self.overlap(blocks[other], block) >= 0.5 * min(blocks[other].x2 - blocks[other].x1, block.x2 - block.x1)
                    && block.x2 - block.x1 <= 1.8 * (blocks[other].x2 - blocks[other].x1)
            }.max { blocks[$0].y2 < blocks[$1].y2 }
            guard let above, article[above] != article[index], role[above] != .byline else { continue }
            let ownTitles = blocks.indices.filter { article[$0] == article[index] && blocks[$0].vertical && role[$0] != .text }
            let besideOwn = ownTitles.contains { title in
                blocks[title].y1 < block.y2 && blocks[title].y2 > block.y1 && min(abs(block.x1 - blocks[title].x2), abs(blocks[title].x1 - block.x2)) < 4 * body
            }
            if !besideOwn { article[index] = article[above] }
        }
    }

    /// Whether a block of text stands apart from an article's text so far (from `left` to `right`;
    /// where no title is set vertically beside it): wholly beside it, more than a gutter and a
    /// paragraph's indent (four characters) away. An article's columns stand side by side; what
    /// lies further off is another's. (Its titles and byline aside: its first column may stand
    /// beside its headline.)
    static func standsApart(_ block: TextBlock, left: Double, right: Double, body: Double) -> Bool {
        block.x1 > right + 4 * body || block.x2 < left - 4 * body
    }

    /// Whether a block's text says it is a picture's caption: `图为…`, `图①…`, `上图…`, or ending in
    /// the picture's credit (`某某摄`, `…供图`).
    static func saysCaption(_ text: String) -> Bool {
        let opens = ["图为", "上图", "下图", "左图", "右图", "图一", "图二", "图①", "图②", "图③", "图④", "图⑤", "图⑥"]
        let closes = ["摄", "摄）", "摄)", "供图", "供图）", "摄影"]
        return opens.contains { text.hasPrefix($0) } || closes.contains { text.hasSuffix($0) }
    }

    static func overlap(_ one: TextBlock, _ other: TextBlock) -> Double {
        max(0, min(one.x2, other.x2) - max(one.x1, other.x1))
    }

    /// Whether the next titled block after `index` is a headline, with no text between.
    static func headlineFollows(_ blocks: [TextBlock], after index: Int, body: Double) -> Bool {
        for block in blocks[(index + 1)...] {
            let ratio = block.size / body
            if ratio >= headline { return true }
            if ratio < secondTitle { return false }
        }
        return false
    }

    /// A byline: one short line under the titles (`本报记者 …`, `■记者 …`, or a name alone), or two or
    /// three that each name reporters (`本报记者 甲` / `本报通讯员 乙`). Set larger than the text
    /// (`names`), only a line of names or one that says it is a byline.
    static func isByline(_ block: TextBlock, names alone: Bool = false) -> Bool {
        let names = ["记者", "通讯员", "本报", "作者", "■", "□", "文/", "文／"]
        let lines = block.lines.map(\.text)
        guard lines.count == 1 else {
            return !alone && lines.count <= 3 && lines.allSatisfy { line in line.count <= 30 && names.contains { line.contains($0) } }
        }
        let said = lines[0].count <= 30 && names.contains { lines[0].contains($0) }
        return said || (alone ? isNames(lines[0]) : lines[0].count <= 8)
    }

    /// One to four names set apart by spaces: two to four characters each, or up to ten with a `·`
    /// within (`阿布都·热合曼`).
    static func isNames(_ line: String) -> Bool {
        let names = line.split(separator: " ")
        return (1...4).contains(names.count) && names.allSatisfy { name in
            let letters = name.filter { $0 != "·" }
            return (2...(letters.count < name.count ? 10 : 4)).contains(letters.count)
                && letters.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
        }
    }
}
