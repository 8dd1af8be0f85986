/// How a cluster behaves at a line break: the classes of UAX #14 that matter for Chinese text, with
/// the 禁则 (kinsoku) rules of W3C clreq.
struct BreakClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// No line may begin with it: closing brackets, stops, `…` `—` `％` and their half-width kin.
    static let noBreakBefore = BreakClass(rawValue: 1 << 0)
    /// No line may end with it: opening brackets and quotes.
    static let noBreakAfter = BreakClass(rawValue: 1 << 1)
    /// Part of an unbreakable word: Latin letters, digits, and the half-width punctuation inside
    /// words, numbers and URLs (`A+H`, `7.8`, `100%`, `https://…`); full-width letters and digits.
    static let word = BreakClass(rawValue: 1 << 2)
    static let digit = BreakClass(rawValue: 1 << 3)
    /// A break opportunity after it; it hangs at the end of a line.
    static let space = BreakClass(rawValue: 1 << 4)
    /// Ideographs, kana, Hangul, emoji: a line may break on either side.
    static let ideograph = BreakClass(rawValue: 1 << 5)

    static let lineStartProhibited: Set<Unicode.Scalar> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", "〗", "〙", "〛", "｝", "］",
        "”", "’", "…", "‥", "—", "～", "〜", "·", "・", "％", "‰", "℃", "｡", "､", "｣", "〞", "〟", "ー", "ゝ", "ゞ", "々",
        "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ",
        "，", "．", "：", "；", "！", "？",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]
    static let lineEndProhibited: Set<Unicode.Scalar> = [
        "（", "「", "『", "《", "〈", "【", "〔", "〖", "〘", "〚", "｛", "［", "“", "‘", "｢", "〝",
        "(", "[", "{",
    ]

    static func of(_ character: Character, width: Int) -> BreakClass {
        guard let scalar = character.unicodeScalars.first else { return [] }
        return of(scalar, width: width)
    }

    static func of(_ scalar: Unicode.Scalar, width: Int) -> BreakClass {
        let value = scalar.value
        return of(base: value < 0x10000 ? basicPlane[Int(value)] : classify(scalar), width: width)
    }

    /// A code point's class as a cluster `width` cells wide: a wide cluster with no class of its own
    /// (an ideograph, kana, emoji…) breaks on either side.
    @inline(__always)
    static func of(base: BreakClass, width: Int) -> BreakClass {
        base.isEmpty && width >= 2 ? .ideograph : base
    }

    /// The class of every code point of the Basic Multilingual Plane: the hot path of layout is one
    /// table lookup per cluster. Spread from the runs of `BreakClassTable` (committed, checked
    /// against `classify` for every code point by a test): working it out from `classify` at each
    /// start cost 48 million instructions, most of the first frame of a small page.
    static let basicPlane: [BreakClass] = {
        var table = [BreakClass](repeating: [], count: 0x10000)
        table.withUnsafeMutableBufferPointer { table in
            let runs = BreakClassTable.runs
            for index in runs.indices {
                let end = index + 1 < runs.count ? Int(runs[index + 1] >> 8) : 0x10000
                let value = BreakClass(rawValue: UInt8(truncatingIfNeeded: runs[index]))
                for code in Int(runs[index] >> 8)..<end { table[code] = value }
            }
        }
        return table
    }()

    /// The class of a code point, leaving `.ideograph` to the cluster's width.
    static func classify(_ scalar: Unicode.Scalar) -> BreakClass {
        var result: BreakClass = []
        let value = scalar.value
        // No-break spaces too: in Chinese papers' text they are spaces (`记者\u{A0}\u{A0}白莹`, copied
        // from HTML's &nbsp;), and as UAX #14's glue they would bind a closing mark to the next
        // sentence (`。”\u{A0}李…`) into runs no narrow column can break.
        if value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0 || value == 0x202F || (value >= 0x2000 && value <= 0x200A) {
            return .space
        }
        if lineStartProhibited.contains(scalar) { result.insert(.noBreakBefore) }
        if lineEndProhibited.contains(scalar) { result.insert(.noBreakAfter) }
        if (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) {
            result.formUnion([.word, .digit])
        } else if value < 0x7F {
            // Half-width letters and punctuation stay inside words: `A+H`, `7.8`, `http://a.b/c`.
            result.insert(.word)
        } else if (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value) {
            result.insert(.word)
        } else if CellWidth.of(scalar) < 2, scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar.properties.generalCategory == .nonspacingMark {
            // Narrow letters of other scripts, and no-break spaces, glue to their neighbours.
            result.insert(.word)
        }
        return result
    }

    /// May a line break between a cluster of class `before` and one of class `after`?
    static func canBreak(between before: BreakClass, and after: BreakClass) -> Bool {
        if after.contains(.space) { return false }
        if after.contains(.noBreakBefore) { return false }
        if before.contains(.space) { return true }
        if before.contains(.noBreakAfter) { return false }
        if before.contains(.word) && after.contains(.word) { return false }
        // A number keeps its unit: 8月, 21日, 2600万.
        if before.contains(.digit) && after.contains(.ideograph) { return false }
        return true
    }
}
