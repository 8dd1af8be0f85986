import TextLayout

/// The `P` overlay: every page of the issue — its label, how many articles (and how many of them
/// are unread, once any has been read), its first headline —
/// the page being read marked `●`, the cursor's line lit; Enter turns to it.
enum PageListView {
    static func lines(_ state: ReaderState) -> [String] {
        state.pages.enumerated().map { index, page in
            let label = PageLabel.text(page: index, of: state.pages.count, name: page.name)
            let first = page.articles.first.map { state.issue.articles[$0].headline } ?? ""
            let matches = state.search.map { search in page.articles.reduce(0) { $0 + search.results.count(inArticle: $1) } } ?? 0
            let unread = state.unread(page.articles)
            let reading = state.read.isEmpty ? "" : " \(unread)未读"
            return label + "  \(page.articles.count)篇" + reading + (matches > 0 ? " \(matches)处" : "") + (first.isEmpty ? "" : "  " + first)
        }
    }

    static func draw(_ frame: inout Frame, _ state: ReaderState, cursor: Int) {
        let ambiguousWide = frame.ambiguousWide
        let entries = lines(state).map { TextFit.visible($0, ambiguousWide: ambiguousWide) }
        let longest = entries.map { CellWidth.of($0, ambiguousWide: ambiguousWide) }.max() ?? 0
        let width = min(frame.width - 2, longest + 8)
        let height = min(frame.height - 2, entries.count + 4)
        let box = HelpOverlayView.drawBox(width: width, height: height, title: " 版面 Pages — Enter 打开 ", &frame)
        let rows = max(0, box.height - 4)
        // The cursor's line stays in the box: the list scrolls by whole boxes.
        let top = rows > 0 ? cursor / rows * rows : 0
        for (offset, entry) in entries.dropFirst(top).prefix(rows).enumerated() {
            let index = top + offset
            let row = box.y + 2 + offset
            let role: Role = index == cursor ? .selection : .help
            if index == cursor { frame.fill(Rect(x: box.x + 1, y: row, width: box.width - 2, height: 1), role: role) }
            if index == state.page { frame.write("●", row: row, column: box.x + 2, role: role) }
            let text = TextFit.truncated(entry, width: box.width - 6, ambiguousWide: ambiguousWide)
            frame.write(text, row: row, column: box.x + 4, role: role, limit: box.x + box.width - 2)
        }
    }
}
