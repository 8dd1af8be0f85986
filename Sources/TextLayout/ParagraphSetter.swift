/// Sets one block of text into lines of a given width: clusters and their glyphs, line breaks,
/// a first-line indent, and alignment — justified (slack spread at CJK/Latin boundaries first, then
/// between characters, never inside a word; the last line ragged), centred, or flush right.
enum ParagraphSetter {
    enum Alignment: Sendable { case justified, centred, right, left }

    /// The clusters of `text`. A cluster wider than `maxWidth` (a family emoji in a narrow column) is
    /// set as its code points, as ncurses would draw it anyway, so that nothing overflows.
    static func clusters(of text: String, ambiguousWide: Bool, maxWidth: Int) -> [SetCluster] {
        var result: [SetCluster] = []
        result.reserveCapacity(text.utf8.count / 3)
        var offset = 0
        for character in text {
            let glyph = Glyph(character, ambiguousWide: ambiguousWide)
            if glyph.width <= maxWidth {
                result.append(SetCluster(glyph: glyph, breakClass: BreakClass.of(character, width: glyph.width), offset: offset))
            } else if glyph.isSubstitute {
                // A stand-in such as `<U+202E>` too wide for the column: its characters, a word.
                for piece in glyph.text {
                    result.append(SetCluster(glyph: Glyph(standInPiece: piece, ambiguousWide: ambiguousWide), breakClass: .word, offset: offset))
                }
            } else {
                for piece in pieces(of: character, ambiguousWide: ambiguousWide) {
                    result.append(SetCluster(glyph: piece, breakClass: .ideograph, offset: offset))
                }
            }
            offset += 1
        }
        return result
    }

    /// Code points with the zero-width ones that follow them: each at most two cells wide.
    private static func pieces(of character: Character, ambiguousWide: Bool) -> [Glyph] {
        var texts: [String] = []
        for scalar in character.unicodeScalars {
            if CellWidth.of(scalar, ambiguousWide: ambiguousWide) == 0, !texts.isEmpty {
                texts[texts.count - 1].unicodeScalars.append(scalar)
            } else {
                texts.append(String(scalar))
            }
        }
        return texts.map { Glyph(pieceText: $0, ambiguousWide: ambiguousWide) }
    }

    /// The lines of one block, each as runs with columns counted from the left edge of the text column.
    static func set(
        _ block: ArticleBlocks.Block, index: Int, width: Int, indent: Int, alignment: Alignment, ambiguousWide: Bool
    ) -> [[StyledRun]] {
        let clusters = clusters(of: block.text, ambiguousWide: ambiguousWide, maxWidth: width)
        let indent = indent < width ? indent : 0
        let spans = LineBreaker.lines(
            clusters, firstLineWidth: width - indent, width: width, preferSpaces: alignment == .centred)
        var lines: [[StyledRun]] = []
        lines.reserveCapacity(spans.count)
        for (number, span) in spans.enumerated() {
            let lineIndent = number == 0 ? indent : 0
            let limit = width - lineIndent
            let isLast = number == spans.count - 1
            var gaps: [Int: Int] = [:]
            var left = lineIndent
            switch alignment {
            case .justified where !isLast: gaps = justificationGaps(clusters, span, slack: limit - span.width)
            case .centred: left += max(0, limit - span.width) / 2
            case .right: left += max(0, limit - span.width)
            default: break
            }
            lines.append(runs(clusters, span, left: left, gaps: gaps, block: block, index: index))
        }
        return lines
    }

    /// Extra cells before cluster k, for the clusters of a full line with `slack` cells to spare.
    /// Slack goes first to CJK/Latin boundaries (`16 个`), a cell each; the rest in whole ideographic
    /// widths after CJK punctuation and spaces, or else between ideographs, evenly along the line;
    /// never inside a word or a number with its unit, never between a mark and what it closes or opens.
    static func justificationGaps(_ clusters: [SetCluster], _ span: LineSpan, slack: Int) -> [Int: Int] {
        guard slack > 0, span.end - span.start > 1 else { return [:] }
        var tiers: [[Int]] = [[], [], []]
        for k in (span.start + 1)..<span.end {
            let before = clusters[k - 1].breakClass, after = clusters[k].breakClass
            if before.contains(.word) && after.contains(.word) { continue }
            if after.contains(.noBreakBefore) || before.contains(.noBreakAfter) || after.contains(.space) { continue }
            if before.contains(.digit) && after.contains(.ideograph) { continue }  // 8月, 2600万: a number keeps its unit
            let beforeIsCJK = !before.contains(.word) && !before.contains(.space)
            let afterIsCJK = !after.contains(.word)
            if (beforeIsCJK && after.contains(.word)) || (before.contains(.word) && afterIsCJK) {
                tiers[0].append(k)
            } else if before.contains(.space) || before.contains(.noBreakBefore) {
                tiers[1].append(k)
            } else {
                tiers[2].append(k)
            }
        }
        var gaps: [Int: Int] = [:]
        // A cell at each CJK/Latin boundary first: a Latin run has an odd width of its own anyway.
        let boundaryCells = min(slack, tiers[0].count)
        spread(boundaryCells, over: tiers[0], into: &gaps)
        var remaining = slack - boundaryCells
        guard remaining > 0 else { return gaps }
        // The rest in pairs of cells, after punctuation first, then between ideographs, so that the
        // ideographs after a gap stay on the even grid of the lines around them.
        let pairGaps = tiers[1].isEmpty ? tiers[2] : tiers[1]
        if !pairGaps.isEmpty {
            var pairs: [Int: Int] = [:]
            spread(remaining / 2, over: pairGaps, into: &pairs)
            for (k, count) in pairs { gaps[k, default: 0] += 2 * count }
            remaining %= 2
        }
        // An odd cell left over: beside a Latin run if there is one, else wherever a gap is allowed.
        if remaining > 0, let k = (tiers[0] + pairGaps).first ?? tiers[2].first {
            gaps[k, default: 0] += remaining
        }
        return gaps
    }

    /// Adds `cells` to `gaps` spread evenly over `positions` (some get one more when it does not divide).
    private static func spread(_ cells: Int, over positions: [Int], into gaps: inout [Int: Int]) {
        let count = positions.count
        for (index, k) in positions.enumerated() {
            let share = (index + 1) * cells / count - index * cells / count
            if share > 0 { gaps[k, default: 0] += share }
        }
    }

    private static func runs(
        _ clusters: [SetCluster], _ span: LineSpan, left: Int, gaps: [Int: Int], block: ArticleBlocks.Block, index: Int
    ) -> [StyledRun] {
        var runs: [StyledRun] = []
        var column = left
        var current: StyledRun?
        for k in span.start..<span.end {
            let cluster = clusters[k]
            let gap = gaps[k] ?? 0
            let role: Role = cluster.offset < block.bylinePrefix ? .byline : block.role
            // A stand-in (`^[`) is a run of its own, so that a run's clusters are its source clusters.
            if var run = current, gap == 0, run.role == role, !cluster.glyph.isSubstitute, !clusters[k - 1].glyph.isSubstitute {
                run.text += cluster.glyph.text
                run.width += cluster.width
                run.source!.end = cluster.offset + 1
                current = run
            } else {
                if let run = current { runs.append(run) }
                column += gap
                current = StyledRun(
                    column: column, text: cluster.glyph.text, width: cluster.width, role: role,
                    source: SourceSpan(block: index, start: cluster.offset, end: cluster.offset + 1))
            }
            column += cluster.width
        }
        if let run = current { runs.append(run) }
        return runs
    }
}
