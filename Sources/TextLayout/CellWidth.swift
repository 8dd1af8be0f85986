/// How many terminal cells a character takes — the width ncursesw will give it, since ncurses places
/// every character by glibc's `wcwidth`, code point by code point. A grapheme cluster takes the sum
/// of its code points (👨‍👩‍👧 is 6 cells, as ncurses and tmux draw it). East Asian Ambiguous
/// characters (“ ” … — ·) are 1 cell unless the terminal is set to draw them wide.
public enum CellWidth {
    enum Kind: UInt8 { case one = 0, zero, wide, ambiguous, unprintable }

    struct WidthRange {
        let first: UInt32
        let last: UInt32
        let kind: Kind
        init(_ first: UInt32, _ last: UInt32, _ kind: Kind) {
            self.first = first
            self.last = last
            self.kind = kind
        }
    }

    /// The Basic Multilingual Plane as a flat table: one lookup per character on the hot path.
    static let basicPlane: [Kind] = {
        var table = [Kind](repeating: .one, count: 0x10000)
        for range in ranges where range.first < 0x10000 {
            for value in range.first...min(range.last, 0xFFFF) { table[Int(value)] = range.kind }
        }
        return table
    }()

    static func kind(_ value: UInt32) -> Kind {
        if value < 0x10000 { return basicPlane[Int(value)] }
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.first { high = middle - 1 } else if value > range.last { low = middle + 1 } else { return range.kind }
        }
        return .one
    }

    /// Cells for one code point (control characters are never drawn as themselves; see `Glyph`).
    /// An unprintable one — unassigned, a noncharacter, U+2028, U+2029: `wcwidth` −1 — counts 0,
    /// so that it is never drawn as itself either: a cluster of no cells gets a visible stand-in.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar, ambiguousWide: Bool = false) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        return cells(kind(value), ambiguousWide: ambiguousWide)
    }

    /// Cells for a code point of `kind`.
    @inline(__always)
    static func cells(_ kind: Kind, ambiguousWide: Bool) -> Int {
        switch kind {
        case .one: 1
        case .zero, .unprintable: 0
        case .wide: 2
        case .ambiguous: ambiguousWide ? 2 : 1
        }
    }

    /// Cells for a grapheme cluster: the sum of its code points.
    public static func of(_ character: Character, ambiguousWide: Bool = false) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar, ambiguousWide: ambiguousWide) }
        return total
    }

    /// Cells for a string drawn as it is.
    public static func of(_ text: String, ambiguousWide: Bool = false) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar, ambiguousWide: ambiguousWide) }
        return total
    }
}
