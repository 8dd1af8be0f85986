import IssueModel
import Reader
import Testing
import TestSupport

/// The status line at every width: the page indicator and the help hint always stay; the page's
/// header, then the headline, give way first.
@Suite struct StatusLineTests {
    /// A page whose header line is as long as People's Daily's, and a headline as long.
    static let issue = PageParser.parse("人民日报 2025年03月10日  第01版  要闻\n\n" + Seed.text)

    func statusLine(_ state: ReaderState) -> String { ReaderView.frame(state).lines().last ?? "" }

    @Test func theHeaderGivesWayToThePageAndTheHelpHint() {
        #expect(Self.issue.header?.contains("人民日报") == true)
        let front = ReaderState(issue: Self.issue, width: 80, height: 24)
        let line = statusLine(front)
        #expect(line.contains("第1/") && line.contains("? 帮助 help"), "\(line)")
        // Wide enough, the header stands there too.
        let wide = statusLine(ReaderState(issue: Self.issue, width: 140, height: 24))
        #expect(wide.contains("人民日报 2025年03月10日") && wide.contains("第1/") && wide.contains("? 帮助 help"), "\(wide)")
    }

    @Test(arguments: Array(20...160))
    func thePageAndTheHelpHintStayAtEveryWidth(width: Int) {
        let front = ReaderState(issue: Self.issue, width: width, height: 24)
        let article = send(front, .enter)
        let searched = send(type(send(article, .character("/")), "工会"), .enter)
        for state in [front, article, searched] {
            let line = statusLine(state)
            #expect(line.contains("1/") && line.contains("?"), "\(width): \(line)")
            if width >= 40 { #expect(line.contains("第") && line.contains("页") && line.contains("帮助"), "\(width): \(line)") }
        }
    }
}
