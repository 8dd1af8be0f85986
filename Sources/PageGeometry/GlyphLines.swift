/// Glyphs into lines: what is drawn twice counted once, the PDF's runs split where a column's
/// gutter runs through them and joined where one line was drawn in pieces, vertical runs read top
/// to bottom, turned text in the order the PDF reads it.
enum GlyphLines {
    static func lines(_ page: PDFPageText) -> [TextLine] {
        let glyphs = deduplicated(page.glyphs.filter { !$0.scalar.properties.isWhitespace && $0.x2 > $0.x1 - 0.01 && $0.isOnAPage }.map(\.setSolid))
        var byRun: [Int: [PDFGlyph]] = [:], order: [Int] = []
        for glyph in glyphs {
            if byRun[glyph.run] == nil { order.append(glyph.run) }
            byRun[glyph.run, default: []].append(glyph)
        }
        var lines: [TextLine] = []
        let gutters = Gutters(glyphs)
        for run in order {
            let run = byRun[run]!
            let vertical = isVertical(run), backward = readsBackward(run, vertical: vertical)
            if vertical {
                lines.append(TextLine(run.sorted { backward ? $0.y1 > $1.y1 : $0.y1 < $1.y1 }, vertical: true))
            } else if backward {
                // (Text turned upside down: read as the PDF reads it, right to left; a line of its own.)
                lines.append(TextLine(run.sorted { $0.centerX > $1.centerX }, vertical: false))
            } else {
                lines += split(run.sorted { $0.centerX < $1.centerX }, gutters: gutters)
            }
        }
        return joined(lines, gutters: gutters)
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

    /// Whether poppler reads a run against the page's direction — right to left, or bottom to top
    /// when set vertically: text turned upside down, or a quarter turn the other way (its order
    /// is poppler's, which knows each glyph's turn; the boxes alone do not).
    static func readsBackward(_ run: [PDFGlyph], vertical: Bool) -> Bool {
        var forward = 0, backward = 0
        for (one, next) in zip(run, run.dropFirst()) {
            let step = vertical ? next.centerY - one.centerY : next.centerX - one.centerX
            if step > 0 { forward += 1 } else if step < 0 { backward += 1 }
        }
        return backward > forward
    }

    /// A run set top to bottom: several glyphs, each below the one before, in a column one glyph wide.
    static func isVertical(_ run: [PDFGlyph]) -> Bool {
        guard run.count >= 2 else { return false }
        let box = run.box
        let width = box.x2 - box.x1, height = box.y2 - box.y1
        let size = run.map(\.size).max() ?? 1
        return height > 1.8 * width && width < 1.6 * size
    }

    /// A horizontal run cut where a column's gutter runs through it: a gap as wide as one of its
    /// characters (a justified line spreads its characters less than that), or half as wide where
    /// the lines around leave the same gap empty (narrow gutters, a quotation mark hung into one).
    static func split(_ run: [PDFGlyph], gutters: Gutters) -> [TextLine] {
        var lines: [TextLine] = [], current: [PDFGlyph] = []
        for glyph in run {
            if let last = current.last, case let size = max(glyph.size, last.size), glyph.x1 - last.x2 > 0.5 * size,
               glyph.x1 - last.x2 > 1.0 * size || gutters.isGutter(from: last, to: glyph) {
                lines.append(TextLine(current, vertical: false))
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { lines.append(TextLine(current, vertical: false)) }
        return lines
    }

    /// Pieces of one line (the same baseline, the same size, end to start) as one line.
    static func joined(_ lines: [TextLine], gutters: Gutters) -> [TextLine] {
        var pending = lines.sorted { ($0.y2, $0.x1) < ($1.y2, $1.x1) }
        var result: [TextLine] = []
        while !pending.isEmpty {
            var line = pending.removeFirst()
            guard !line.vertical, !line.readsBackward else {
                result.append(line)
                continue
            }
            var grew = true
            while grew {
                grew = false
                for index in pending.indices {
                    let other = pending[index]
                    if other.y2 > line.y2 + line.size { break }
                    guard !other.vertical, !other.readsBackward, abs(other.y2 - line.y2) < 0.35 * line.size || abs(other.y1 - line.y1) < 0.35 * line.size,
                          abs(other.size - line.size) <= 0.15 * line.size,
                          // (Not a line of the next column over: pieces touch or nearly so, and
                          // the gap between them is no gutter.)
                          case let (left, right) = other.x1 >= line.x1 ? (line, other) : (other, line),
                          right.x1 - left.x2 < 0.8 * line.size,
                          !(right.x1 - left.x2 > 0.5 * line.size && gutters.isGutter(from: left.glyphs.last!, to: right.glyphs.first!)) else { continue }
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

/// The page's glyphs by height, to tell a gap in a line that is a gutter between columns (the
/// lines above and below leave it empty too) from a space inside a column (they run through it).
struct Gutters {
    static let band = 16.0
    var rows: [Int: [PDFGlyph]] = [:]
    /// The rows that hold any (a glyph of enormous size looks no further than the page's text).
    var held = 0...0

    init(_ glyphs: [PDFGlyph]) {
        for glyph in glyphs { rows[Int((glyph.centerY / Self.band).rounded(.down)), default: []].append(glyph) }
        if let first = rows.keys.min(), let last = rows.keys.max() { held = first...last }
    }

    /// Whether the gap between two glyphs of a line is empty in the lines of its size above and
    /// below (within five sizes; not the line itself, whatever runs it was drawn in), with text on
    /// both sides of it there: a gutter, not a space. (Of its size: the spaces between a byline's
    /// names, over the text's gutter, are no gutter.)
    func isGutter(from left: PDFGlyph, to right: PDFGlyph) -> Bool {
        let size = max(left.size, right.size), middle = (left.x2 + right.x1) / 2, y = left.centerY
        let top = max(held.lowerBound, Int(((y - 5 * size) / Self.band).rounded(.down)))
        let bottom = min(held.upperBound, Int(((y + 5 * size) / Self.band).rounded(.down)))
        guard top <= bottom else { return false }
        var leftOf = 0, rightOf = 0
        for row in top...bottom {
            for glyph in rows[row] ?? [] where (0.5 * size..<5 * size).contains(abs(glyph.centerY - y)) && abs(glyph.size - size) < 0.1 * size {
                if glyph.x1 < middle + 0.1 * size && glyph.x2 > middle - 0.1 * size { return false }
                if glyph.x2 <= middle, glyph.x2 > middle - 2 * size { leftOf += 1 }
                if glyph.x1 >= middle, glyph.x1 < middle + 2 * size { rightOf += 1 }
            }
        }
        return leftOf >= 2 && rightOf >= 2
    }
}
