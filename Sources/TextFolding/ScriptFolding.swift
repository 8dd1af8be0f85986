/// Traditional characters folded to simplified ones, as OpenCC's t2s converts a character alone
/// (`ScriptFoldTable.swift`, generated from its data by `Scripts/generate-script-folds.py`): 習 is
/// 习, 發 and 髮 are 发. Characters only — no phrase is looked at — and one code point to one.
public enum ScriptFolding {
    /// The first and last code point with a fold in the table's dense part (CJK Extension A and
    /// the Unified Ideographs, where nearly all are); the few others are in `others`.
    static let denseStart: UInt32 = 0x3400, denseEnd: UInt32 = 0xA000

    /// What each code point of the dense range folds to (0: itself).
    static let dense: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(denseEnd - denseStart))
        for (from, to) in tablePairs() where (denseStart..<denseEnd).contains(from) { table[Int(from - denseStart)] = to }
        return table
    }()

    /// The rest (CJK Extension B and after).
    static let others: [UInt32: UInt32] = Dictionary(tablePairs().filter { !(denseStart..<denseEnd).contains($0.0) }, uniquingKeysWith: { first, _ in first })

    private static func tablePairs() -> [(UInt32, UInt32)] {
        let scalars = Array(pairs.unicodeScalars)
        return stride(from: 0, to: scalars.count - 1, by: 2).map { (scalars[$0].value, scalars[$0 + 1].value) }
    }

    /// The simplified form of a traditional character; any other code point as it is.
    @inline(__always)
    public static func folded(_ value: UInt32) -> UInt32 {
        if value < denseStart { return value }
        if value < denseEnd {
            let to = dense[Int(value - denseStart)]
            return to == 0 ? value : to
        }
        return value < 0x2_0000 ? value : others[value] ?? value
    }
}
