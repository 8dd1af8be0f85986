import Testing
@testable import TextLayout

/// The 禁则 rules and UAX #14 break opportunities, by example at several widths.
@Suite struct LineBreakingTests {
    @Test(arguments: [4, 6, 8, 10, 12])
    func noLineBeginsWithClosingOrStopPunctuation(width: Int) {
        let closers = "，。、；：？！）》」』】〕〗〙〛”’…—～·%‰"
        for closer in closers {
            let text = "中文中文中文\(closer)中文中文中文中文\(closer)中文"
            for line in setLines(text, width: width).dropFirst() {
                #expect(line.first != closer, "\(closer) began a line at width \(width)")
            }
        }
    }

    @Test(arguments: [4, 6, 8, 10, 12])
    func noLineEndsWithOpeningPunctuation(width: Int) {
        for opener in "（《「『【〔〖〘〚“‘" {
            let text = "中文中文中\(opener)文中文中文中\(opener)文中文"
            for line in setLines(text, width: width).dropLast() {
                #expect(line.last != opener, "\(opener) ended a line at width \(width)")
            }
        }
    }

    /// (From 6 cells: 谷”\u{A0}…… cannot be broken, and a narrower line breaks it by cells.)
    @Test(arguments: Array(6...16))
    func anEllipsisDoesNotBeginALineBehindANoBreakSpace(width: Int) {
        // (A no-break space is a space here: a line breaks after it, not before the ellipsis.)
        let lines = setLines("数字经济“中国数谷”\u{A0}……一步一印", width: width)
        for line in lines.dropFirst() { #expect(!line.hasPrefix("\u{A0}") && !line.hasPrefix("…"), "\(lines)") }
    }

    @Test func pushOutCarriesThePreviousCharacterDown() {
        // 工会 fills a 4-cell line; the comma may not begin the next, so 会 goes down with it.
        #expect(setLines("工会，驿站", width: 4) == ["工", "会，", "驿站"])
    }

    @Test(arguments: [6, 7, 9, 11, 13, 15])
    func wordsAndNumbersAreNeverSplit(width: Int) {
        for word in ["A+H", "AED", "7.8", "2600", "100%", "BOT", "APP"] {
            let text = "全国首家\(word)股固废处理上市公司每天达\(word)万吨"
            let lines = setLines(text, width: width)
            #expect(lines.joined().contains(word))
            #expect(lines.filter { $0.contains(word) }.count == 2, "\(word) split at width \(width): \(lines)")
        }
    }

    @Test(arguments: Array(4...20))
    func datesBreakOnlyBetweenMonthAndDay(width: Int) {
        let lines = setLines("北京8月21日电记者从北京市总工会获悉", width: width)
        for line in lines {
            #expect(!line.hasSuffix("8"), "\(lines)")
            #expect(!line.hasPrefix("月") && !line.hasPrefix("日") && !line.hasPrefix("1"), "\(lines)")
        }
    }

    @Test(arguments: Array(4...16))
    func ellipsisAndDashAreNeverSplit(width: Int) {
        for text in ["调研中……绿色动力集团职工纷纷说起……工会", "他说——这是我们的家——也是"] {
            let lines = setLines(text, width: width)
            for line in lines.dropFirst() {
                #expect(!line.hasPrefix("…") && !line.hasPrefix("—"), "\(lines)")
            }
        }
    }

    @Test func urlLongerThanTheColumnBreaksByCells() {
        let url = "https://www.example.org/a/very/long/path/that/does/not/fit"
        let lines = setLines("见\(url)。", width: 12)
        #expect(lines.allSatisfy { cells($0) <= 12 })
        #expect(lines.joined() == "见\(url)。")
    }

    @Test func latinBreaksAtSpaces() {
        #expect(setLines("Beijing Daily reports", width: 14) == ["Beijing Daily", "reports"])
    }

    @Test func mixedLatinAndCJKBreaksAtTheBoundary() {
        #expect(setLines("心脏除颤仪AED上岗", width: 12) == ["心脏除颤仪", "AED上岗"])
    }

    @Test func spacesAtABreakHang() {
        let lines = setLines("一二三 四五六", width: 6)
        #expect(lines == ["一二三", "四五六"])
    }

    @Test func tabsExpandToSpaces() {
        #expect(setLines("甲\t乙", width: 20) == ["甲    乙"])
    }
}
