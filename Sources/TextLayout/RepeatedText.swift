/// A code point `count` times, as a string — padding and rules. Filled as bytes: the stdlib's
/// `String(repeating:count:)` of a Character walks it as a grapheme each time, and the dump pads
/// every indented row.
enum RepeatedText {
    static func string(_ scalar: Unicode.Scalar, count: Int) -> String {
        guard count > 0 else { return "" }
        let unit = Array(String(scalar).utf8)
        return String(unsafeUninitializedCapacity: unit.count * count) { buffer in
            var index = 0
            for _ in 0..<count {
                for byte in unit {
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }
}
