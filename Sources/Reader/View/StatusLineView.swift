import TextLayout

/// The status line: where the reader is (article k/N, its headline, page x/y) and the key hint; or a
/// message, until the next key.
public enum StatusLineView {
    static func draw(_ frame: inout Frame, _ state: ReaderState) {
        if let prompt = state.prompt { return drawPrompt(prompt, &frame, state) }
        let rect = state.geometry.status
        frame.fill(rect, role: .status)
        let ambiguousWide = frame.ambiguousWide
        // The right side, piece by piece: what always stays (the page indicator, the help hint —
        // shortened only when even they do not fit), then what gives way, least needed last.
        // (Each essential piece as its forms, longest first.)
        var essential = [["? 帮助 help", "? 帮助", "?"]], optional: [String] = []
        var left: String
        if state.articleCount == 0 {
            left = " 看报 — 没有文章 no articles"
        } else {
            let article = state.issue.articles[state.selected]
            let title = article.headline.isEmpty ? "（无标题）" : article.headline
            left = " \(state.selected + 1)/\(state.articleCount)  " + TextFit.visible(title, ambiguousWide: ambiguousWide)
            let view = state.viewport(state.screen)
            let (galley, position, height) = (state.galley(on: state.screen)!, view.position, view.extent)
            let page = state.pageNumber(galley: galley, position: position, height: height)
            // On the article screen, how far through as less says it: the part read (below 100 until
            // the last page, whose own count of pages may differ in vertical setting), or the end.
            var through = ""
            if state.screen == .article {
                let percent = min(100, galley.nextPosition(after: position, height: height) * 100 / max(1, galley.positionCount))
                through = page.page >= page.of ? " 末 END" : " \(min(99, percent))%"
            }
            let vertical = state.screen == .article && state.vertical ? "竖排 " : ""
            essential.insert([vertical + "第\(page.page)/\(page.of)页" + through, "\(page.page)/\(page.of)"], at: 0)
            if let session = state.search, let current = session.current {
                optional.append("「" + TextFit.visible(session.results.query, ambiguousWide: ambiguousWide) + "」\(current + 1)/\(session.results.count)")
            }
            if state.screen == .frontPage {
                left = " 看报" + left
                if let header = state.pages[state.page].header { optional.append(TextFit.visible(header, ambiguousWide: ambiguousWide)) }
            }
        }
        if let message = state.message { left = " " + TextFit.visible(message, ambiguousWide: ambiguousWide) }
        if let count = state.count { left = " \(count) — 次数 count · Esc 取消 drop" }
        let right = rightSide(essential: essential, optional: optional, width: rect.width,
                              leftWants: CellWidth.of(left, ambiguousWide: ambiguousWide), ambiguousWide: ambiguousWide)
        let rightWidth = CellWidth.of(right, ambiguousWide: ambiguousWide)
        // (A message gives way a piece at a time; the place and a headline are cut at the end.)
        let room = max(0, rect.width - rightWidth - 1)
        let leftText = state.message != nil || state.count != nil ? TextFit.givingWay(left, width: room, ambiguousWide: ambiguousWide)
            : TextFit.truncated(left, width: room, ambiguousWide: ambiguousWide)
        frame.write(leftText, row: rect.y, column: 0, role: state.message == nil ? .status : .error)
        frame.write(right, row: rect.y, column: max(0, rect.width - rightWidth), role: .status)
    }

    /// The right side of the status line: `essential` always (`第1/3页  ? 帮助 help`, shortened to
    /// `1/3 ?` on a narrow line), then as many of `optional` (in order of need: the search's place,
    /// the page's header) as leave the left side a quarter of the line, or all it wants. (A message
    /// on the left gives way too: its English half goes whole, `TextFit.givingWay`.)
    static func rightSide(essential: [[String]], optional: [String], width: Int, leftWants: Int, ambiguousWide: Bool) -> String {
        func joined(_ pieces: [String]) -> String { pieces.joined(separator: "  ") + " " }
        func cells(_ pieces: [String]) -> Int { CellWidth.of(joined(pieces), ambiguousWide: ambiguousWide) }
        // Shortened a form at a time until they fit, the last piece first: the help hint to
        // `? 帮助`, to `?`; then the page to `1/3`.
        var form = essential.map { _ in 0 }
        func shown() -> [String] { zip(essential, form).map { $0[$1] } }
        for piece in essential.indices.reversed() {
            while cells(shown()) > width && form[piece] + 1 < essential[piece].count { form[piece] += 1 }
        }
        var kept = shown()
        let leftRoom = min(leftWants, width / 4)
        for piece in optional where cells([piece] + kept) + 1 + leftRoom <= width {
            kept.insert(piece, at: 0)
        }
        return TextFit.truncated(joined(kept), width: width, ambiguousWide: ambiguousWide)
    }

    /// Long work going on in the foreground (a search of the archive): its note takes the whole
    /// bottom row of any screen, over what was there — keys other than the one that stops it wait.
    public static func drawWork(_ note: String, _ frame: inout Frame) {
        let row = frame.height - 1
        guard row >= 0 else { return }
        frame.fill(Rect(x: 0, y: row, width: frame.width, height: 1), role: .status)
        _ = frame.write(TextFit.truncated(" " + note, width: frame.width, ambiguousWide: frame.ambiguousWide), row: row, column: 0, role: .status)
    }

    /// The search prompt: `/` and the query, the cursor in it; on the right the current match's
    /// number of all and its article's headline, or "not found" (and the query in the error style).
    static func drawPrompt(_ prompt: SearchPrompt, _ frame: inout Frame, _ state: ReaderState) {
        let rect = state.geometry.status
        let ambiguousWide = frame.ambiguousWide
        frame.fill(rect, role: .status)
        let found = state.search.map { !$0.results.isEmpty } ?? true
        var right: String
        if prompt.line.text.isEmpty {
            right = "Enter 确认 · Esc 取消 "
        } else if let session = state.search, let current = session.current {
            let headline = state.issue.articles[session.results.matches[current].article].headline
            right = "\(current + 1)/\(session.results.count)  " + TextFit.visible(headline, ambiguousWide: ambiguousWide) + " "
        } else {
            right = "未找到 not found "
        }
        right = TextFit.truncated(right, width: rect.width / 2, ambiguousWide: ambiguousWide)
        let rightWidth = CellWidth.of(right, ambiguousWide: ambiguousWide)
        frame.write(right, row: rect.y, column: rect.width - rightWidth, role: found ? .status : .error)
        // The query, scrolled so that the cursor stays in sight.
        let room = rect.width - rightWidth - 3
        PromptLineView.draw(prompt.line, row: rect.y, room: room, role: found ? .prompt : .error, &frame)
    }
}
