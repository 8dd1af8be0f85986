import Glibc

/// GB18030 (a superset of GBK and GB2312) to UTF-8 through glibc's iconv.
enum GB18030 {
    /// The UTF-8 bytes of `bytes` read as GB18030, or nil if they are not valid GB18030.
    static func utf8(from bytes: [UInt8]) -> [UInt8]? {
        let converter = iconv_open("UTF-8", "GB18030")
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        // A GB18030 character is 1, 2 or 4 bytes and becomes at most 4 bytes of UTF-8.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                // Invalid (EILSEQ) and truncated (EINVAL) input both mean: not GB18030.
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 || inLeft != 0 {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        output.removeSubrange(produced...)
        return output
    }
}
