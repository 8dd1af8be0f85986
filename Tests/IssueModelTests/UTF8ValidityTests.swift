import Testing
@testable import IssueModel

/// `UTF8Scan.isValid`, the fast check every page read goes through, says what the stdlib's parser
/// says (`errors`), on every sequence of up to three bytes from the bytes where UTF-8 changes its
/// mind, with four-byte leads after them, and on random bytes.
@Suite struct UTF8ValidityTests {
    static let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]

    static func agree(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Scan.isValid($0) } == (UTF8Scan.errors(in: bytes).count == 0)
    }

    @Test func everyShortSequenceOfEdges() {
        var disagreements: [[UInt8]] = []
        for a in Self.edges {
            for b in Self.edges {
                for c in Self.edges {
                    for tail in [[], [0x80], [0xBF, 0x41], [0x90, 0x80]] as [[UInt8]] {
                        let bytes = [a, b, c] + tail
                        if !Self.agree(bytes) { disagreements.append(bytes) }
                    }
                }
                if !Self.agree([a, b]) { disagreements.append([a, b]) }
            }
            if !Self.agree([a]) { disagreements.append([a]) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    @Test func randomBytesAndRealText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(Self.agree(bytes), "\(bytes)")
        }
        #expect(Self.agree(Array("人民日报 People's Daily 👨‍👩‍👧 é\u{10FFFF}".utf8)))
        #expect([UInt8]("人民日报".utf8).withUnsafeBufferPointer { UTF8Scan.isValid($0) })
    }
}
