/// What the index files a text under, in FTS5 (`detail=none`, the `ascii` tokenizer): each code
/// point once, and each pair of code points that stand together in a line once — `工`, `会`,
/// `工会`. A query is looked up by its pairs (by its code point, when it has one), so that a word of
/// two or more characters finds the few files where those pairs occur, and a single character the
/// files that have it. The files found hold every pair of the query, which every file holding the
/// query does: never fewer files than the query's, and the count in them is exact.
///
/// A code point's token: ASCII letters and digits as lower case (the tokenizer folds them too),
/// other ASCII (spaces, punctuation) none — the tokenizer splits there — and the rest its UTF-8
/// bytes, which the tokenizer keeps as they are.
enum ArchiveTokens {
    static let withPairs = false

    /// The token text of width-folded UTF-8 text (lines separated by LF): distinct tokens, a space
    /// after each.
    static func of(_ folded: UnsafeRawBufferPointer) -> [UInt8] {
        var singles = Set<UInt32>(), pairs = Set<UInt64>()
        var previous: UInt32?
        for scalar in String(decoding: folded, as: UTF8.self).unicodeScalars {
            guard let value = tokenValue(scalar) else {
                previous = nil
                continue
            }
            singles.insert(value)
            if let previous { pairs.insert(UInt64(previous) << 32 | UInt64(value)) }
            previous = value
        }
        var out: [UInt8] = []
        out.reserveCapacity(singles.count * 4 + pairs.count * 5)
        for value in singles {
            append(value, to: &out)
            out.append(0x20)
        }
        if withPairs {
            for bucket in Set(pairs.map(bucket)) {
                out.append(contentsOf: pairToken(bucket).utf8)
                out.append(0x20)
            }
        }
        return out
    }

    /// A query's FTS5 expression: its pairs (or, where a code point stands alone, the code point),
    /// each a quoted token, joined by AND; nil when it has no token. `dropCased`: code points with
    /// a case beyond ASCII are no token (the tokenizer would not fold them for a query that ignores case).
    static func query(_ folded: String, dropCased: Bool) -> String? {
        var terms: [String] = []
        func add(_ term: String) { if !terms.contains(term) { terms.append(term) } }
        var run: [UInt32] = []
        func flush() {
            if run.count == 1 && withPairs { add(token(run[0])) }
            if withPairs {
                for index in run.indices.dropFirst() { add(pairToken(bucket(UInt64(run[index - 1]) << 32 | UInt64(run[index])))) }
            } else {
                for value in run { add(token(value)) }
            }
            run = []
        }
        for scalar in folded.unicodeScalars {
            let cased = !scalar.isASCII && (scalar.properties.changesWhenUppercased || scalar.properties.changesWhenLowercased)
            if let value = tokenValue(scalar), !(dropCased && cased) { run.append(value) } else { flush() }
        }
        flush()
        return terms.isEmpty ? nil : terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// The code point a token stands for (ASCII letters lowered), or nil for one that is no token.
    private static func tokenValue(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        if value >= 0x80 { return value }
        if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) { return value }
        if (0x41...0x5A).contains(value) { return value + 0x20 }
        return nil
    }

    private static func token(_ value: UInt32) -> String { String(Unicode.Scalar(value)!) }

    /// Pairs are filed in 65,536 buckets, not one by one: FTS5's cost is in its number of distinct
    /// tokens, and a bucket of a few pairs still finds few files (a file must have every pair).
    static let buckets: UInt64 = 1 << 16

    private static func bucket(_ pair: UInt64) -> UInt32 {
        // (A multiplicative hash: the high bits of the product spread the pairs well.)
        UInt32(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// `q` and the bucket in base 36: letters and digits, which the tokenizer keeps as one token.
    private static func pairToken(_ bucket: UInt32) -> String { "q" + String(bucket, radix: 36) }

    private static func append(_ value: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
    }
}
