import Foundation
import Glibc

/// `kanbao --dump` against `w3m -dump -cols 80`, Debian's fastest CJK-aware formatter, on the same
/// text (for w3m as HTML, one `<p>` per paragraph line), run alternately `runs` times: the median
/// times, their ratio, and the peak memory of each.
struct DumpComparison {
    var kanbaoSeconds = 0.0, w3mSeconds = 0.0
    var kanbaoPeakMB = 0.0, w3mPeakMB = 0.0
    /// Kanbao's time ÷ w3m's, the median over the pairs (each pair run back to back).
    var ratio = 0.0
    static let w3m = "/usr/bin/w3m"

    init?(text: String, runs: Int = 5) {
        guard FileManager.default.isExecutableFile(atPath: Self.w3m),
              FileManager.default.isExecutableFile(atPath: OpeningCost.kanbao) else { return nil }
        let folder = FileManager.default.temporaryDirectory
        let plain = folder.appendingPathComponent("kanbao-compare.txt"), html = folder.appendingPathComponent("kanbao-compare.html")
        defer { try? FileManager.default.removeItem(at: plain); try? FileManager.default.removeItem(at: html) }
        try? Data(text.utf8).write(to: plain)
        let paragraphs = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { line in
            "<p>" + line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;") + "</p>"
        }
        let page = "<html><head><meta charset=\"utf-8\"></head><body>\n" + paragraphs.joined(separator: "\n") + "\n</body></html>\n"
        try? Data(page.utf8).write(to: html)
        var kanbao: [(Double, Double)] = [], w3m: [(Double, Double)] = []
        for _ in 0..<runs {
            kanbao.append(OpeningCost.run(["--dump", "--width", "80", plain.path]))
            w3m.append(OpeningCost.run(["-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", html.path], executable: Self.w3m))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        kanbaoSeconds = median(kanbao.map(\.0))
        w3mSeconds = median(w3m.map(\.0))
        ratio = median(zip(kanbao, w3m).map { $0.0 / $1.0 })
        kanbaoPeakMB = kanbao.map(\.1).max() ?? 0
        w3mPeakMB = w3m.map(\.1).max() ?? 0
    }
}
