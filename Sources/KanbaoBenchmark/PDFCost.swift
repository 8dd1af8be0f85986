import Foundation

/// Page PDFs: the real `kanbao --dump` of People's Daily's 理论 page of 2018-01-02 (the test
/// fixture), and of a day of 20 pages and five days of 100 made of it by poppler's `pdfunite`
/// (skipped without it): best of 5, with the peak RSS — the cost a page, at 1×, 20× and 100×.
enum PDFCost {
    static let page = "Tests/Fixtures/pdf/rmrb2018010207.pdf"

    static func printTable() {
        print([column("PDF", 14), column("pages", 6), column("MB", 5), column("--dump s", 9), column("peak MB", 8)].joined(separator: " "))
        guard FileManager.default.fileExists(atPath: page) else { return print("(no PDF figures: \(page) not found)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-pdf-day")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows = [("a page", 1, page)]
        for (name, pages) in [("a day merged", 20), ("five days", 100)] {
            let merged = folder.appendingPathComponent("rmrb-\(pages).pdf").path
            if OpeningCost.run(Array(repeating: page, count: pages) + [merged], executable: "/usr/bin/pdfunite").seconds > 0,
               FileManager.default.fileExists(atPath: merged) {
                rows.append((name, pages, merged))
            }
        }
        for (name, pages, path) in rows {
            var best = (seconds: Double.infinity, peakMB: 0.0)
            for _ in 0..<5 {
                let run = OpeningCost.run(["--dump", path])
                if run.seconds < best.seconds { best = run }
            }
            let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_000_000
            print([column(name, 14), column("\(pages)", 6), column(String(format: "%.1f", megabytes), 5),
                   column(String(format: "%.3f", best.seconds), 9), column(String(format: "%.0f", best.peakMB), 8)].joined(separator: " "))
        }
    }
}
