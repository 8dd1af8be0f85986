import IssueModel

/// Sets one block of text into lines of a given width: clusters and their glyphs, line breaks,
/// a first-line indent, and alignment — justified, centred, flush right or left.
///
/// Justified is how a Chinese page fills its measure: never by opening spaces inside a line (every
/// ideograph is the same width, so a line of them fills an even measure exactly), but by letting a
/// closing mark that would otherwise carry the character before it down hang past the measure into
/// cells kept for it (`hang`). A line that cannot end on the edge — a run of Latin letters or
/// digits of odd width, a word or an opening mark that must go down — ends short of it.
enum ParagraphSetter {
    enum Alignment: Sendable { case justified, centred, right, left }

    /// The clusters of `text`. A cluster wider than `maxWidth` (a family emoji in a narrow column) is
    /// set as its code points, as ncurses would draw it anyway, and a stand-in wider than that as its
    /// characters, so that nothing overflows.
    static func clusters(of text: String, ambiguousWide: Bool, maxWidth: Int) -> [SetCluster] {
        clusters(of: text, firstByte: 0, firstOffset: 0, ambiguousWide: ambiguousWide, maxWidth: maxWidth).clusters
    }

    /// Clusters a piece's array has room for beyond its own: what is left of the piece before (less
    /// than a line, mostly) goes in front of it without the array growing.
    static let leftOverRoom = 256

    /// The clusters of a piece of a block's text that begins and ends at cluster boundaries, the
    /// piece beginning at UTF-8 byte `firstByte` and source cluster `firstOffset` of the block; and
    /// the offset after the last.
    static func clusters(
        of text: String, firstByte: Int, firstOffset: Int, ambiguousWide: Bool, maxWidth: Int
    ) -> (clusters: [SetCluster], nextOffset: Int) {
        // Every code point a cluster (LoneScalars): no grapheme breaking, no Glyph. At the first one
        // that is not (or that is LF, the only control here, never inside a paragraph; or too wide),
        // the piece goes the long way from its start.
        var text = text
        let direct = text.withUTF8 { utf8 in
            CellWidth.basicPlane.withUnsafeBufferPointer { widths in
                BreakClass.basicPlane.withUnsafeBufferPointer { classes in
                    loneScalars(utf8, widths: widths, classes: classes, firstByte: firstByte, firstOffset: firstOffset,
                                ambiguousWide: ambiguousWide, maxWidth: maxWidth)
                }
            }
        }
        return direct ?? clustersOneByOne(of: text, firstByte: firstByte, firstOffset: firstOffset, ambiguousWide: ambiguousWide, maxWidth: maxWidth)
    }

    /// The clusters of text whose every code point stands alone, decoded straight from its bytes
    /// with the two tables in hand (what `CellWidth.of` and `BreakClass.of` say, without their
    /// checks at each call: this loop sees every character of every page); nil at the first code
    /// point that does not stand alone.
    private static func loneScalars(
        _ utf8: UnsafeBufferPointer<UInt8>, widths: UnsafeBufferPointer<CellWidth.Kind>, classes: UnsafeBufferPointer<BreakClass>,
        firstByte: Int, firstOffset: Int, ambiguousWide: Bool, maxWidth: Int
    ) -> (clusters: [SetCluster], nextOffset: Int)? {
        var result: [SetCluster] = []
        // (Room for the clusters a paragraph's last piece leaves unset, put in front of the next.)
        result.reserveCapacity(utf8.count / 3 + leftOverRoom)
        var index = 0, offset = firstOffset
        let count = utf8.count
        while index < count {
            // (Valid UTF-8: a String's own bytes. Four-byte code points never stand alone.)
            let lead = utf8[index]
            let value: UInt32, length: Int
            if lead < 0x80 {
                (value, length) = (UInt32(lead), 1)
            } else if lead < 0xE0 {
                (value, length) = (UInt32(lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F), 2)
            } else if lead < 0xF0 {
                (value, length) = (UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F), 3)
            } else {
                return nil
            }
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            guard LoneScalars.standAlone(scalar), value != 0x0A else { return nil }
            let width = value >= 0x20 && value < 0x7F ? 1 : CellWidth.cells(widths[Int(value)], ambiguousWide: ambiguousWide)
            guard width > 0, width <= maxWidth else { return nil }
            let start = firstByte + index
            result.append(SetCluster(bytes: start..<start + length, width: width, breakClass: BreakClass.of(base: classes[Int(value)], width: width),
                                     offset: offset))
            index += length
            offset += 1
        }
        return (result, offset)
    }

    private static func clustersOneByOne(
        of text: String, firstByte: Int, firstOffset: Int, ambiguousWide: Bool, maxWidth: Int
    ) -> (clusters: [SetCluster], nextOffset: Int) {
        var result: [SetCluster] = []
        result.reserveCapacity(text.utf8.count / 3 + leftOverRoom)
        var offset = firstOffset
        var byte = firstByte
        for character in text {
            let end = byte + character.utf8.count
            let bytes = byte..<end
            byte = end
            defer { offset += 1 }
            // The common case — one printable code point — without building a Glyph.
            let scalars = character.unicodeScalars
            let first = scalars.first!
            if scalars.index(after: scalars.startIndex) == scalars.endIndex, !VisibleText.needsSubstitute(first) {
                let width = CellWidth.of(first, ambiguousWide: ambiguousWide)
                if width > 0 && width <= maxWidth {
                    result.append(SetCluster(bytes: bytes, width: width, breakClass: BreakClass.of(character, width: width), offset: offset))
                    continue
                }
            }
            let glyph = Glyph(character, ambiguousWide: ambiguousWide)
            if glyph.width <= maxWidth {
                result.append(SetCluster(
                    bytes: bytes, width: glyph.width, breakClass: BreakClass.of(character, width: glyph.width), offset: offset,
                    drawn: glyph.isSubstitute ? glyph.text : nil))
            } else {
                let pieces = glyph.isSubstitute ? glyph.text.map { String($0) } : pieces(of: character, ambiguousWide: ambiguousWide)
                for piece in pieces {
                    result.append(SetCluster(
                        bytes: bytes, width: CellWidth.of(piece, ambiguousWide: ambiguousWide),
                        breakClass: glyph.isSubstitute ? .word : .ideograph, offset: offset, drawn: piece))
                }
            }
        }
        return (result, offset)
    }

    /// Code points with the zero-width ones that follow them: each at most two cells wide.
    private static func pieces(of character: Character, ambiguousWide: Bool) -> [String] {
        var texts: [String] = []
        for scalar in character.unicodeScalars {
            if CellWidth.of(scalar, ambiguousWide: ambiguousWide) == 0, !texts.isEmpty {
                texts[texts.count - 1].unicodeScalars.append(scalar)
            } else {
                texts.append(String(scalar))
            }
        }
        return texts
    }

    /// The lines of one block, each as runs with columns counted from the left edge of the text column.
    static func set(
        _ block: ArticleBlocks.Block, index: Int, width: Int, indent: Int, alignment: Alignment, ambiguousWide: Bool, hang: Int = 0,
        latinSpacing: Bool = false
    ) -> [[StyledRun]] {
        var lines = GalleyLines(blockTexts: Array(repeating: "", count: index) + [block.text])
        set(block, index: index, width: width, indent: indent, alignment: alignment, ambiguousWide: ambiguousWide, hang: hang,
            latinSpacing: latinSpacing, into: &lines)
        return Array(lines)
    }

    /// How much of a block's text is made into clusters at a time: a paragraph of 20 MB is set a
    /// piece at a time, so that its clusters (about 50 bytes each) are never all held at once.
    static let pieceBytes = 1 << 16

    /// The same, the lines added to `lines` (whose block texts include this block's, at `index`).
    /// `hang`: cells past `width` a closing mark of a justified line may hang into; `latinSpacing`:
    /// a space on both sides of a Latin run between Chinese (`LatinSpacing`).
    static func set(
        _ block: ArticleBlocks.Block, index: Int, width: Int, indent: Int, alignment: Alignment, ambiguousWide: Bool, hang: Int = 0,
        latinSpacing: Bool = false, pieceBytes: Int = pieceBytes, into lines: inout GalleyLines
    ) {
        let indent = indent < width ? indent : 0
        var pieces = ClusterPieces(text: block.text, ambiguousWide: ambiguousWide, maxWidth: width, pieceBytes: pieceBytes)
        var clusters: [SetCluster] = []
        var breaker = LineBreaker(firstLineWidth: width - indent, width: width, preferSpaces: alignment == .centred,
                                  hang: alignment == .justified ? hang : 0)
        var start = 0, made = 0
        var spacing = latinSpacing ? LatinSpacing() : nil
        while true {
            if let line = breaker.nextLine(clusters, from: &start, complete: pieces.isAtEnd) {
                let lineIndent = made == 0 ? indent : 0
                let slack = max(0, width - lineIndent - line.width)
                let left = lineIndent + (alignment == .centred ? slack / 2 : alignment == .right ? slack : 0)
                addRuns(clusters, line, left: left, block: block, index: index, to: &lines)
                made += 1
                continue
            }
            if pieces.isAtEnd { break }
            // The clusters before the next line are set and done with: drop them, take more. (The
            // few left go in front of the new piece, which is moved, not copied cluster by cluster.)
            var next = pieces.next()
            if spacing != nil { next = spacing!.spaced(next) }
            if start < clusters.count { next.insert(contentsOf: clusters[start...], at: 0) }
            clusters = next
            start = 0
        }
    }

    /// A line's runs: source clusters drawn as themselves side by side in one role make one run, kept
    /// as the bytes of the block's text it shows; a stand-in (`^[`) or piece is a run of its own.
    private static func addRuns(
        _ clusters: [SetCluster], _ span: LineSpan, left: Int, block: ArticleBlocks.Block, index: Int, to lines: inout GalleyLines
    ) {
        var column = left
        // The run being gathered.
        var runStart = span.start, runColumn = left, runWidth = 0
        func finish(upTo end: Int) {
            guard end > runStart else { return }
            let first = clusters[runStart], last = clusters[end - 1]
            // (A space Kanbao puts in stands for no source text: an empty span.)
            let source = SourceSpan(block: index, start: first.offset, end: last.bytes.isEmpty ? last.offset : last.offset + 1)
            if let drawn = first.drawn {
                lines.appendRun(column: runColumn, width: runWidth, role: role(of: first, in: block), source: source, drawn: drawn)
            } else {
                lines.appendRun(column: runColumn, width: runWidth, role: role(of: first, in: block), source: source,
                                bytes: first.bytes.lowerBound..<last.bytes.upperBound)
            }
        }
        for k in span.start..<span.end {
            let cluster = clusters[k]
            if k > runStart && (cluster.drawn != nil || clusters[k - 1].drawn != nil
                || role(of: cluster, in: block) != role(of: clusters[k - 1], in: block)) {
                finish(upTo: k)
                runStart = k
                runWidth = 0
            }
            if k == runStart { runColumn = column }
            column += cluster.width
            runWidth += cluster.width
        }
        finish(upTo: span.end)
        lines.endLine()
    }

    private static func role(of cluster: SetCluster, in block: ArticleBlocks.Block) -> Role {
        cluster.offset < block.bylinePrefix ? .byline : block.role
    }
}

/// A block's text made into clusters a piece at a time (`pieceBytes` of it, and on to
/// the next place where a cluster must end: between two code points that are clusters by
/// themselves whatever their neighbours), numbered on from piece to piece.
struct ClusterPieces {
    let text: String
    let ambiguousWide: Bool
    let maxWidth: Int
    let pieceBytes: Int
    private var index: String.Index
    private var byte = 0
    private var offset = 0

    init(text: String, ambiguousWide: Bool, maxWidth: Int, pieceBytes: Int) {
        self.text = text
        self.ambiguousWide = ambiguousWide
        self.maxWidth = maxWidth
        self.pieceBytes = pieceBytes
        index = text.startIndex
    }

    var isAtEnd: Bool { index == text.endIndex }

    mutating func next() -> [SetCluster] {
        let end = boundary(after: index)
        // (The piece as a string of its own: a copy, but walked several times faster than a slice.)
        let piece = String(text[index..<end])
        let (clusters, nextOffset) = ParagraphSetter.clusters(
            of: piece, firstByte: byte, firstOffset: offset, ambiguousWide: ambiguousWide, maxWidth: maxWidth)
        index = end
        byte += piece.utf8.count
        offset = nextOffset
        return clusters
    }

    /// The first place at least `pieceBytes` after `start` where two stand-alone code points meet
    /// (not LF, which joins a CR before it); the end of the text if there is none.
    private func boundary(after start: String.Index) -> String.Index {
        let utf8 = text.utf8
        guard var position = utf8.index(start, offsetBy: pieceBytes, limitedBy: utf8.endIndex) else { return text.endIndex }
        while position < utf8.endIndex && utf8[position] & 0xC0 == 0x80 { position = utf8.index(after: position) }
        let scalars = text.unicodeScalars
        var previous: Unicode.Scalar?
        while position < scalars.endIndex {
            let scalar = scalars[position]
            if let before = previous, before != "\n", scalar != "\n", LoneScalars.standAlone(before), LoneScalars.standAlone(scalar) {
                return position
            }
            previous = scalar
            position = scalars.index(after: position)
        }
        return text.endIndex
    }
}
