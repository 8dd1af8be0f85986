/// What the index files a text under, in FTS5 (`detail=none`, the `ascii` tokenizer): each code
/// point it holds, once — `工`, `会`. A query asks for the files holding every code point of it
/// (`"工" AND "会"`): never fewer files than those holding the query, so the exact count in them
/// (`ArchiveQuery`) misses nothing; a character of its own (`鼠`) finds just its files.
///
/// Beside them, each file has a signature of the pairs of code points that stand together in it
/// (`工会`, `会主`…): 8,192 bits, a pair's bit chosen by a hash. A query of two or more characters
/// is looked for only in the files whose signature has every one of its pairs' bits — which every
/// file that holds the query has — so that `工会`, whose two characters are in nearly every file,
/// is counted in the few that have them side by side (and some more, by chance: about one in six
/// for a query of one pair, fewer for more).
///
/// A code point's token: ASCII letters and digits as lower case (the tokenizer folds them too),
/// other ASCII (spaces, punctuation) none — the tokenizer splits there — and the rest its UTF-8
/// bytes, which the tokenizer keeps as they are.
enum ArchiveTokens {
    /// The token text of width-folded UTF-8 text: each token once, a space after each.
    static func of(_ folded: UnsafeRawBufferPointer) -> [UInt8] {
        // Seen code points below U+20000 in a bit set (16 KB), the rare rest in a Set.
        var seen = [UInt64](repeating: 0, count: 0x20000 / 64)
        var rare = Set<UInt32>()
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        var index = 0
        let bytes = folded.bindMemory(to: UInt8.self)
        while index < bytes.count {
            let start = index
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            index = min(bytes.count, index + length)
            var value: UInt32
            switch length {
            case 1:
                guard let token = asciiToken(lead) else { continue }
                value = UInt32(token)
            case 2: value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[start + 1] & 0x3F)
            case 3: value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6 | UInt32(bytes[start + 2] & 0x3F)
            default: value = UInt32(lead & 0x07) << 18 | UInt32(bytes[start + 1] & 0x3F) << 12 | UInt32(bytes[start + 2] & 0x3F) << 6
                | UInt32(bytes[min(bytes.count - 1, start + 3)] & 0x3F)
            }
            if value < 0x20000 {
                let word = Int(value >> 6), bit = UInt64(1) << (value & 63)
                if seen[word] & bit != 0 { continue }
                seen[word] |= bit
            } else if !rare.insert(value).inserted {
                continue
            }
            if length == 1 { out.append(UInt8(value)) } else { out.append(contentsOf: UnsafeRawBufferPointer(rebasing: folded[start..<index])) }
            out.append(0x20)
        }
        return out
    }

    /// A query's FTS5 expression: each of its tokens once, quoted, joined by AND; nil when it has
    /// none. `dropCased`: code points with a case beyond ASCII are left out (the tokenizer would
    /// not fold them for a query that ignores case: more files, never fewer).
    static func query(_ folded: String, dropCased: Bool) -> String? {
        var terms: [String] = []
        for scalar in folded.unicodeScalars {
            guard let value = tokenValue(scalar, dropCased: dropCased), let token = Unicode.Scalar(value) else { continue }
            let term = String(token)
            if !terms.contains(term) { terms.append(term) }
        }
        return terms.isEmpty ? nil : terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " AND ")
    }

    /// Bits in a signature.
    static let signatureBits = 8192

    /// The signature of width-folded UTF-8 text: a bit for each pair of token code points that
    /// stand together in a line.
    static func signature(_ folded: UnsafeRawBufferPointer) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: signatureBits / 8)
        forEachPairBit(of: String(decoding: folded, as: UTF8.self), dropCased: false) { bits[$0 >> 3] |= 1 << UInt8($0 & 7) }
        return bits
    }

    /// The bits a file's signature must have to hold `folded` (a query, width-folded): its pairs'.
    static func signatureBits(ofQuery folded: String, dropCased: Bool) -> [Int] {
        var bits: [Int] = []
        forEachPairBit(of: folded, dropCased: dropCased) { bits.append($0) }
        return bits
    }

    /// The bit of each pair of token code points side by side in `text`, in order.
    private static func forEachPairBit(of text: String, dropCased: Bool, _ body: (Int) -> Void) {
        var previous: UInt32?
        for scalar in text.unicodeScalars {
            guard let value = tokenValue(scalar, dropCased: dropCased) else {
                previous = nil
                continue
            }
            if let previous { body(pairBit(previous, value)) }
            previous = value
        }
    }

    /// A code point as a token (and as it stands in a pair): its token's value; nil for no token
    /// (where a pair breaks), or for a letter with a case beyond ASCII in a query that ignores case.
    private static func tokenValue(_ scalar: Unicode.Scalar, dropCased: Bool) -> UInt32? {
        if scalar.isASCII { return asciiToken(UInt8(scalar.value)).map(UInt32.init) }
        if dropCased && (scalar.properties.changesWhenUppercased || scalar.properties.changesWhenLowercased) { return nil }
        return scalar.value
    }

    private static func pairBit(_ first: UInt32, _ second: UInt32) -> Int {
        let pair = UInt64(first) << 32 | UInt64(second)
        return Int((pair &* 0x9E37_79B9_7F4A_7C15) >> 51)
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
