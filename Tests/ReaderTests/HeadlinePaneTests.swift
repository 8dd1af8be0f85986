import Reader
import Testing

/// The headline pane says when headlines lie out of sight above or below it.
@Suite struct HeadlinePaneTests {
    @Test func aStackedPaneCountsTheHeadlinesBelowAndAbove() throws {
        let start = seedReader(width: 60, height: 20)
        let lines = ReaderView.frame(start).lines()
        let border = try #require(lines.first { $0.hasPrefix("─") })
        #expect(border.contains("▼ 1 more") && !border.contains("▲"), "\(border)")
        // At the last headline the first is out of sight above, none below.
        let end = ReaderView.frame(send(start, .end)).lines()
        let after = try #require(end.first { $0.hasPrefix("─") })
        #expect(after.contains("▲ 1") && !after.contains("▼"), "\(after)")
    }

    @Test func aSideBySidePaneMarksItsBorder() {
        let start = seedReader(width: 120, height: 7)
        #expect(start.geometry.isSideBySide)
        let lines = ReaderView.frame(start).lines()
        // The border's last row (above the status line) is the mark.
        #expect(lines[lines.count - 2].contains(" ▼ ") && !lines.contains { $0.contains("▲") }, "\(lines)")
        let end = ReaderView.frame(send(start, .end)).lines()
        #expect(end[0].contains("▲") && !end.contains { $0.contains("▼") }, "\(end)")
    }

    @Test func allHeadlinesInSightNeedNoMark() {
        let lines = ReaderView.frame(seedReader(width: 120, height: 40)).lines()
        #expect(!lines.contains { $0.contains("▼") || $0.contains("▲") })
    }
}
