/// What stands on the page in a box, in a type size: a glyph, a line, a block.
protocol PageBoxed {
    var x1: Double { get }
    var y1: Double { get }
    var x2: Double { get }
    var y2: Double { get }
    var size: Double { get }
}

extension Collection where Element: PageBoxed {
    /// The box around them all (zeros around none).
    var box: (x1: Double, y1: Double, x2: Double, y2: Double) {
        guard let first else { return (0, 0, 0, 0) }
        return dropFirst().reduce((first.x1, first.y1, first.x2, first.y2)) { box, item in
            (Swift.min(box.0, item.x1), Swift.min(box.1, item.y1), Swift.max(box.2, item.x2), Swift.max(box.3, item.y2))
        }
    }

    /// The size most are set in: the middle one (0 for none).
    var middleSize: Double {
        let sizes = map(\.size).sorted()
        return sizes.isEmpty ? 0 : sizes[sizes.count / 2]
    }
}

/// One character as a PDF page draws it: its code point, its box (points, from the page's top
/// left, y down), its type size, and which run of text the PDF's own reading put it in.
public struct PDFGlyph: Sendable, Equatable, PageBoxed {
    public var scalar: Unicode.Scalar
    public var x1: Double, y1: Double, x2: Double, y2: Double
    public var size: Double
    /// The line the PDF reader (poppler) put it in: glyphs of one run were drawn as one line.
    public var run: Int
    /// Which of the page's fonts it is set in (a number the page gives each font's name; 0 where
    /// none is known): a bold face among the text's tells an inner head set at the text's size.
    public var font: Int

    public init(scalar: Unicode.Scalar, x1: Double, y1: Double, x2: Double, y2: Double, size: Double, run: Int, font: Int = 0) {
        (self.scalar, self.x1, self.y1, self.x2, self.y2, self.size, self.run, self.font) = (scalar, x1, y1, x2, y2, size, run, font)
    }

    /// A Chinese character (the fonts of Latin letters and digits among them say nothing of a line's role).
    var isHan: Bool { (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) }

    /// Its box no taller than its type around its middle: a font whose box is drawn from its
    /// whole ascent and descent (a Latin or quotation-mark font among Chinese, on regional pages)
    /// makes a glyph twice its line's height, and the line, so tall, would stand apart from the
    /// line it is set in and overlap the next.
    var setSolid: PDFGlyph {
        guard size > 0, y2 - y1 > 1.3 * size else { return self }
        var glyph = self
        (glyph.y1, glyph.y2) = (centerY - size / 2, centerY + size / 2)
        return glyph
    }

    /// Whether its box and size are numbers a page could hold (a damaged PDF's matrix can put a
    /// glyph at infinity, or nowhere: no place to read it in, and no number to bucket it by).
    var isOnAPage: Bool {
        [x1, y1, x2, y2, size].allSatisfy { $0.isFinite && abs($0) < 1e7 }
    }

    var centerX: Double { (x1 + x2) / 2 }
    var centerY: Double { (y1 + y2) / 2 }
}

/// A page's characters and its size.
public struct PDFPageText: Sendable {
    public var width: Double
    public var height: Double
    public var glyphs: [PDFGlyph]

    public init(width: Double, height: Double, glyphs: [PDFGlyph]) {
        (self.width, self.height, self.glyphs) = (width, height, glyphs)
    }
}

extension Sequence where Element == PDFGlyph {
    /// The font most of their Chinese characters are set in, if any is known.
    var hanFont: Int? {
        var counts: [Int: Int] = [:]
        for glyph in self where glyph.font != 0 && glyph.isHan { counts[glyph.font, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
