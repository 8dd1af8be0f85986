/// An article set but not yet cut into pages (a galley, in a printer's words): the full-width
/// header rows (kicker, headline, subheadline, rule) and the body lines of one column each.
/// A place in it is a *position*: header rows first, then body lines, counted from 0 — so a reader
/// can start a page anywhere, turn pages, scroll a line, and find a character again after a resize.
public struct Galley: Equatable, Sendable {
    public let header: [[StyledRun]]
    public let body: GalleyLines
    let flow: ColumnFlow
    /// Set vertically (竖排, see `VerticalLayout`): the lines are text columns, right to left, each
    /// run's `column` its row; a page's "height" is then how many text columns it holds.
    public var isVertical = false
    /// Rows of a vertical page: its bands (段) of columns, a rule row between them (see
    /// `VerticalLayout.bands`).
    var verticalHeight = 1

    public var columns: Int { flow.columns }
    public var width: Int { flow.width }
    /// Header rows and body lines: one past the last position.
    public var positionCount: Int { header.count + body.count }

    /// The page that starts at `position`, `height` rows tall (nil: everything from there on, the
    /// columns balanced), and the position where the next page starts.
    public func page(from position: Int, height: Int?) -> (page: LaidOutPage, next: Int) {
        if isVertical { return verticalPage(from: position, columns: height) }
        var rows: [[StyledRun]] = []
        var line = 0
        if position < header.count {
            let shown = height.map { min($0, header.count - position) } ?? header.count - position
            rows += header[position..<(position + shown)]
            if position + shown < header.count {
                return (LaidOutPage(rows: padded(rows, to: height)), position + shown)
            }
        } else {
            line = min(position - header.count, body.count)
        }
        let available = height.map { $0 - rows.count } ?? (body.count - line + flow.columns - 1) / flow.columns
        if available > 0 && line < body.count {
            let taken = flow.counts(remaining: body.count - line, rows: available).reduce(0, +)
            rows += flow.flow(body[line..<(line + taken)], rows: available)
            line += taken
        }
        return (LaidOutPage(rows: padded(rows, to: height)), header.count + line)
    }

    /// Every page from the top, as `pages(height:)` gives them, handed out `rowsAtATime` rows at a
    /// time (`startsPage` on a page's first rows), so that a long article without a height — one
    /// page — is never held whole as rows.
    public func forEachPage(height: Int?, rowsAtATime: Int = 512, _ rows: (_ rows: [[StyledRun]], _ startsPage: Bool) -> Void) {
        guard height == nil && !isVertical else {
            for page in pages(height: height) { rows(page.rows, true) }
            return
        }
        if !header.isEmpty { rows(Array(header), true) }
        forEachBand(rowsAtATime: rowsAtATime) { counts, band, startsPage in
            rows(band.map { flow.flow(body[...], counts: counts, rows: $0) } ?? [], startsPage)
        }
    }

    /// What `forEachPage` hands out with no height, horizontal, as the dump writes it without
    /// colour (`PlainTextDump.render`): made straight from the lines' bytes, a few rows at a time.
    func forEachPlainText(rowsAtATime: Int = 512, _ text: (_ text: String, _ startsPage: Bool) -> Void) {
        if !header.isEmpty { text(PlainTextDump.render(LaidOutPage(rows: header)), true) }
        var out: [UInt8] = []
        forEachBand(rowsAtATime: rowsAtATime) { counts, band, startsPage in
            out.removeAll(keepingCapacity: true)
            if let band { flow.appendText(body, counts: counts, rows: band, to: &out) }
            text(String(decoding: out, as: UTF8.self), startsPage)
        }
    }

    /// The body's rows, its columns balanced, `rowsAtATime` at a time (`band`: nil once, for a body
    /// with no rows under no header — an empty page still starts), with the lines in each column.
    private func forEachBand(rowsAtATime: Int, _ band: (_ counts: [Int], _ band: Range<Int>?, _ startsPage: Bool) -> Void) {
        let counts = flow.counts(remaining: body.count, rows: (body.count + flow.columns - 1) / flow.columns)
        let total = counts.max() ?? 0
        var row = 0
        while row < total {
            let end = min(total, row + rowsAtATime)
            band(counts, row..<end, header.isEmpty && row == 0)
            row = end
        }
        if header.isEmpty && total == 0 { band(counts, nil, true) }
    }

    /// Where the page after the one at `position` starts, without setting it.
    public func nextPosition(after position: Int, height: Int) -> Int {
        if position < header.count {
            let headerEnd = position + height
            if headerEnd <= header.count { return headerEnd }
            let rows = headerEnd - header.count
            return header.count + min(body.count, rows * flow.columns)
        }
        return min(positionCount, position + height * flow.columns)
    }

    /// The canonical page starts — 0, then one page after another — up to the last page.
    public func pageStarts(height: Int) -> [Int] {
        var starts = [0]
        while true {
            let next = nextPosition(after: starts[starts.count - 1], height: height)
            if next >= positionCount || next <= starts[starts.count - 1] { return starts }
            starts.append(next)
        }
    }

    /// All pages, from the top.
    public func pages(height: Int?) -> [LaidOutPage] {
        var pages: [LaidOutPage] = []
        var position = 0
        repeat {
            let (page, next) = self.page(from: position, height: height)
            pages.append(page)
            if next <= position { break }
            position = next
        } while position < positionCount
        return pages
    }

    /// The first character of source text shown at `position` (for keeping the place on a resize).
    public func anchor(at position: Int) -> SourceSpan? {
        for row in header.dropFirst(position) { if let source = row.first(where: { $0.source != nil })?.source { return source } }
        for line in max(0, position - header.count)..<body.count {
            for source in body.sources(ofLine: line) { return source }
        }
        return nil
    }

    /// The position of the row or line that shows `anchor`'s first character.
    public func position(of anchor: SourceSpan) -> Int {
        func shows(_ source: SourceSpan) -> Bool {
            source.block == anchor.block && source.start <= anchor.start && anchor.start < source.end
        }
        if let row = header.firstIndex(where: { $0.contains { $0.source.map(shows) ?? false } }) { return row }
        if let line = body.indices.first(where: { body.sources(ofLine: $0).contains(where: shows) }) { return header.count + line }
        // A character not drawn (a space at a break): the last line that starts before it.
        let line = body.indices.last { line in
            body.sources(ofLine: line).contains { ($0.block, $0.start) <= (anchor.block, anchor.start) }
        }
        return header.count + (line ?? 0)
    }

    /// `columns` text columns from `position` on (nil: all the rest), in the page's bands: the
    /// first band's columns from the right edge of the page leftwards, each with its cell of gap at
    /// its left, then the next band's under a rule.
    private func verticalPage(from position: Int, columns: Int?) -> (page: LaidOutPage, next: Int) {
        let start = min(max(0, position), body.count)
        let count = min(columns ?? body.count - start, body.count - start)
        let (bands, length) = VerticalLayout.bands(height: verticalHeight)
        let across = max(1, (columns ?? count) / bands)
        let pageWidth = across * VerticalLayout.pitch
        var rows = Array(repeating: [StyledRun](), count: max(verticalHeight, length * bands + bands - 1))
        for (index, line) in body[start..<(start + count)].enumerated() {
            let left = pageWidth - (index % across + 1) * VerticalLayout.pitch + 1
            let top = min(index / across, bands - 1) * (length + 1)
            for run in line where run.column < length {
                var placed = run
                placed.column = left
                rows[top + run.column].append(placed)
            }
        }
        // Right to left as placed; rows read left to right.
        rows = rows.map { $0.reversed() }
        let ruleWidth = CellWidth.of("─" as Character, ambiguousWide: flow.ambiguousWide)
        for band in 1..<bands where count > band * across {
            let rule = RepeatedText.string("─", count: pageWidth / ruleWidth)
            rows[band * (length + 1) - 1] = [StyledRun(column: 0, text: rule, width: rule.count * ruleWidth, role: .rule)]
        }
        return (LaidOutPage(rows: rows), start + count)
    }

    private func padded(_ rows: [[StyledRun]], to height: Int?) -> [[StyledRun]] {
        guard let height, rows.count < height else { return rows }
        return rows + Array(repeating: [], count: height - rows.count)
    }
}
