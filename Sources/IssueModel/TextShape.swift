/// Character classes the parser reasons with: what ends a sentence, what closes a quote, what is
/// Latin, what is an ideograph. Working on scalars keeps the parser fast on large pages.
enum TextShape {
    /// Punctuation after which a paragraph is complete (a column break there is also a paragraph end).
    static let sentenceEnders: Set<Unicode.Scalar> = [
        "。", "！", "？", "!", "?", "…", "；", ";", "：", ":", ".", "．", "｡", "‼", "⁇", "⁈", "⁉",
    ]
    /// Closing quotes and brackets that may follow the sentence ender: `……”`, `。）`.
    static let trailingClosers: Set<Unicode.Scalar> = [
        "”", "’", "」", "』", "）", ")", "》", "〉", "】", "〕", "〗", "］", "]", "｝", "}", "\"", "'", "〞",
    ]
    /// Punctuation that cannot begin a sentence; a paragraph starting with one continues another.
    static let continuationStarters: Set<Unicode.Scalar> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "〉", "】", "〕", ",", ";", ":", ")", "%", "％",
    ]
    /// Punctuation that marks running text; credits, bylines and page headers have none of it.
    static let runningTextMarks: Set<Unicode.Scalar> = ["，", "。", "；", ",", ";"]
    /// Punctuation that closes a sentence inside a line; a headline has none of it (it may have a
    /// comma: `稳住农业基本盘，守好“三农”基础`).
    static let sentenceMarks: Set<Unicode.Scalar> = ["。", "；", ";", "｡"]
    /// Decorations papers put before a lead or an inner heading.
    static let leadingDecorations: Set<Unicode.Scalar> = [
        "■", "□", "●", "○", "◆", "◇", "▲", "△", "★", "☆", "◎", "▼", "※", "▌", "▍", "█",
    ]

    /// Unicode's White_Space property, spelled out: the property lookup is the parser's hot spot.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x85: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A letter of an alphabetic script written with spaces between words (Latin, Greek, Cyrillic…),
    /// not a full-width form: between two of these a mended column break needs a space.
    static func isWordLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x2E80 && scalar.properties.isAlphabetic
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    static let chineseNumerals: Set<Unicode.Scalar> = [
        "〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两",
    ]

    /// True if the text ends a sentence: its last mark, after closing quotes and brackets, is a sentence
    /// ender — or the whole text is one parenthesis, such as `（完）`.
    static func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
        if scalars.isEmpty || isBracketed(scalars[...]) { return true }
        var index = scalars.count - 1
        while index >= 0 && trailingClosers.contains(scalars[index]) { index -= 1 }
        return index >= 0 && sentenceEnders.contains(scalars[index])
    }

    /// True if the text is one bracketed note: `（完）`, `（下转第二版）`, `（本报记者 王五 摄）`.
    static func isBracketed(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first, let last = scalars.last, scalars.count >= 2 else { return false }
        return (first == "（" && last == "）") || (first == "(" && last == ")") || (first == "【" && last == "】")
    }

    /// The text without leading decorations and spaces (for recognising leads and bylines).
    static func undecorated(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var index = 0
        while index < scalars.count && (leadingDecorations.contains(scalars[index]) || isWhitespace(scalars[index])) {
            index += 1
        }
        return scalars[index...]
    }

    /// Runs of whitespace (ideographic spaces included) become one ASCII space; the ends are trimmed.
    static func normalizedSpaces<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// True if the slice starts with the scalars of `prefix`.
    func starts(with prefix: String) -> Bool {
        starts(with: prefix.unicodeScalars)
    }
}
