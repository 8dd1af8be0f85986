// The benchmark: `swift run -c release kanbao-benchmark`. Prints parse and layout figures for the
// seed page repeated 1×, 100× and 1000×, so that cost can be seen to grow linearly.
import BundledFiles
import Foundation
import IssueModel
import TextLayout

let clock = ContinuousClock()

// `--instructions [--check | --record]`: the instruction counts only (see InstructionCounts);
// `--workload NAME SEED [--setup-only]`: one of them, run under callgrind by the former.
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "--workload", arguments.count >= 3 {
    exit(InstructionCounts.workload(arguments[arguments.startIndex + 1], seedPath: arguments[arguments.startIndex + 2],
                                    setupOnly: arguments.contains("--setup-only")))
}
if arguments.contains("--instructions") || arguments.contains("--check") || arguments.contains("--record") {
    exit(InstructionCounts.run(check: arguments.contains("--check"), record: arguments.contains("--record")))
}
// `--scale [COPIES…] [--keep]`: only the archive at scale (the month copied 1, 28, 280 times unless
// told; `--keep` leaves the trees and their indexes in the temporary folder).
if arguments.first == "--scale" {
    let copies = arguments.dropFirst().compactMap { Int($0) }
    ArchiveScaleCost.printTable(copies: copies.isEmpty ? [1, 28, 280] : copies, keep: arguments.contains("--keep"))
    exit(0)
}
// `--pdf`: only the page PDFs.
if arguments.first == "--pdf" {
    PDFCost.printTable()
    exit(0)
}
// `--reader`: only the reader on a pseudo-terminal and the dump against w3m (a minute, not ten).
if arguments.contains("--reader") {
    let seed = String(decoding: BundledSeed.bytes, as: UTF8.self)
    ReaderFigures.print(seed: seed)
    print("")
    ReaderFigures.printDumpComparison(seed: seed)
    exit(0)
}

/// The best of `runs` timings of `body`, in seconds (the minimum is the least disturbed).
func best(_ runs: Int, _ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<runs {
        let elapsed = clock.measure(body)
        fastest = min(fastest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return fastest
}

func column(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

let openingCosts = [1, 10, 100].compactMap { OpeningCost(megabytes: $0) }

let seed = String(decoding: BundledSeed.bytes, as: UTF8.self)
print("Kanbao benchmark — release build, best of 3 (1×, 100×) or 1 (1000×) runs")
print("")
print([column("size", 6), column("MB", 7), column("articles", 9), column("parse ms", 10), column("parse MB/s", 11),
       column("layout ms", 10), column("layout MB/s", 12), column("dump ms", 9),
       column("↓ ms/key", 9), column("Space ms/key", 13), column("resize ms", 10), column("v ms", 7),
       column("← vertical ms/key", 18)].joined(separator: " "))
var issues: [(Int, Issue)] = []
for copies in [1, 100, 1000] {
    let text = Array(repeating: seed, count: copies).joined(separator: "\n\n")
    let megabytes = Double(text.utf8.count) / 1_000_000
    let runs = copies == 1000 ? 1 : 3
    var issue = Issue(articles: [])
    let parse = best(runs) { issue = PageParser.parse(text) }
    let options = LayoutOptions(width: 80)
    var cells = 0
    let layout = best(runs) {
        cells = 0
        for article in issue.articles {
            cells += ArticleLayout.layout(article, options: options).pages.reduce(0) { $0 + $1.rows.count }
        }
    }
    var bytes = 0
    let dump = best(runs) {
        bytes = 0
        PlainTextDump.write(issue, options: options) { bytes += $0.utf8.count }
    }
    let reader = ReaderTiming(issue)
    issues.append((copies, issue))
    print([column("\(copies)×", 6), column(String(format: "%.2f", megabytes), 7), column("\(issue.articles.count)", 9),
           column(String(format: "%.1f", parse * 1000), 10), column(String(format: "%.1f", megabytes / parse), 11),
           column(String(format: "%.1f", layout * 1000), 10), column(String(format: "%.1f", megabytes / layout), 12),
           column(String(format: "%.1f", dump * 1000), 9), column(String(format: "%.2f", reader.headlineKey), 9),
           column(String(format: "%.2f", reader.pageKey), 13), column(String(format: "%.2f", reader.resize), 10),
           column(String(format: "%.2f", reader.verticalToggle), 7), column(String(format: "%.2f", reader.verticalPageKey), 18)].joined(separator: " "))
    precondition(cells > 0 && bytes > 0)
}
print("")
print([column("size", 6), column("index ms", 9), column("工会 ms", 8), column("matches", 8), column("劳逸结合 ms", 12),
       column("不存在的词 ms", 14)].joined(separator: " "))
for (copies, issue) in issues {
    let search = SearchTiming(issue)
    print([column("\(copies)×", 6), column(String(format: "%.1f", search.indexBuild), 9), column(String(format: "%.2f", search.common), 8),
           column("\(search.commonCount)", 8), column(String(format: "%.2f", search.rare), 12),
           column(String(format: "%.2f", search.missing), 14)].joined(separator: " "))
}
print("")
let pastes = [1, 10, 100].map { PasteTiming(issues[0].1, kilobytes: $0) }
print("paste into the search prompt (reducer + frame, best of 3): "
      + pastes.map { "\($0.kilobytes) KB \(String(format: "%.2f", $0.milliseconds)) ms" }.joined(separator: ", "))
print("")
print([column("headlines", 10), column("End ms", 8), column("Home ms", 8), column("reopen at 30% ms", 17)].joined(separator: " "))
for count in [1_000, 10_000, 100_000] {
    let timing = HeadlineTiming(count: count)
    print([column("\(count)", 10), column(String(format: "%.2f", timing.end), 8), column(String(format: "%.2f", timing.home), 8),
           column(String(format: "%.2f", timing.restore), 17)].joined(separator: " "))
}
print("")
print([column("size", 6), column("--list s", 9), column("--list peak MB", 15), column("--dump s", 9), column("--dump peak MB", 15)]
    .joined(separator: " "))
if openingCosts.isEmpty { print("(build kanbao too for the opening figures: swift build -c release)") }
for cost in openingCosts {
    print([column("\(cost.megabytes) MB", 6), column(String(format: "%.2f", cost.listSeconds), 9),
           column(String(format: "%.0f", cost.listPeakMB), 15), column(String(format: "%.2f", cost.dumpSeconds), 9),
           column(String(format: "%.0f", cost.dumpPeakMB), 15)].joined(separator: " "))
}
print("")
print([column("files", 6), column("--list s", 9), column("µs/file", 8), column("peak MB", 8), column("--json s", 9), column("µs/file", 8),
       column("peak MB", 8)].joined(separator: " "))
for files in [1_000, 2_000, 4_000, 8_000, 16_000] {
    guard let cost = OpeningFolders(files: files) else { print("(no folder figures: kanbao not built)"); break }
    print([column("\(files)", 6), column(String(format: "%.2f", cost.listSeconds), 9),
           column(String(format: "%.0f", cost.listSeconds / Double(files) * 1e6), 8), column(String(format: "%.0f", cost.listPeakMB), 8),
           column(String(format: "%.2f", cost.jsonSeconds), 9), column(String(format: "%.0f", cost.jsonSeconds / Double(files) * 1e6), 8),
           column(String(format: "%.0f", cost.jsonPeakMB), 8)].joined(separator: " "))
}
print("")
print([column("files", 6), column("MB", 6), column("index s", 8), column("MB/s", 6), column("search s", 9), column("grep -rcF s", 12),
       column("index MB", 9), column("façade s", 9)].joined(separator: " "))
for files in [1_000, 4_000, 16_000] {
    guard let cost = ArchiveSearchCost(files: files) else { print("(no archive figures: kanbao not built)"); break }
    print([column("\(files)", 6), column(String(format: "%.1f", cost.megabytes), 6), column(String(format: "%.2f", cost.buildSeconds), 8),
           column(String(format: "%.1f", cost.megabytes / cost.buildSeconds), 6), column(String(format: "%.3f", cost.searchSeconds), 9),
           column(String(format: "%.3f", cost.grepSeconds), 12), column(String(format: "%.1f", cost.indexMB), 9),
           column(String(format: "%.3f", cost.facadeSeconds), 9)].joined(separator: " "))
}
print("")
if ArchiveScaleCost.month != nil && ProcessInfo.processInfo.environment["KANBAO_SKIP_SCALE"] == nil { ArchiveScaleCost.printTable() }
print("")
print([column("records", 8), column("MB", 5), column("--list s", 9), column("peak MB", 8), column("index s", 8), column("peak MB", 8),
       column("search s", 9), column("peak MB", 8)].joined(separator: " "))
if !openingCosts.isEmpty {
    for records in [1_000, 10_000, 100_000] {
        let cost = RecordsCost(records: records)
        print([column("\(records)", 8), column(String(format: "%.0f", cost.megabytes), 5), column(String(format: "%.2f", cost.list.seconds), 9),
               column(String(format: "%.0f", cost.list.peakMB), 8), column(String(format: "%.2f", cost.build.seconds), 8),
               column(String(format: "%.0f", cost.build.peakMB), 8), column(String(format: "%.2f", cost.search.seconds), 9),
               column(String(format: "%.0f", cost.search.peakMB), 8)].joined(separator: " "))
    }
}
print("")
PDFCost.printTable()
print("")
ReaderFigures.print(seed: seed)
print("")
ReaderFigures.printDumpComparison(seed: seed)
print("")
print("layout: every article at width 80, auto columns, one page each; dump: the same, as text.")
print("reader: reducer + frame per key at 120×40 — ↓ on the front page, Space on the article screen,")
print("        resize between 80×24 and 120×40 on the article screen (relayout and keep the place).")
print("        v: the first v on an article (set vertically, 竖排); ←: a page of vertical text.")
print("search: index built at the first /; then one keystroke in the prompt (the query's last character)")
print("        through the reducer, with the frame it leads to; best of 3.")
print("terminal: the kanbao binary on a pseudo-terminal at 80×24: spawn to the first frame's last byte, and")
print("        key to the last byte of its frame (medians of 5), with the bytes ncurses sent for it.")
print("paste: / then a run of that many KB as the edge delivers a paste (one typed event): the reducer, which searches")
print("        the issue for it, and the frame it leads to.")
print("headlines: an issue of that many one-line articles at 120×40; End, Home (each with its frame) and a new")
print("        reader restored to the article 30% in (includes making the reader: a pass over the headlines).")
print("opening: the kanbao binary on the seed repeated to 1, 10, 100 MB; wall time and peak RSS (VmHWM).")
print("archive: the same trees; kanbao --search 工会 --count: the first (builds the index in the cache), then warm (best")
print("        of 3), against grep -rcF 工会 (best of 3); the index's size; façade: the same count in this process through")
print("        ArchiveSearcher (list, index up to date, count), best of 3.")
print("files: the kanbao binary on a tree of crawler day folders (month/YYYYMMDD/YYYYMMDD-PP-AA.txt, 60 files a")
print("        day, the seed's articles); --list and --json, wall time, per file, and peak RSS.")
print("scale: a month of real day folders (KANBAO_MONTH, else ../shared/corpus/people-daily-2019-02) copied 1, 28 and 280")
print("        times, a month each copy; the index built, then kanbao --search 工会 --count warm (best of 3; listed and counted:")
print("        its --trace stages, which overlap), a word no file holds, grep -rcF and rg -c -F of 工会 on the same tree (best")
print("        of 3), and kanbao's time ÷ theirs. KANBAO_SKIP_SCALE=1 leaves it out (500,000 files: ~4 GB of disk, minutes).")
print("records: one JSON Lines file of the seed's articles over 300 days; kanbao --list (reads the file for its days),")
print("        the first --search 工会 --count (builds the index, a row an article), then warm (best of 3); peak RSS each.")
