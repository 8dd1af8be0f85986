/// Recognises a photo or graphics credit that closes an article:
/// `本报记者 盛丽 曹立栋 摄影报道`, `张三 摄`, `（新华社记者 李四 摄）`, `文/图 王五`, `某某 供图`,
/// `王华斌摄（影像中国）`.
enum CreditLine {
    static let longSuffixes = ["摄影报道", "供图", "制图", "资料图片", "新华社发", "绘图"]
    static let shortSuffixes = ["摄影", "摄", "图", "绘"]
    static let prefixes = ["文/图", "图/文", "文／图", "图／文", "摄影：", "摄影:", "摄影/", "图片来源", "图：", "图:"]

    static let prefixScalars = prefixes.map { Array($0.unicodeScalars) }
    static let longSuffixScalars = longSuffixes.map { Array($0.unicodeScalars) }
    static let shortSuffixScalars = shortSuffixes.map { Array($0.unicodeScalars) }
    static let reporter = Array("记者".unicodeScalars), correspondent = Array("通讯员".unicodeScalars)

    static func ends(_ scalars: ArraySlice<Unicode.Scalar>, with suffix: [Unicode.Scalar]) -> Bool {
        scalars.count >= suffix.count && scalars.suffix(suffix.count).elementsEqual(suffix)
    }

    static func contains(_ scalars: ArraySlice<Unicode.Scalar>, _ word: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= word.count else { return false }
        return (scalars.startIndex...(scalars.endIndex - word.count)).contains { scalars[$0..<$0 + word.count].elementsEqual(word) }
    }

    /// Where a closing `（影像中国）`-like tag of two to ten characters begins, if the line ends in one
    /// after some text.
    static func sourceTagStart(_ core: ArraySlice<Unicode.Scalar>) -> Int? {
        guard core.last == "）", let open = core.lastIndex(of: "（"), open > core.startIndex,
              (3...11).contains(core.endIndex - 1 - open) else { return nil }
        return open
    }

    static func isCredit(_ scalars: [Unicode.Scalar]) -> Bool {
        var core = scalars[...]
        if TextShape.isBracketed(core) { core = core.dropFirst().dropLast() }
        // Cheap bound first: a credit is short, and most lines are long paragraphs.
        guard !core.isEmpty, core.count <= 80, core.filter({ !TextShape.isWhitespace($0) }).count <= 40,
              !core.contains(where: TextShape.runningTextMarks.contains) else { return false }
        // Compared as scalars: building a String and comparing Characters costs more than the rest.
        if prefixScalars.contains(where: { core.starts(with: $0) }) { return true }
        if longSuffixScalars.contains(where: { ends(core, with: $0) }) { return true }
        // `王华斌摄（影像中国）`: a photo's credit — a name and 摄 — with the agency that ran it, bracketed
        // after it (not `…拍摄（纪录片）`).
        if let tagStart = sourceTagStart(core) {
            let credit = core[..<tagStart]
            let named = credit.filter { !TextShape.isWhitespace($0) }.count <= 8 && credit.dropLast().last != "拍"
            if named && (shortSuffixScalars.contains { ends(credit, with: $0) } || longSuffixScalars.contains { ends(credit, with: $0) }) {
                return true
            }
        }
        for suffix in shortSuffixScalars where ends(core, with: suffix) {
            if let before = core.dropLast(suffix.count).last, TextShape.isWhitespace(before) { return true }
            if contains(core, reporter) || contains(core, correspondent) { return true }
        }
        return false
    }
}
