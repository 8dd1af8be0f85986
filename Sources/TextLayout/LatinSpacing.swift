/// Spaces between Chinese and Latin (盘古之白), which the text itself does not have: a space wherever
/// an ideograph and a Latin letter or digit meet — both sides of `近 3 年`, `全国首家 A+H 股` — and
/// none beside a mark (`（A`, `2013。`) or a space. Each is a cluster of its own, one cell, drawn
/// and standing for no source text; a line may break there, and a space at a break hangs, as any does.
struct LatinSpacing {
    /// The last cluster of the piece before: a boundary may fall between two pieces.
    private var previous: SetCluster?

    /// `piece` (the next clusters of `text`, a block, in order) with the spaces put in.
    mutating func spaced(_ piece: [SetCluster], of text: String) -> [SetCluster] {
        let utf8 = text.utf8
        /// A letter or digit, ASCII or another script's narrow one (not `+`, `%`, `.` inside words).
        func isLatin(_ cluster: SetCluster) -> Bool {
            guard cluster.breakClass.contains(.word), cluster.width == 1, cluster.drawn == nil, !cluster.bytes.isEmpty else { return false }
            let first = utf8[utf8.index(utf8.startIndex, offsetBy: cluster.bytes.lowerBound)]
            return first >= 0x80 || (first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A)
        }
        var out: [SetCluster] = []
        out.reserveCapacity(piece.count + 8)
        for cluster in piece {
            if let before = previous,
               (Self.isIdeograph(before) && isLatin(cluster)) || (isLatin(before) && Self.isIdeograph(cluster)) {
                out.append(SetCluster(bytes: cluster.bytes.lowerBound..<cluster.bytes.lowerBound, width: 1, breakClass: .space,
                                      offset: cluster.offset, drawn: " "))
            }
            out.append(cluster)
            previous = cluster
        }
        return out
    }

    private static func isIdeograph(_ cluster: SetCluster) -> Bool { cluster.breakClass.contains(.ideograph) }
}
