/// The presentation forms punctuation takes in vertical text (竖排): the comma and stop moved to the
/// top right of their cell, brackets and quotes turned a quarter (Unicode's Vertical Forms and CJK
/// Compatibility Forms blocks). Quotes become corner brackets, as vertical Chinese sets them.
enum VerticalForms {
    static let forms: [Unicode.Scalar: Character] = [
        "，": "︐", "。": "︒", "、": "︑", "：": "︓", "；": "︔", "！": "︕", "？": "︖",
        "（": "︵", "）": "︶", "《": "︽", "》": "︾", "「": "﹁", "」": "﹂", "『": "﹃", "』": "﹄",
        "【": "︻", "】": "︼", "〔": "︹", "〕": "︺", "〈": "︿", "〉": "﹀", "〖": "︗", "〗": "︘",
        "［": "﹇", "］": "﹈", "｛": "︷", "｝": "︸",
        "…": "︙", "—": "︱", "–": "︲", "“": "﹁", "”": "﹂", "‘": "﹃", "’": "﹄",
    ]

    /// The vertical form of a one-code-point cluster, if it has one.
    static func form(of text: Substring) -> String? {
        let scalars = text.unicodeScalars
        // Only the ranges the table covers are looked up: nearly every character is an ideograph.
        guard let first = scalars.first, (0x2013...0x2026).contains(first.value) || (0x3001...0x3017).contains(first.value)
                || (0xFF01...0xFF5D).contains(first.value),
              scalars.index(after: scalars.startIndex) == scalars.endIndex, let form = forms[first] else { return nil }
        return String(form)
    }
}
