import Foundation

/// The reader as a user meets it — the real binary on a pseudo-terminal — and the dump against w3m:
/// the figures the layout's speed is judged by.
enum ReaderFigures {
    /// First frames (median of `runs` starts) and keystrokes, on the seed and on the seed ×1000 (10 MB).
    static func print(seed: String, runs: Int = 5) {
        Swift.print([column("size", 6), column("1st frame ms", 13), column("bytes", 7)].joined(separator: " ")
                    + "   keystrokes: median ms / bytes (first frame: median of \(runs) starts)")
        for copies in [1, 1000] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-latency-\(copies).txt")
            try? Data(Array(repeating: seed, count: copies).joined(separator: "\n\n").utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let samples = (0..<runs).compactMap { _ in ReaderLatency(file: file.path) }
            guard let latency = samples.first else {
                Swift.print("(no reader figures: kanbao not built, or no pty)")
                return
            }
            let firstFrame = samples.map(\.firstFrame).sorted()[samples.count / 2]
            Swift.print([column("\(copies)×", 6), column(String(format: "%.1f", firstFrame), 13), column("\(latency.firstFrameBytes)", 7)]
                .joined(separator: " ") + "   " + latency.keys.map { "\($0.name) \(String(format: "%.2f", $0.milliseconds))/\($0.bytes)" }
                .joined(separator: ", "))
        }
    }

    /// `kanbao --dump` against `w3m -dump` on the seed ×1000.
    static func printDumpComparison(seed: String) {
        guard let comparison = DumpComparison(text: Array(repeating: seed, count: 1000).joined(separator: "\n\n")) else {
            Swift.print("(no comparison with w3m: install it with apt-get install w3m)")
            return
        }
        Swift.print(String(format: "--dump vs w3m -dump -cols 80, 10 MB, median of 5: kanbao %.3f s (peak %.0f MB), w3m %.3f s (peak %.0f MB); "
                           + "kanbao's time ÷ w3m's, median of the 5 pairs: %.2f",
                           comparison.kanbaoSeconds, comparison.kanbaoPeakMB, comparison.w3mSeconds, comparison.w3mPeakMB, comparison.ratio))
    }
}
