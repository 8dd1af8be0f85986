import Testing
@testable import TextLayout

/// Justified lines as a Chinese page fills them: no space opened inside a line, ever; a closing
/// mark hangs past the measure rather than carry the character before it down; a line that cannot
/// end on the edge ends short of it.
@Suite struct JustificationTests {
    static let paragraph = "本报讯（记者 白莹）8月21日，北京市总工会到北京市国有资产经营有限责任公司（以下简称国资公司）宣讲党的二十大精神，调研职工生产生活和工会工作情况，并进行座谈交流。全国首家A+H股固废处理上市公司拥有70多份固废处理BOT、PPP特许经营合同。"
    /// Ideographs and single stops only: every full line can end on the edge.
    static let ideographs = "调研职工生产生活和工会工作情况，并进行座谈交流。北京市总工会党组书记、副主席张良，国资公司党委书记、董事长赵及锋参加。当天上午，调研组一行来到国资公司所属绿色动力环保集团股份有限公司通州公司主厂房，实地调研。"

    @Test(arguments: Array(8...60))
    func noSpaceIsOpenedInsideALine(width: Int) {
        for hang in [0, 2] {
            let lines = setLines(Self.paragraph, width: width, alignment: .justified, indent: 4, hang: hang)
            // The paragraph's one space (记者 白莹) is the only one, unless a line breaks there.
            let spaces = lines.map { $0.dropFirst(lines.first == $0 ? 4 : 0).filter { $0 == " " }.count }.reduce(0, +)
            #expect(spaces <= 1, "\(lines)")
            #expect(lines.joined().filter { $0 != " " } == Self.paragraph.filter { $0 != " " })
        }
    }

    @Test(arguments: [8, 12, 20, 30, 40, 78])
    func fullLinesEndOnTheEdgeOrHangAClosingMark(width: Int) {
        let lines = setLines(Self.ideographs, width: width, alignment: .justified, hang: 2)
        #expect(lines.count > 1)
        for line in lines.dropLast() {
            let hangs = cells(line) == width + 2 && "，、。".contains(line.last!)
            #expect(cells(line) == width || hangs, "\(line) at \(width)")
        }
    }

    @Test func aClosingMarkHangsRatherThanCarryTheCharacterBeforeItDown() {
        let text = "调研职工生产生活和工会工作情况，并进行座谈交流。"
        #expect(setLines(text, width: 30, alignment: .justified, hang: 2) == ["调研职工生产生活和工会工作情况，", "并进行座谈交流。"])
        // No cells kept for it: the mark takes 况 down with it.
        #expect(setLines(text, width: 30, alignment: .justified) == ["调研职工生产生活和工会工作情", "况，并进行座谈交流。"])
    }

    @Test func twoClosingMarksInARowGoDownTogetherWithTheCharacterBefore() {
        let lines = setLines("甲乙丙丁”。戊己庚辛", width: 8, alignment: .justified, hang: 2)
        #expect(lines == ["甲乙丙", "丁”。戊", "己庚辛"])
    }

    @Test func aRunOfOddWidthEndsItsLineOneCellShort() {
        // 全国首家 A+H: the run of three cells leaves the line one cell short, with no space in it.
        let lines = setLines("全国首家A+H股固废处理上市公司", width: 14, alignment: .justified, hang: 2)
        #expect(lines[0] == "全国首家A+H股")
        #expect(cells(lines[0]) == 13)
    }

    @Test func lastLineStaysRagged() {
        let lines = setLines("工会驿站建设工会驿站建设工会", width: 12, alignment: .justified)
        #expect(lines.last == "工会")
    }

    @Test func centredAndRightAligned() {
        #expect(setLines("工会", width: 10, alignment: .centred) == ["   工会"])
        #expect(setLines("工会", width: 10, alignment: .right) == ["      工会"])
    }
}
