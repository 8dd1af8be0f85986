/// Spaces between Chinese and Latin (盘古之白), which the text itself does not have: a space wherever
/// an ideograph meets a run of Latin letters, digits and the half-width marks inside them — both
/// sides of `近 3 年`, `全国首家 A+H 股`, `完成 A+ 轮` — and none beside a full-width mark (`（CEO）`,
/// `2013。`) or a space. Each is a cluster of its own, one cell, drawn and standing for no source
/// text; a line may break there, and a space at a break hangs, as any does.
struct LatinSpacing {
    /// The last cluster of the piece before: a boundary may fall between two pieces.
    private var previous: SetCluster?

    /// `piece` (the next clusters of a block, in order) with the spaces put in.
    mutating func spaced(_ piece: [SetCluster]) -> [SetCluster] {
        var out: [SetCluster] = []
        out.reserveCapacity(piece.count + 8)
        for cluster in piece {
            if let before = previous,
               (Self.isIdeograph(before) && Self.isLatin(cluster)) || (Self.isLatin(before) && Self.isIdeograph(cluster)) {
                out.append(SetCluster(bytes: cluster.bytes.lowerBound..<cluster.bytes.lowerBound, width: 1, breakClass: .space,
                                      offset: cluster.offset, drawn: " "))
            }
            out.append(cluster)
            previous = cluster
        }
        return out
    }

    private static func isIdeograph(_ cluster: SetCluster) -> Bool { cluster.breakClass.contains(.ideograph) }
    /// Part of a half-width word (not a stand-in for a control character).
    private static func isLatin(_ cluster: SetCluster) -> Bool {
        cluster.breakClass.contains(.word) && cluster.width == 1 && cluster.drawn == nil
    }
}
