import TextLayout

/// Draws the archive screen: a title row, the chart of the last search (bars, the cursor's mark,
/// the scale), the issues by month with their pages, articles and matches, and the status line.
public enum ArchiveScreenView {
    public static func frame(_ state: ArchiveScreenState, ambiguousWide: Bool = false) -> Frame {
        var frame = Frame(width: state.width, height: state.height, ambiguousWide: ambiguousWide)
        let articles = state.entries.reduce(0) { $0 + $1.articles }
        frame.fill(Rect(x: 0, y: 0, width: state.width, height: 1), role: .status)
        write(" 看报 · 合订本 archive — \(state.entries.count)期 issues · \(articles)篇 articles", row: 0, column: 0, role: .status, &frame)
        if state.chartHeight > 0, let counts = state.counts { drawChart(state, counts: counts, &frame) }
        drawList(state, &frame)
        drawStatus(state, &frame)
        if let list = state.matchList { ArchiveMatchListView.draw(&frame, list) }
        if let top = state.help { HelpOverlayView.draw(&frame, state.helpLayout, title: " 按键 Keys — 合订本 archive ", top: top) }
        return frame
    }

    static func write(_ text: String, row: Int, column: Int, role: Role, _ frame: inout Frame) {
        guard row >= 0, row < frame.height, column < frame.width else { return }
        let fitted = TextFit.truncated(TextFit.visible(text, ambiguousWide: frame.ambiguousWide), width: frame.width - column,
                                       ambiguousWide: frame.ambiguousWide)
        _ = frame.write(fitted, row: row, column: column, role: role)
    }

    /// The first search's bars; with a second (`+`), its bars on the row below in its own colour,
    /// both against the larger of the two, so that they can be compared bar by bar.
    static func drawChart(_ state: ArchiveScreenState, counts: [Int], _ frame: inout Frame) {
        let width = max(1, state.width - 2)
        let chart = ArchiveChart(entries: state.entries, counts: counts, width: width)
        let second = state.compared.map { ArchiveChart(entries: state.entries, counts: $0.counts, width: width) }
        let largest = max(chart.values.max() ?? 0, second?.values.max() ?? 0)
        write(chart.bars(against: largest), row: 1, column: 1, role: .hit, &frame)
        if let second { write(second.bars(against: largest), row: 2, column: 1, role: .compared, &frame) }
        let below = second == nil ? 2 : 3
        if state.cursor < chart.barOfEntry.count { write("▲", row: below, column: 1 + chart.column(ofEntry: state.cursor), role: .headline, &frame) }
        let first = state.entries.first?.date ?? "", last = state.entries.last?.date ?? ""
        let names = state.compared.map { "「\(state.query ?? "")」 「\($0.query)」 · " } ?? ""
        let scale = "\(names)\(chart.unit.rawValue) · 最高 max \(largest) · \(first) — \(last)"
        write(scale, row: below + 1, column: max(1, state.width - CellWidth.of(scale) - 1), role: .dim, &frame)
        if let compared = state.compared, CellWidth.of(scale) + 2 <= state.width {
            // (The two names in their bars' colours.)
            let start = max(1, state.width - CellWidth.of(scale) - 1)
            write("「\(state.query ?? "")」", row: below + 1, column: start, role: .hit, &frame)
            write("「\(compared.query)」", row: below + 1, column: start + CellWidth.of("「\(state.query ?? "")」 "), role: .compared, &frame)
        }
    }

    /// The list's columns, as wide as their widest: dates, 版 and 篇 right-aligned under each other.
    struct Columns {
        let label: Int, pages: Int, articles: Int

        init(_ entries: [ArchiveScreenState.Entry], ambiguousWide: Bool) {
            label = entries.map { CellWidth.of($0.label, ambiguousWide: ambiguousWide) }.max() ?? 0
            pages = entries.map { String($0.pages).count }.max() ?? 0
            articles = entries.map { String($0.articles).count }.max() ?? 0
        }

        func row(_ entry: ArchiveScreenState.Entry, ambiguousWide: Bool) -> String {
            func padded(_ text: String, _ width: Int, left: Bool) -> String {
                let room = String(repeating: " ", count: max(0, width - CellWidth.of(text, ambiguousWide: ambiguousWide)))
                return left ? room + text : text + room
            }
            return padded(entry.label, label, left: false) + "  " + padded(String(entry.pages), pages, left: true) + "版  "
                + padded(String(entry.articles), articles, left: true) + "篇"
        }
    }

    static func drawList(_ state: ArchiveScreenState, _ frame: inout Frame) {
        let rows = state.rows
        let columns = Columns(state.entries, ambiguousWide: frame.ambiguousWide)
        let listTop = 1 + state.chartHeight
        for (offset, row) in rows.dropFirst(state.top).prefix(state.listHeight).enumerated() {
            let y = listTop + offset
            switch row {
            case .month(let month):
                let issues = state.entries.filter { $0.month == month }
                let matches = state.counts.map { counts in state.entries.indices.filter { state.entries[$0].month == month }.reduce(0) { $0 + counts[$1] } }
                write("\(month)  \(issues.count)期" + (matches.map { $0 > 0 ? "  \($0)处" : "" } ?? ""), row: y, column: 1, role: .kicker, &frame)
            case .issue(let index):
                let entry = state.entries[index]
                let selected = index == state.cursor
                if selected { frame.fill(Rect(x: 0, y: y, width: state.width, height: 1), role: .selection) }
                let role: Role = selected ? .selection : .headline
                // An issue opened before: how many of its articles are unread (✓ when none).
                let reading = state.unread[entry.date].map { $0 > 0 ? "  \($0)未读" : "  ✓读完" } ?? ""
                write((selected ? "▌ " : "  ") + columns.row(entry, ambiguousWide: frame.ambiguousWide) + reading, row: y, column: 1, role: role, &frame)
                if let count = state.counts?[index] {
                    // (With a second search, its count after the first's, in its colour.)
                    let other = state.compared.map { $0.counts.indices.contains(index) ? $0.counts[index] : 0 }
                    let shown = count > 0 || (other ?? 0) > 0
                    let second = shown ? other.map { "\($0)处 " } ?? "" : ""
                    let first = shown ? "\(count)处 " : ""
                    let start = state.width - CellWidth.of(first + second)
                    if !first.isEmpty { write(first, row: y, column: max(0, start), role: selected ? .selection : .hit, &frame) }
                    if !second.isEmpty { write(second, row: y, column: max(0, start + CellWidth.of(first)), role: selected ? .selection : .compared, &frame) }
                }
            }
        }
    }

    static func drawStatus(_ state: ArchiveScreenState, _ frame: inout Frame) {
        let y = state.height - 1
        guard y > 0 else { return }
        frame.fill(Rect(x: 0, y: y, width: state.width, height: 1), role: .status)
        if let prompt = state.prompt {
            PromptLineView.draw(prompt, row: y, room: state.width - 2, role: .prompt, &frame)
            return
        }
        let ambiguousWide = frame.ambiguousWide
        var left = " " + TextFit.visible(state.message ?? state.status ?? (state.query.map { "「\($0)」\(state.compared.map { "+「\($0.query)」" } ?? "") n/N · & 全部 all · Esc" } ?? "合订本 archive"),
                                         ambiguousWide: ambiguousWide)
        if let count = state.count { left = " \(count) — 次数 count · Esc 取消 drop" }
        // The right side gives way a piece at a time, least needed first: the help hint stays. Its
        // hints are worth less than a message, which has the line before them.
        let entry = state.entries.indices.contains(state.cursor) ? state.entries[state.cursor].date : ""
        let hints = state.message == nil ? ["Enter 打开", "/ 搜索", entry] : []
        let right = StatusLineView.rightSide(essential: [["? 帮助 help", "? 帮助", "?"]], optional: hints,
                                             width: state.width, leftWants: CellWidth.of(left, ambiguousWide: ambiguousWide),
                                             ambiguousWide: ambiguousWide)
        let rightWidth = CellWidth.of(right, ambiguousWide: ambiguousWide)
        _ = frame.write(TextFit.givingWay(left, width: max(0, state.width - rightWidth - 1), ambiguousWide: ambiguousWide),
                        row: y, column: 0, role: state.message == nil ? .status : .error)
        _ = frame.write(right, row: y, column: max(0, state.width - rightWidth), role: .status)
    }
}
