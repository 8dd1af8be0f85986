/// A line of text as the page sets it: its glyphs in reading order (left to right, or top to
/// bottom when set vertically), its box and its type size.
public struct TextLine: Sendable, PageBoxed {
    public var glyphs: [PDFGlyph]
    public var vertical: Bool
    public private(set) var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
    /// The size most of its glyphs are set in.
    public private(set) var size = 0.0

    init(_ glyphs: [PDFGlyph], vertical: Bool) {
        self.glyphs = glyphs
        self.vertical = vertical
        measure()
    }

    mutating func measure() {
        (x1, y1, x2, y2) = glyphs.box
        size = glyphs.middleSize
    }

    /// Set right to left (text turned upside down): its glyphs run against the page.
    var readsBackward: Bool { !vertical && glyphs.count > 1 && glyphs[0].centerX > glyphs[glyphs.count - 1].centerX }

    public var width: Double { x2 - x1 }
    public var height: Double { y2 - y1 }

    /// Its text: vertical forms of marks as their ordinary ones (`﹃` as `「`), and a space between
    /// two Latin letters or digits where the page leaves one, or wherever it leaves half a
    /// character's width (a headline's two phrases) — a justified line's spacing is no space.
    public var text: String {
        var scalars = String.UnicodeScalarView()
        var previous: PDFGlyph?
        for glyph in glyphs {
            if let before = previous, !vertical,
               glyph.x1 - before.x2 > (Self.isLatin(before.scalar) && Self.isLatin(glyph.scalar) ? 0.2 : 0.5) * glyph.size {
                scalars.append(" ")
            }
            scalars.append(VerticalForms.ordinary(glyph.scalar))
            previous = glyph
        }
        return String(scalars)
    }

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x2E80 && !scalar.properties.isWhitespace
    }
}

/// The marks of vertical setting (Unicode's vertical forms) as the ordinary marks they stand for.
enum VerticalForms {
    static let table: [UInt32: Unicode.Scalar] = [
        0xFE10: "，", 0xFE11: "、", 0xFE12: "。", 0xFE13: "：", 0xFE14: "；", 0xFE15: "！", 0xFE16: "？", 0xFE17: "〖", 0xFE18: "〗",
        0xFE19: "…", 0xFE30: "‥", 0xFE31: "—", 0xFE32: "–", 0xFE33: "_", 0xFE34: "_", 0xFE35: "（", 0xFE36: "）", 0xFE37: "｛",
        0xFE38: "｝", 0xFE39: "〔", 0xFE3A: "〕", 0xFE3B: "【", 0xFE3C: "】", 0xFE3D: "《", 0xFE3E: "》", 0xFE3F: "〈", 0xFE40: "〉",
        0xFE41: "「", 0xFE42: "」", 0xFE43: "『", 0xFE44: "』", 0xFE47: "［", 0xFE48: "］",
    ]

    static func ordinary(_ scalar: Unicode.Scalar) -> Unicode.Scalar { table[scalar.value] ?? scalar }
}
