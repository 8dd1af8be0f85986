import TestSupport
import Testing
@testable import IssueModel

/// The parser on pages that are not the seed (issue #2: do not tune to the seed).
@Suite struct OtherPagesTests {
    @Test func peoplesDailyPage() {
        let issue = PageParser.parse(Pages.peoplesDaily)
        #expect(issue.header == "2023年8月22日 星期二 第3版 要闻")
        #expect(issue.articles.count == 3)
        let first = issue.articles[0]
        #expect(first.kicker == nil)
        #expect(first.headline == "国务院常务会议部署推进城市更新")
        #expect(first.byline == nil)
        #expect(first.paragraphs == [
            "新华社北京8月21日电　国务院常务会议21日召开，部署推进城市更新工作。会议指出，城市更新是推动城市高质量发展的重要举措。要坚持问题导向，稳步推进老旧小区改造。",
            "会议要求，各地区各部门要加强统筹协调，抓好政策落实。",
        ])
        let second = issue.articles[1]
        #expect(second.kicker == nil)
        #expect(second.headline == "夏粮再获丰收")
        #expect(second.subheadline == "——全国夏粮产量保持稳定")
        #expect(second.byline == "记者 王明")
        #expect(second.paragraphs.count == 2)
        #expect(second.credit == "人民日报记者 李华 摄")
        let third = issue.articles[2]
        #expect(third.kicker == "城市书房")
        #expect(third.headline == "成为市民新去处")
        #expect(third.subheadline == "——多地探索公共文化服务新模式")
        #expect(third.paragraphs.count == 1)
    }

    @Test func localPageWithoutKickersOrBylines() {
        let issue = PageParser.parse(Pages.localPaper)
        #expect(issue.header == nil)
        #expect(issue.articles.map(\.headline) == ["市民共享“十五分钟健身圈”", "社区食堂开进老旧小区"])
        #expect(issue.articles.allSatisfy { $0.kicker == nil && $0.byline == nil })
        #expect(issue.articles[0].paragraphs == [
            "8月20日，记者在朝阳公园看到，新建的健身步道已经投入使用。据介绍，该区今年新建健身设施120处。",
            "“以前锻炼要跑很远，现在下楼就行。”居民张大爷说。",
        ])
        let canteen = issue.articles[1].paragraphs
        #expect(canteen[0].contains("翻译为Community Canteen Menu，方便"))
        // Inner numbered headings stay paragraphs of their own, even without a full stop after them.
        #expect(canteen.contains("一、菜品由居民点单"))
        #expect(canteen.contains("二、价格实惠"))
        #expect(canteen.contains("食堂负责人表示，将根据居民需求调整菜品"))
    }

    @Test func bylineOnItsOwnLineAndBracketedCredit() {
        let issue = PageParser.parse(Pages.bylineLine)
        #expect(issue.articles.count == 1)
        let article = issue.articles[0]
        #expect(article.headline == "高温下的坚守")
        #expect(article.byline == "本报记者 张三 李四")
        // The byline line is source text, so it stays among the paragraphs; it is not joined to the next.
        #expect(article.paragraphs == ["本报记者 张三 李四", "烈日当空，地面温度超过50摄氏度，电力工人仍在检修线路。"])
        #expect(article.credit == "（本报记者 王五 摄）")
    }

    @Test func headlineWithACommaAndAJumpLine() {
        let issue = PageParser.parse(Pages.commaHeadline)
        #expect(issue.articles.map(\.headline) == ["稳住农业基本盘，守好“三农”基础", "秋粮生产有了新帮手"])
        #expect(issue.articles[0].paragraphs == ["本报讯（记者 赵六）今年以来，全市粮食生产形势总体向好", "（下转第二版）"])
        #expect(issue.articles[1].byline == "记者 钱七")
    }

    @Test func pageWithoutStructureIsOneUntitledArticle() {
        let issue = PageParser.parse(Pages.unstructured)
        #expect(issue.articles.count == 1)
        #expect(issue.articles[0].headline == "")
        #expect(issue.articles[0].paragraphs.count == 2)
    }

    @Test func firstLineTitlesAnOtherwiseUnstructuredPage() {
        let issue = PageParser.parse(Pages.titleThenText)
        #expect(issue.articles.count == 1)
        #expect(issue.articles[0].headline == "编者按")
        #expect(issue.articles[0].paragraphs == ["这个夏天，我们走进了十个社区，记录下普通人的生活。"])
    }

    @Test(arguments: Pages.all)
    func nothingLostNothingInvented(page: NamedPage) {
        #expect(visibleScalars(PageParser.parse(page.text).sourceTexts) == visibleScalars([page.text]))
    }
}
