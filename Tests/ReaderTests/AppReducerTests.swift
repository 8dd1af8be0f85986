import IssueModel
import Reader
import Testing
import TextLayout

/// The reader's one state machine, driven with a fake archive and no terminal: the edge's work is
/// done here by `FakeEdge`, answering each effect with the event the real edge would post.
@Suite struct AppReducerTests {
    /// Three days: two matches of 工会 in the first (a headline's, a paragraph's), none in the second, three in the third.
    static let issues: [IssueModel.Issue] = [
        IssueModel.Issue(articles: [Article(headline: "北京市总工会调研", paragraphs: ["工会工作新局面。"]),
                         Article(headline: "职工之家", paragraphs: ["职工之家。"])]),
        IssueModel.Issue(articles: [Article(headline: "春节", paragraphs: ["春节到了。"])]),
        IssueModel.Issue(articles: [Article(headline: "街道工会", paragraphs: ["工会驿站，工会服务。"])]),
    ]
    static let entries = ["2019-02-01", "2019-02-02", "2019-02-03"].enumerated().map { index, date in
        ArchiveScreenState.Entry(date: date, label: date, pages: 1, articles: issues[index].articles.count)
    }

    /// Does what the edge does for each effect, and hands the result back, until nothing is asked.
    struct FakeEdge {
        var kept: [(RememberedPlace, Int?)] = []
        var asked: [AppEffect] = []

        mutating func run(_ effects: [AppEffect], _ state: inout AppState) {
            var queue = effects
            while !queue.isEmpty {
                let effect = queue.removeFirst()
                asked.append(effect)
                let answer: AppEvent?
                switch effect {
                case .openIssue(let entry): answer = .issueOpened(entry: entry, issue: AppReducerTests.issues[entry], place: nil, note: nil)
                case .count(let query):
                    answer = .counted(query: query, counts: AppReducerTests.issues.map { SearchIndex($0).find(query).count },
                                      entries: AppReducerTests.entries)
                case .listMatches(let query):
                    answer = .listed(query: query, matches: AppReducerTests.issues.enumerated().flatMap { entry, issue in
                        SearchIndex(issue).find(query).matches.map { match in
                            ArchiveMatch(date: AppReducerTests.entries[entry].date, page: "第01版", headline: issue.articles[match.article].headline,
                                         before: "", found: query, after: "")
                        }
                    })
                case .keepPlace(let place, let entry):
                    kept.append((place, entry))
                    answer = nil
                default: answer = nil
                }
                if let answer { queue += AppReducer.reduce(into: &state, answer) }
            }
        }

        mutating func send(_ state: inout AppState, _ events: ReaderEvent...) {
            for event in events { run(AppReducer.reduce(into: &state, .input(event)), &state) }
        }

        mutating func type(_ state: inout AppState, _ text: String) {
            for character in text { send(&state, .key(.character(character))) }
        }
    }

    @Test func archiveSearchOpenBeyondTheLastMatchTheListAnotherIssuesMatchAndBack() {
        var state = AppState(archive: ArchiveScreenState(entries: Self.entries, width: 80, height: 24), layout: LayoutOptions(width: 80),
                             setup: ReaderSetup())
        var edge = FakeEdge()
        // The archive's search: counted by the edge, the counts on the screen.
        edge.send(&state, .key(.character("/")))
        edge.type(&state, "工会")
        edge.send(&state, .key(.enter))
        #expect(state.archive?.counts == [2, 0, 3] && state.work == nil)
        // The first issue opened.
        edge.send(&state, .key(.enter))
        #expect(state.openEntry == 0 && state.issue?.issue == Self.issues[0])
        // Searched in the issue (counted over the archive too), then `n` past its last match: the
        // next issue with matches — the third, the second having none — at its first.
        edge.send(&state, .key(.character("/")))
        edge.type(&state, "工会")
        edge.send(&state, .key(.enter))
        #expect(state.issue?.search?.current == 0 && state.openEntry == 0)
        edge.send(&state, .key(.character("n")))
        #expect(state.issue?.search?.current == 1 && state.openEntry == 0)
        edge.send(&state, .key(.character("n")))
        #expect(state.openEntry == 2 && state.issue?.issue == Self.issues[2] && state.issue?.search?.current == 0)
        #expect(state.issue?.message?.contains("合订本共 5处") == true)
        #expect(edge.kept.last?.1 == 0)
        // `&`: every match of the archive over the issue, the cursor on this issue's current one.
        edge.send(&state, .key(.character("&")))
        let list = state.archiveList
        #expect(list?.matches.count == 5 && list?.chosen.entry == 2 && list?.chosen.number == 0)
        // To the first match (the first issue's) and Enter: that issue, at that match.
        edge.send(&state, .key(.character("g")), .key(.enter))
        #expect(state.openEntry == 0 && state.issue?.search?.current == 0 && state.archiveList == nil)
        // Back to the archive: the issue's place kept, its unread count on the screen.
        edge.send(&state, .key(.character("q")))
        #expect(state.issue == nil && state.archive?.cursor == 0 && edge.kept.last?.1 == 0)
        #expect(state.archive?.unread["2019-02-01"] != nil)
        // And out: the archive's memory kept, then quit.
        edge.send(&state, .key(.character("q")))
        #expect(edge.asked.suffix(2) == [.keepArchive(ArchiveMemory(entry: 0, unread: state.archive!.unread)), .quit])
    }

    /// Keys read in one go (a typed run: `q` and `r` sent together) are each taken by the screen the
    /// key before left: `q` leaves the issue, and the archive's `r` fetches — it once went to the
    /// issue, which has no `r`. After a key that opens a prompt, the rest goes into the prompt.
    @Test func keysThatArriveTogetherGoEachToTheScreenTheLastLeft() {
        var state = AppState(archive: ArchiveScreenState(entries: Self.entries, width: 80, height: 24), layout: LayoutOptions(width: 80),
                             setup: ReaderSetup())
        var edge = FakeEdge()
        edge.send(&state, .key(.enter))
        #expect(state.issue != nil)
        edge.send(&state, .typed("qr"))
        #expect(state.issue == nil && state.work == .fetching && edge.asked.last == .fetch)
        _ = AppReducer.reduce(into: &state, .input(.key(.escape)))
        // `/工会` in one run on the archive: the prompt opened and filled.
        edge.send(&state, .typed("/工会"))
        #expect(state.archive?.prompt?.text == "工会")
    }

    @Test func workWaitsForItsAnswerAndEscStopsIt() {
        var state = AppState(archive: ArchiveScreenState(entries: Self.entries, width: 80, height: 24), layout: LayoutOptions(width: 80),
                             setup: ReaderSetup())
        _ = AppReducer.reduce(into: &state, .input(.key(.character("/"))))
        for character in "工会" { _ = AppReducer.reduce(into: &state, .input(.key(.character(character)))) }
        #expect(AppReducer.reduce(into: &state, .input(.key(.enter))) == [.count(query: "工会")])
        _ = AppReducer.reduce(into: &state, .progress("搜索 searching 1/3 files"))
        #expect(AppView.frame(state).lines().last?.contains("搜索 searching 1/3 files · Esc 停止 stop") == true)
        // Keys wait; Esc stops it, and an answer that comes after is dropped.
        #expect(AppReducer.reduce(into: &state, .input(.key(.character("j")))).isEmpty && state.archive?.cursor == 0)
        #expect(AppReducer.reduce(into: &state, .input(.key(.escape))) == [.cancelWork])
        #expect(state.work == nil && state.archive?.message == AppReducer.stoppedNote)
        _ = AppReducer.reduce(into: &state, .counted(query: "工会", counts: [3, 0, 3], entries: Self.entries))
        #expect(state.archive?.counts == nil)
    }

    /// A search that finds the archive changed (a day deleted since it was listed) shows the list
    /// as it is now, the cursor still on its date.
    @Test func aSearchRefreshesAListThatChanged() {
        var archive = ArchiveScreenState(entries: Self.entries, width: 80, height: 24)
        archive.cursor = 2
        var state = AppState(archive: archive, layout: LayoutOptions(width: 80), setup: ReaderSetup())
        _ = AppReducer.reduce(into: &state, .input(.key(.character("/"))))
        _ = AppReducer.reduce(into: &state, .input(.typed("工会")))
        #expect(AppReducer.reduce(into: &state, .input(.key(.enter))) == [.count(query: "工会")])
        let now = [Self.entries[0], Self.entries[2]]
        _ = AppReducer.reduce(into: &state, .counted(query: "工会", counts: [2, 3], entries: now))
        #expect(state.archive?.entries == now && state.archive?.counts == [2, 3] && state.archive?.cursor == 1)
        #expect(!ArchiveScreenView.frame(state.archive!).lines().joined().contains("2019-02-02"))
    }
}
