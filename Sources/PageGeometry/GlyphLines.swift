/// Glyphs into lines: what is drawn twice counted once, the PDF's runs split where a column's
/// gutter runs through them and joined where one line was drawn in pieces, vertical runs read top
/// to bottom.
enum GlyphLines {
    static func lines(_ page: PDFPageText) -> [TextLine] {
        let glyphs = deduplicated(page.glyphs.filter { !$0.scalar.properties.isWhitespace && $0.x2 > $0.x1 - 0.01 })
        var byRun: [Int: [PDFGlyph]] = [:], order: [Int] = []
        for glyph in glyphs {
            if byRun[glyph.run] == nil { order.append(glyph.run) }
            byRun[glyph.run, default: []].append(glyph)
        }
        var lines: [TextLine] = []
        for run in order {
            let run = byRun[run]!
            if isVertical(run) {
                lines.append(TextLine(run.sorted { $0.y1 < $1.y1 }, vertical: true))
            } else {
                lines += split(run.sorted { $0.centerX < $1.centerX })
            }
        }
        return joined(lines)
    }

    /// Glyphs drawn twice in one place (a headline's shadow, a line drawn again over itself) once.
    static func deduplicated(_ glyphs: [PDFGlyph]) -> [PDFGlyph] {
        struct Cell: Hashable { let scalar: UInt32, x: Int, y: Int }
        var seen: [Cell: [PDFGlyph]] = [:], kept: [PDFGlyph] = []
        for glyph in glyphs {
            let x = Int((glyph.centerX / 32).rounded(.down)), y = Int((glyph.centerY / 32).rounded(.down))
            let near = (-1...1).flatMap { dx in (-1...1).flatMap { dy in seen[Cell(scalar: glyph.scalar.value, x: x + dx, y: y + dy)] ?? [] } }
            let limit = 0.3 * max(glyph.size, 1)
            // (By the box's left, top and bottom: a glyph drawn again over itself, even a narrower
            // one; not one of the next line whose box, taller, is centred at the same height.)
            if near.contains(where: { abs($0.x1 - glyph.x1) < limit && abs($0.y1 - glyph.y1) < limit && abs($0.y2 - glyph.y2) < limit }) { continue }
            seen[Cell(scalar: glyph.scalar.value, x: x, y: y), default: []].append(glyph)
            kept.append(glyph)
        }
        return kept
    }

    /// A run set top to bottom: several glyphs, each below the one before, in a column one glyph wide.
    static func isVertical(_ run: [PDFGlyph]) -> Bool {
        guard run.count >= 2 else { return false }
        let box = run.box
        let width = box.x2 - box.x1, height = box.y2 - box.y1
        let size = run.map(\.size).max() ?? 1
        return height > 1.8 * width && width < 1.6 * size
    }

    /// A horizontal run cut where a gap as wide as one of its characters runs through it (a
    /// column's gutter: a justified line spreads its characters less than that).
    static func split(_ run: [PDFGlyph]) -> [TextLine] {
        var lines: [TextLine] = [], current: [PDFGlyph] = []
        for glyph in run {
            if let last = current.last, glyph.x1 - last.x2 > 1.0 * max(glyph.size, last.size) {
                lines.append(TextLine(current, vertical: false))
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { lines.append(TextLine(current, vertical: false)) }
        return lines
    }

    /// Pieces of one line (the same baseline, the same size, end to start) as one line.
    static func joined(_ lines: [TextLine]) -> [TextLine] {
        var pending = lines.sorted { ($0.y2, $0.x1) < ($1.y2, $1.x1) }
        var result: [TextLine] = []
        while !pending.isEmpty {
            var line = pending.removeFirst()
            guard !line.vertical else {
                result.append(line)
                continue
            }
            var grew = true
            while grew {
                grew = false
                for index in pending.indices {
                    let other = pending[index]
                    if other.y2 > line.y2 + line.size { break }
                    guard !other.vertical, abs(other.y2 - line.y2) < 0.35 * line.size || abs(other.y1 - line.y1) < 0.35 * line.size,
                          abs(other.size - line.size) <= 0.15 * line.size,
                          other.x1 < line.x2 + 0.8 * line.size, other.x2 > line.x1 - 0.8 * line.size,
                          // (Not a line of the next column over: pieces touch or nearly so.)
                          !(other.x1 > line.x2 + 0.8 * line.size) else { continue }
                    line = TextLine((line.glyphs + other.glyphs).sorted { $0.centerX < $1.centerX }, vertical: false)
                    pending.remove(at: index)
                    grew = true
                    break
                }
            }
            result.append(line)
        }
        return result
    }
}
