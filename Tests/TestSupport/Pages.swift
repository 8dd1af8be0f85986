
/// Short pages written in the style of other Chinese dailies, to keep the parser honest beyond the
/// seed: a page header, 新华社 and 本报北京…电 leads, full-width indents, headlines without kicker,
/// a dash subheadline, three-line headline blocks, articles with no byline, inner headings.
public enum Pages {
    /// People's Daily style: page header, indented paragraphs (some with no blank line between),
    /// a 新华社 lead with no byline, a headline with a dash subheadline, a credit, a three-line block.
    public static let peoplesDaily = """
        2023年8月22日 星期二 第3版 要闻

        国务院常务会议部署推进城市更新

        　　新华社北京8月21日电　国务院常务会议21日召开，部署推进城市更新工作。会议指出，城市更新是推动城市高质量发展的重要

        举措。要坚持问题导向，稳步推进老旧小区改造。

        　　会议要求，各地区各部门要加强统筹协调，抓好政策落实。


        夏粮再获丰收
        ——全国夏粮产量保持稳定

        　　本报北京8月21日电（记者　王明）国家统计局21日发布数据，今年全国夏粮总产量达到14613万吨。
        　　专家表示，夏粮丰收为稳定全年粮食生产打下坚实基础。

        人民日报记者 李华 摄


        城市书房
        成为市民新去处
        ——多地探索公共文化服务新模式

        　　暑期以来，不少城市的“城市书房”迎来阅读高峰。记者走访发现，书房里座无虚席。

        """

    /// A local paper: no header, no kickers, leads by date only (no byline at all), a name and a
    /// Latin phrase cut by column breaks, an inner numbered heading.
    public static let localPaper = """
        市民共享“十五分钟健身圈”

        8月20日，记者在朝阳公园看到，新建的健身步道已经投入使用。据介绍，该区今年新建

        健身设施120处。

        “以前锻炼要跑很远，现在下楼就行。”居民张

        大爷说。

        社区食堂开进老旧小区

        近日，西城区首家社区食堂在展览路街道开业，英文菜单由志愿者翻译为Community

        Canteen Menu，方便外籍居民就餐。

        一、菜品由居民点单

        食堂负责人表示，将根据居民需求调整菜品

        二、价格实惠

        老人就餐可享八折优惠。
        """

    /// A byline on its own line between headline and body, and a bracketed credit.
    public static let bylineLine = """
        高温下的坚守

        本报记者 张三 李四

        　　烈日当空，地面温度超过50摄氏度，电力工人仍在检修线路。

        （本报记者 王五 摄）
        """

    /// A headline with a comma (as People's Daily writes them), a bracketed jump line, and a strong
    /// lead after a paragraph that does not end its sentence.
    public static let commaHeadline = """
        稳住农业基本盘，守好“三农”基础

        本报讯（记者 赵六）今年以来，全市粮食生产形势总体向好

        （下转第二版）

        秋粮生产有了新帮手

        本报讯（记者 钱七）近日，一批新型收割机投入使用。
        """

    /// Nothing that looks like an article: every paragraph is running text.
    public static let unstructured = """
        这是一段没有标题的文字，它讲述了一件普通的事情。

        第二段也没有任何新闻格式，只是接着说下去。
        """

    /// A title line and running text without any lead marker.
    public static let titleThenText = """
        编者按

        这个夏天，我们走进了十个社区，记录下普通人的生活。
        """

    /// Every fixture with its name (for parameterised tests).
    public static let all: [NamedPage] = [
        NamedPage(name: "peoplesDaily", text: peoplesDaily), NamedPage(name: "localPaper", text: localPaper),
        NamedPage(name: "bylineLine", text: bylineLine), NamedPage(name: "unstructured", text: unstructured),
        NamedPage(name: "commaHeadline", text: commaHeadline),
        NamedPage(name: "titleThenText", text: titleThenText), NamedPage(name: "seed", text: Seed.text),
    ]
}

public struct NamedPage: Sendable {
    public let name: String
    public let text: String
}
