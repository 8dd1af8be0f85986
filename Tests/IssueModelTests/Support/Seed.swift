import Foundation

/// The seed page, read from the repository's `seeds/` folder (found from this source file's path).
enum Seed {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/000_745ce5cdf6340c81.txt")

    static let bytes: [UInt8] = Array(try! Data(contentsOf: url))
    static let text = String(decoding: bytes, as: UTF8.self)
}

/// The non-whitespace scalars of a text: what "nothing lost, nothing invented" compares.
func visibleScalars<S: Sequence<String>>(_ texts: S) -> [Unicode.Scalar] {
    texts.flatMap { $0.unicodeScalars.filter { !$0.properties.isWhitespace } }
}

/// A small deterministic random generator (SplitMix64), so that generated cases are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
