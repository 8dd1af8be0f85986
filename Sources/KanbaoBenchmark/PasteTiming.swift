import IssueModel
import Reader

/// A paste into the search prompt: `/`, then the pasted run as the edge delivers it (one `.typed`
/// event), through the reducer (which searches the issue for it as typed) and the frame it leads to.
/// Milliseconds, best of 3; the run is the seed's own text, so that its start is found.
struct PasteTiming {
    let kilobytes: Int
    let milliseconds: Double

    init(_ issue: Issue, kilobytes: Int) {
        self.kilobytes = kilobytes
        let text = issue.articles.flatMap(\.paragraphs).joined()
        var run = ""
        while run.utf8.count < kilobytes * 1000 { run += text }
        while run.utf8.count > kilobytes * 1000 { run.removeLast() }
        var opened = Reducer.reduce(ReaderState(issue: issue, width: 120, height: 40), .resized(width: 120, height: 40)).0
        opened = Reducer.reduce(opened, .key(.character("/"))).0
        var checksum = 0
        milliseconds = best(3) {
            let state = Reducer.reduce(opened, .typed(run)).0
            checksum &+= ReaderView.frame(state).width + (state.prompt?.line.cursor ?? 0)
        } * 1000
        precondition(checksum > 0)
    }
}
