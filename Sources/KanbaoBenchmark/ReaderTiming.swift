import IssueModel
import Reader

/// What a key costs in the reader without the terminal: the reducer and the frame it leads to, as
/// `ReaderApp` does per key. Milliseconds per key, averaged over `count` keys.
struct ReaderTiming {
    var headlineKey = 0.0
    var pageKey = 0.0
    var resize = 0.0
    /// `v` the first time on an article (setting it vertically), and ← (a vertical page) after.
    var verticalToggle = 0.0
    var verticalPageKey = 0.0

    init(_ issue: Issue, count: Int = 50) {
        var state = ReaderState(issue: issue, width: 120, height: 40)
        state = Reducer.reduce(state, .resized(width: 120, height: 40)).0
        func perKey(_ events: [ReaderEvent]) -> Double {
            var checksum = 0
            let seconds = best(1) {
                for event in events {
                    state = Reducer.reduce(state, event).0
                    checksum &+= ReaderView.frame(state).width
                }
            }
            precondition(checksum > 0)
            return seconds * 1000 / Double(events.count)
        }
        headlineKey = perKey(Array(repeating: .key(.down), count: count))
        _ = perKey([.key(.enter)])
        pageKey = perKey(Array(repeating: .key(.character(" ")), count: count))
        resize = perKey((0..<count).map { $0 % 2 == 0 ? .resized(width: 80, height: 24) : .resized(width: 120, height: 40) })
        _ = perKey([.key(.character("g"))])
        verticalToggle = perKey([.key(.character("v"))])
        verticalPageKey = perKey(Array(repeating: .key(.left), count: count))
    }
}
