/// Recognises a photo or graphics credit that closes an article:
/// `本报记者 盛丽 曹立栋 摄影报道`, `张三 摄`, `（新华社记者 李四 摄）`, `文/图 王五`, `某某 供图`.
enum CreditLine {
    static let longSuffixes = ["摄影报道", "供图", "制图", "资料图片", "新华社发", "绘图"]
    static let shortSuffixes = ["摄影", "摄", "图", "绘"]
    static let prefixes = ["文/图", "图/文", "文／图", "图／文", "摄影：", "摄影:", "摄影/", "图片来源", "图：", "图:"]

    static func isCredit(_ scalars: [Unicode.Scalar]) -> Bool {
        var core = scalars[...]
        if TextShape.isBracketed(core) { core = core.dropFirst().dropLast() }
        // Cheap bound first: a credit is short, and most lines are long paragraphs.
        guard !core.isEmpty, core.count <= 80, core.filter({ !TextShape.isWhitespace($0) }).count <= 40,
              !core.contains(where: TextShape.runningTextMarks.contains) else { return false }
        let text = String(String.UnicodeScalarView(core))
        if prefixes.contains(where: text.hasPrefix) { return true }
        if longSuffixes.contains(where: text.hasSuffix) { return true }
        for suffix in shortSuffixes where text.hasSuffix(suffix) {
            let before = core.dropLast(suffix.unicodeScalars.count).last
            if let before, TextShape.isWhitespace(before) { return true }
            if text.contains("记者") || text.contains("通讯员") { return true }
        }
        return false
    }
}
