import IssueModel
import TextLayout

/// The whole reader as one value: the archive screen (when an archive was opened), the issue open
/// (when one is), and the work under way for them. `AppReducer` is its one state machine: keys go
/// down to the screen that has them, what the screens ask for comes up as `AppEffect`s for the edge
/// to perform, and every result of that work comes back as an `AppEvent`.
public struct AppState: Sendable {
    /// The archive's screen; nil for an issue opened on its own.
    public var archive: ArchiveScreenState?
    /// The issue being read; nil while the archive screen shows.
    public var issue: ReaderState?
    /// Which of the archive's entries the issue is (nil: an issue opened on its own).
    public var openEntry: Int?
    /// The archive's list of every match over the issue (`&` there), while it is open: the keys
    /// are its until it closes.
    public var archiveList: ArchiveMatchList?
    /// The work the edge is doing for the reader (the keys wait, but for the one that stops it), and
    /// what it says it is doing (the bottom row of whichever screen shows).
    public var work: Work? {
        didSet { if work == nil { workNote = nil } }
    }
    public var workNote: String?
    /// The keys, themes and problems; the layout every issue opened is set with.
    public let setup: ReaderSetup
    public let layout: LayoutOptions
    public private(set) var width: Int
    public private(set) var height: Int

    /// Work the edge does off the key thread, and what its result is for.
    public enum Work: Equatable, Sendable {
        /// An issue of the archive being read; at `then` once it is.
        case opening(entry: Int, then: Then)
        /// A query counted in every issue: for the archive screen's search (`screen`), for one
        /// confirmed in an issue (`fromIssue`: on to an issue that has it if this one does not), or
        /// for `n`/`N` past the issue's matches (`beyond`).
        case counting(query: String, for: CountFor)
        /// Every match of a query listed: on the archive screen, or over the issue (the cursor on
        /// its `current`th match).
        case listing(query: String, overIssue: Int?)
        /// The papers fetched into the library (r on its screen).
        case fetching
    }

    /// Where an issue opens.
    public enum Then: Equatable, Sendable {
        case frontPage
        /// At the first (`fromEnd`: the last) match of `query`, the note said.
        case find(String, fromEnd: Bool, note: String?)
        /// At match `number` of `query`.
        case findMatch(String, number: Int)
    }

    /// (`compare`: a second search beside the archive screen's, `+`.)
    public enum CountFor: Equatable, Sendable { case screen, compare, fromIssue, beyond(forward: Bool) }

    /// An issue opened on its own.
    public init(issue: ReaderState, layout: LayoutOptions, setup: ReaderSetup) {
        self.issue = issue
        self.layout = layout
        self.setup = setup
        (width, height) = (issue.geometry.width, issue.geometry.height)
    }

    /// An archive, at its screen.
    public init(archive: ArchiveScreenState, layout: LayoutOptions, setup: ReaderSetup) {
        self.archive = archive
        self.layout = layout
        self.setup = setup
        (width, height) = (archive.width, archive.height)
    }

    /// The date of the archive's entry `entry` (`2019-02-01`); nil without one.
    func date(ofEntry entry: Int) -> String? {
        archive.flatMap { $0.entries.indices.contains(entry) ? $0.entries[entry].date : nil }
    }

    mutating func resize(width: Int, height: Int) {
        (self.width, self.height) = (width, height)
    }

    /// The reader of an issue just read, at the terminal's size, with the theme now in use.
    func reader(of issue: Issue, message: String?) -> ReaderState {
        var setup = setup
        setup.themeName = archive?.themeName ?? setup.themeName
        setup.oneOfSeveral = archive != nil
        var reader = ReaderState(issue: issue, width: width, height: height, layout: layout, setup: setup, message: message)
        _ = Reducer.reduce(into: &reader, .resized(width: width, height: height))
        return reader
    }
}

/// What happened that the reader is told of: input, and the results of the edge's work.
public enum AppEvent: Sendable {
    case input(ReaderEvent)
    /// The issue of an archive entry, read, with its remembered place (and a word about it).
    case issueOpened(entry: Int, issue: Issue, place: RememberedPlace?, note: String?)
    case issueFailed(entry: Int)
    /// Each entry's matches of `query`, in entry order — of the archive as the search found it
    /// (`entries`: it may have changed since it was listed).
    case counted(query: String, counts: [Int], entries: [ArchiveScreenState.Entry])
    /// Every match of `query`, in date, 版, article and text order.
    case listed(query: String, matches: [ArchiveMatch])
    /// The work was stopped (asked to, or it could not go on).
    case workStopped
    /// What goes on behind the archive screen (the index being built), for its status line.
    case status(String?)
    /// How writing an article out went (`e`, `E`).
    case exported(ExportOutcome)
    /// What the work under way is doing now (`搜索 searching 1200/50092 files`).
    case progress(String)
    /// The archive's issues as they are now: a day fetched has landed.
    case landed(entries: [ArchiveScreenState.Entry])
    /// The fetching is over, as the note says.
    case fetched(note: String)
}

/// What the reader asks the edge to do; the edge answers the work with `AppEvent`s.
public enum AppEffect: Equatable, Sendable {
    case quit
    case repaintAll
    case useTheme(String)
    /// Write the article (the `number`th of its issue) to a file, or put it on the clipboard.
    case exportArticle(Article, number: Int)
    case copyArticle(Article)
    /// Fetch the papers into the library (`AppEvent.landed` as days land, `.fetched` at the end).
    case fetch
    /// Read entry `entry` of the archive (`AppEvent.issueOpened` or `.issueFailed` back).
    case openIssue(entry: Int)
    /// Count `query` in every issue (`.counted` or `.workStopped` back).
    case count(query: String)
    /// Find every match of `query` (`.listed` or `.workStopped` back).
    case listMatches(query: String)
    /// Stop the work under way.
    case cancelWork
    /// Keep the place and read marks of the issue being left (`entry` nil: one opened on its own).
    case keepPlace(RememberedPlace, entry: Int?)
    /// Keep what is remembered of the archive (on the way out).
    case keepArchive(ArchiveMemory)
}

/// How an article written out went: saved to a file (or not, and why), or put on the clipboard.
public enum ExportOutcome: Equatable, Sendable {
    case saved(file: String)
    case failed(file: String, reason: String)
    /// `-2` … `-100` were all taken.
    case tooMany(stem: String)
    case copied

    /// What the status line says of it.
    var note: String {
        switch self {
        case .saved(let file): "已保存 saved to " + file
        case .failed(let file, let reason): "未能保存 could not save \(file): " + reason
        case .tooMany(let stem): "未能保存 could not save: too many files named " + stem
        case .copied: "已复制到剪贴板 copied to the clipboard — OSC 52, if the terminal allows it"
        }
    }
}
