/// Standard output gathered into blocks of `size` bytes before each write: the dump hands out a
/// few rows at a time, thousands of pieces for a large page, and a write each cost as much as a
/// tenth of the rest. `flush` writes what is left (the dump calls it when it ends, error or not).
final class BufferedOutput {
    private var buffer: [UInt8] = []
    private let size: Int

    init(size: Int = 1 << 16) {
        self.size = size
        buffer.reserveCapacity(size)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= size { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { Output.write(bytes: $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
