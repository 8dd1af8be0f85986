import IssueModel
import Reader

/// Moving among many headlines: End and Home on the front page and reopening at a remembered place
/// three tenths of the way in, through the reducer with the frame each leads to, on issues of
/// `count` one-line articles. Growth from 1,000 to 100,000 should be flat (logarithmic).
struct HeadlineTiming {
    var end = 0.0, home = 0.0, restore = 0.0

    init(count: Int) {
        let issue = Issue(articles: (0..<count).map { index in
            Article(kicker: index % 3 == 0 ? "引题" : nil, headline: "标题\(index)", paragraphs: ["正文。"])
        })
        var state = ReaderState(issue: issue, width: 120, height: 40)
        var checksum = 0
        end = best(3) {
            _ = Reducer.reduce(into: &state, .key(.end))
            checksum &+= ReaderView.frame(state).width
            _ = Reducer.reduce(into: &state, .key(.home))
        }
        _ = Reducer.reduce(into: &state, .key(.end))
        home = best(3) {
            _ = Reducer.reduce(into: &state, .key(.home))
            checksum &+= ReaderView.frame(state).width
            _ = Reducer.reduce(into: &state, .key(.end))
        }
        restore = best(3) {
            var reopened = ReaderState(issue: issue, width: 120, height: 40)
            reopened.restore(RememberedPlace(article: count * 3 / 10, onArticleScreen: false))
            checksum &+= ReaderView.frame(reopened).width
        }
        precondition(checksum > 0)
        (end, home, restore) = (end * 1000, home * 1000, restore * 1000)
    }
}
