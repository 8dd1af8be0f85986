import Reader
import Testing

/// The mouse through the reducer: clicks on headlines, the wheel, the status line's page indicator.
@Suite struct MouseTests {
    let start = seedReader()  // 80×24: the headline pane on top, kickers above two of the headlines

    func mouse(_ state: ReaderState, _ event: MouseEvent) -> ReaderState { Reducer.reduce(state, .mouse(event)).0 }

    @Test func aClickSelectsAHeadlineAndASecondOpensIt() {
        // Rows: 0 kicker, 1 headline of article 1; 2 kicker, 3 headline of article 2; 4 article 3.
        let third = mouse(start, .click(row: 4, column: 5))
        #expect(third.selected == 2 && third.screen == .frontPage)
        #expect(mouse(start, .click(row: 2, column: 5)).selected == 1)  // its kicker counts too
        let opened = mouse(third, .click(row: 4, column: 30))
        #expect(opened.screen == .article && opened.selected == 2)
        let double = mouse(start, .doubleClick(row: 3, column: 1))
        #expect(double.screen == .article && double.selected == 1)
    }

    @Test func aClickBelowTheHeadlinesFocusesTheArticlePane() {
        let pane = start.articlePane
        #expect(mouse(start, .click(row: pane.y + 1, column: pane.x + 2)).focus == .article)
    }

    @Test func theWheelMovesWhatIsUnderIt() {
        #expect(mouse(start, .wheelDown(row: 1, column: 3)).selected == 1)
        let pane = start.articlePane
        #expect(mouse(start, .wheelDown(row: pane.y + 2, column: 3)).paneView.position == Reducer.wheelLines)
        let reading = send(start, .enter)
        let scrolled = mouse(reading, .wheelDown(row: 5, column: 5))
        #expect(scrolled.articleView.position == Reducer.wheelLines)
        #expect(mouse(scrolled, .wheelUp(row: 5, column: 5)).articleView.position == 0)
    }

    @Test func theStatusLinePageIndicatorTurnsThePage() {
        let reading = send(start, .enter)
        let status = reading.geometry.status
        let turned = mouse(reading, .click(row: status.y, column: status.width - 10))
        #expect(turned.articleView.position > 0)
        #expect(mouse(reading, .click(row: status.y, column: 2)).articleView.position == 0)
    }

    @Test func theMouseWaitsWhileThePromptOrTheHelpIsOpen() {
        let help = send(start, .character("?"))
        #expect(mouse(help, .click(row: 4, column: 5)).overlay == nil)
        let prompt = send(start, .character("/"))
        #expect(mouse(prompt, .click(row: 4, column: 5)).selected == 0)
    }
}
