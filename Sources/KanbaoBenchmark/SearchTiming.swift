import IssueModel
import Reader

/// What search costs: building the index (once, at the first `/`), and a keystroke in the prompt —
/// the last character of a query typed through the reducer, with the frame it leads to, as the
/// reader answers it.
struct SearchTiming {
    var indexBuild = 0.0
    /// Milliseconds per keystroke for a common word, a rare one and one that is not there.
    var common = 0.0, rare = 0.0, missing = 0.0
    var commonCount = 0

    init(_ issue: Issue) {
        let start = ReaderState(issue: issue, width: 120, height: 40)
        var opened = start
        indexBuild = best(1) { opened = Reducer.reduce(start, .key(.character("/"))).0 } * 1000
        func keystroke(_ query: String) -> (ms: Double, count: Int) {
            let typed = query.dropLast().reduce(opened) { Reducer.reduce($0, .key(.character($1))).0 }
            var after = typed
            let seconds = best(3) {
                after = Reducer.reduce(typed, .key(.character(query.last!))).0
                precondition(ReaderView.frame(after).width == 120)
            }
            return (seconds * 1000, after.search?.results.count ?? 0)
        }
        (common, commonCount) = keystroke("工会")
        rare = keystroke("劳逸结合").ms
        missing = keystroke("不存在的词").ms
    }
}
