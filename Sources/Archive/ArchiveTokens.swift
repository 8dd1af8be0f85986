/// What the index files a text under, in FTS5 (`detail=none`, the `ascii` tokenizer): each code
/// point it holds, once — `工`, `会` — and each pair of code points that stand side by side in it,
/// once — `工会`, `会主`. A query asks for the files holding every pair of it (`"工会"`, or `"习近"
/// AND "近平"`) and every code point of it that stands in no pair (a query of one character, `鼠`):
/// never fewer files than those holding the query, so the exact count in them (`ArchiveQuery`)
/// misses nothing — and, for two characters, exactly the files that hold them side by side, where
/// the characters alone are in nearly every file (`工会`: 15 of a month's 1,789 articles, whose
/// two characters are both in 999).
///
/// A code point's token: ASCII letters and digits as lower case (the tokenizer folds them too),
/// other ASCII (spaces, punctuation) none — the tokenizer splits there, and no pair spans it — and
/// the rest its UTF-8 bytes, which the tokenizer keeps as they are. A pair's token is its two
/// code points' tokens together.
enum ArchiveTokens {
    /// The token text of folded UTF-8 text: each code point's token and each pair's once, a space after each.
    static func of(_ folded: UnsafeRawBufferPointer) -> [UInt8] {
        // Seen code points below U+20000 in a bit set (16 KB), the rare rest and the pairs in sets.
        var seen = [UInt64](repeating: 0, count: 0x20000 / 64)
        var rare = Set<UInt32>(), pairs = Set<UInt64>()
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        var index = 0
        let bytes = folded.bindMemory(to: UInt8.self)
        var previous: (value: UInt32, start: Int, end: Int)?
        while index < bytes.count {
            let start = index
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            index = min(bytes.count, index + length)
            var value: UInt32
            switch length {
            case 1:
                guard let token = asciiToken(lead) else {
                    previous = nil
                    continue
                }
                value = UInt32(token)
            case 2: value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
            case 3: value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
            default: value = UInt32(lead & 0x07) << 18 | UInt32(bytes[start + 1] & 0x3F) << 12 | UInt32(bytes[start + 2] & 0x3F) << 6
                | UInt32(bytes[min(bytes.count - 1, start + 3)] & 0x3F)
            }
            func token(_ value: UInt32, _ range: Range<Int>) {
                if value < 0x80 { out.append(UInt8(value)) } else { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: folded[range])) }
            }
            if let before = previous, pairs.insert(UInt64(before.value) << 32 | UInt64(value)).inserted {
                token(before.value, before.start..<before.end)
                token(value, start..<index)
                out.append(0x20)
            }
            previous = (value, start, index)
            if value < 0x20000 {
                let word = Int(value >> 6), bit = UInt64(1) << (value & 63)
                if seen[word] & bit != 0 { continue }
                seen[word] |= bit
            } else if !rare.insert(value).inserted {
                continue
            }
            token(value, start..<index)
            out.append(0x20)
        }
        return out
    }

    /// A query's FTS5 expression: each pair of it once and each code point that stands in no
    /// pair, quoted, joined by AND; nil when it has no token. `dropCased`: code points with a case
    /// beyond ASCII are left out, and break pairs (the tokenizer would not fold them for a query
    /// that ignores case: more files, never fewer).
    static func query(_ folded: String, dropCased: Bool) -> String? {
        var terms: [String] = [], run: [Unicode.Scalar] = []
        func endRun() {
            let found = run.count == 1 ? [String(run[0])] : zip(run, run.dropFirst()).map { String($0) + String($1) }
            for term in found where !terms.contains(term) { terms.append(term) }
            run = []
        }
        for scalar in folded.unicodeScalars {
            guard let value = tokenValue(scalar, dropCased: dropCased), let token = Unicode.Scalar(value) else {
                endRun()
                continue
            }
            run.append(token)
        }
        endRun()
        return terms.isEmpty ? nil : terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// A code point as a token (and as it stands in a pair): its token's value; nil for no token
    /// (where a pair breaks), or for a letter with a case beyond ASCII in a query that ignores case.
    private static func tokenValue(_ scalar: Unicode.Scalar, dropCased: Bool) -> UInt32? {
        if scalar.isASCII { return asciiToken(UInt8(scalar.value)).map(UInt32.init) }
        if dropCased && (scalar.properties.changesWhenUppercased || scalar.properties.changesWhenLowercased) { return nil }
        return scalar.value
    }

    /// An ASCII letter or digit as its token (letters lowered); nil for the rest.
    private static func asciiToken(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
        default: nil
        }
    }
}
