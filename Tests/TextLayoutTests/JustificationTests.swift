import Testing
@testable import TextLayout

@Suite struct JustificationTests {
    static let paragraph = "本报讯（记者 白莹）8月21日，北京市总工会到北京市国有资产经营有限责任公司（以下简称国资公司）宣讲党的二十大精神，调研职工生产生活和工会工作情况，并进行座谈交流。全国首家A+H股固废处理上市公司拥有70多份固废处理BOT、PPP特许经营合同。"

    @Test(arguments: [20, 21, 30, 31, 40, 47, 80])
    func everyFullLineEndsAtTheRightEdge(width: Int) {
        let lines = setLines(Self.paragraph, width: width, alignment: .justified, indent: 4)
        #expect(lines.count > 1)
        for line in lines.dropLast() { #expect(cells(line) == width, "\(line)") }
        #expect(cells(lines.last!) <= width)
    }

    @Test func lastLineStaysRagged() {
        let lines = setLines("工会驿站建设工会驿站建设工会", width: 12, alignment: .justified)
        #expect(lines.last == "工会")
    }

    @Test func slackNeverGoesInsideAWordOrBetweenANumberAndItsUnit() {
        for width in 16...40 {
            for line in setLines(Self.paragraph, width: width, alignment: .justified) {
                #expect(!line.contains("A +") && !line.contains("B OT") && !line.contains("P PP") && !line.contains("7 0"))
                #expect(!line.contains("8 月") && !line.contains("21 日") && !line.contains("70 多"))
            }
        }
    }

    @Test func slackBetweenIdeographsComesInWholeIdeographicWidths() {
        // 况， cannot be split, so 情 is pushed out: two cells of slack, kept as one pair.
        let lines = setLines("调研职工生产生活和工会工作情况，并进行座谈交流。", width: 30, alignment: .justified)
        #expect(lines[0].contains("  ") && !lines[0].contains("   "))
        #expect(cells(lines[0]) == 30)
    }

    @Test func centredAndRightAligned() {
        #expect(setLines("工会", width: 10, alignment: .centred) == ["   工会"])
        #expect(setLines("工会", width: 10, alignment: .right) == ["      工会"])
    }
}
