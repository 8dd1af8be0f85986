import Glibc

/// Converts bytes between encodings with glibc's iconv, to make GB18030 and UTF-16 copies of pages.
public func iconvConvert(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8] {
    let converter = iconv_open(target, source)
    precondition(converter != iconv_t(bitPattern: -1), "iconv cannot convert \(source) to \(target)")
    defer { iconv_close(converter) }
    var input = bytes
    var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
    let left: Int = input.withUnsafeMutableBytes { inBuffer in
        output.withUnsafeMutableBytes { outBuffer in
            var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outLeft = outBuffer.count
            precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
            return outLeft
        }
    }
    return Array(output.dropLast(left))
}
