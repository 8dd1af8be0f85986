/// The lines of a galley, kept small: a run that shows its block's own text is stored as numbers —
/// where it stands, its cells, its role, which clusters and which bytes of the block it shows — and
/// its text is cut from the block's text only when the line is read. A paragraph of 20 MB set at
/// 80 cells is some 170,000 lines; kept as rows of `StyledRun`s, each with a string of its own, it
/// took twenty times the paragraph, and now takes about the paragraph's size.
///
/// Read as a collection of lines, each the `[StyledRun]` it stands for.
public struct GalleyLines: RandomAccessCollection, Equatable, Sendable {
    /// One run. `text` < 0: `~text` indexes `drawnTexts` (a stand-in, a rule, a vertical form);
    /// else the run shows `blockTexts[block]`'s UTF-8 bytes `text..<textEnd`.
    struct PackedRun: Equatable, Sendable {
        var column: Int32
        var width: Int32
        var role: Role
        /// The source block, or -1 for decoration (no source).
        var block: Int32
        var start: Int32
        var end: Int32
        var text: Int32
        var textEnd: Int32
    }

    private var runs: [PackedRun] = []
    /// Where each line's runs end in `runs`.
    private var lineEnds: [Int32] = []
    /// The texts of the article's blocks, by block: the strings the article holds (shared, not copied).
    private let blockTexts: [String]
    private var drawnTexts: [String] = []

    public init(blockTexts: [String] = []) { self.blockTexts = blockTexts }

    /// Lines given whole (vertical setting, tests): every text is kept as drawn.
    public init(_ lines: [[StyledRun]]) {
        self.init()
        for line in lines { append(line) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { lineEnds.count }

    public subscript(line: Int) -> [StyledRun] { runs(ofLine: line).map(unpacked) }

    /// The sources of a line's runs, without making their texts: for finding a character.
    func sources(ofLine line: Int) -> some Sequence<SourceSpan> {
        runs(ofLine: line).lazy.compactMap { $0.block < 0 ? nil : SourceSpan(block: Int($0.block), start: Int($0.start), end: Int($0.end)) }
    }

    private func runs(ofLine line: Int) -> ArraySlice<PackedRun> {
        runs[(line == 0 ? 0 : Int(lineEnds[line - 1]))..<Int(lineEnds[line])]
    }

    /// Adds a line of runs, keeping every text as drawn.
    public mutating func append(_ line: [StyledRun]) {
        for run in line {
            drawnTexts.append(run.text)
            runs.append(PackedRun(
                column: Int32(run.column), width: Int32(run.width), role: run.role, block: Int32(run.source?.block ?? -1),
                start: Int32(run.source?.start ?? 0), end: Int32(run.source?.end ?? 0), text: ~Int32(drawnTexts.count - 1), textEnd: 0))
        }
        endLine()
    }

    /// Adds a run that shows UTF-8 bytes `bytes` of its source block's text as they are.
    mutating func appendRun(column: Int, width: Int, role: Role, source: SourceSpan, bytes: Range<Int>) {
        runs.append(PackedRun(
            column: Int32(column), width: Int32(width), role: role, block: Int32(source.block), start: Int32(source.start),
            end: Int32(source.end), text: Int32(bytes.lowerBound), textEnd: Int32(bytes.upperBound)))
    }

    /// Adds a run that draws `text` (a stand-in) for its source.
    mutating func appendRun(column: Int, width: Int, role: Role, source: SourceSpan, drawn text: String) {
        drawnTexts.append(text)
        runs.append(PackedRun(
            column: Int32(column), width: Int32(width), role: role, block: Int32(source.block), start: Int32(source.start),
            end: Int32(source.end), text: ~Int32(drawnTexts.count - 1), textEnd: 0))
    }

    /// Line `line` as `PlainTextDump.render` writes it without colour — each run after spaces up to
    /// its column, moved right by `shift` — appended to `out`, the row's cells so far `column`; the
    /// cells after it. Straight from the blocks' bytes: no run's text is made a string.
    func appendText(ofLine line: Int, shift: Int, column: Int, to out: inout [UInt8]) -> Int {
        var column = column
        for run in runs(ofLine: line) {
            let start = Int(run.column) + shift
            if start > column { out.append(contentsOf: repeatElement(0x20, count: start - column)) }
            if run.text < 0 {
                out.append(contentsOf: drawnTexts[Int(~run.text)].utf8)
            } else {
                let bytes = Int(run.text)..<Int(run.textEnd), text = blockTexts[Int(run.block)].utf8
                if text.withContiguousStorageIfAvailable({ out.append(contentsOf: $0[bytes]) }) == nil {
                    out.append(contentsOf: Array(text)[bytes])
                }
            }
            column = start + Int(run.width)
        }
        return column
    }

    /// Ends the line the runs since the last line belong to.
    mutating func endLine() { lineEnds.append(Int32(runs.count)) }

    private func unpacked(_ run: PackedRun) -> StyledRun {
        let text: String
        if run.text < 0 {
            text = drawnTexts[Int(~run.text)]
        } else {
            let block = blockTexts[Int(run.block)], bytes = Int(run.text)..<Int(run.textEnd)
            // Straight from the text's bytes (a native string's are contiguous): no index to check.
            text = block.utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes]), as: UTF8.self) }
                ?? String(decoding: Array(block.utf8)[bytes], as: UTF8.self)
        }
        let source = run.block < 0 ? nil : SourceSpan(block: Int(run.block), start: Int(run.start), end: Int(run.end))
        return StyledRun(column: Int(run.column), text: text, width: Int(run.width), role: run.role, source: source)
    }

    public static func == (left: GalleyLines, right: GalleyLines) -> Bool {
        left.count == right.count && left.indices.allSatisfy { left[$0] == right[$0] }
    }
}
