/// The archive screen, as a value: every issue of an archive by date, grouped by month, the cursor
/// on one, and after a search each issue's number of matches (and the chart drawn from them).
public struct ArchiveScreenState: Sendable {
    /// One issue: its date, its pages and articles.
    public struct Entry: Sendable, Equatable {
        /// `2019-02-01`: for the status line, counts and the month it belongs to.
        public let date: String
        /// `2019年2月1日 星期五`
        public let label: String
        public let pages: Int
        public let articles: Int

        public init(date: String, label: String, pages: Int, articles: Int) {
            self.date = date
            self.label = label
            self.pages = pages
            self.articles = articles
        }

        /// `2019年2月`: the month's heading.
        public var month: String {
            let parts = date.split(separator: "-")
            guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]) else { return date }
            return "\(year)年\(month)月"
        }
    }

    public private(set) var entries: [Entry]
    public var cursor = 0
    /// The first row of the list shown.
    public var top = 0
    public private(set) var width: Int
    public private(set) var height: Int
    /// The search prompt while it is open.
    public var prompt: PromptLine?
    /// The last search: its query and each entry's matches.
    public var query: String?
    public var counts: [Int]?
    /// A second search beside it (`+`), drawn in the chart beside the first.
    public var compared: ComparedSearch?
    /// The prompt open is for the second search.
    public var promptCompares = false
    /// A note for the status line, until the next key.
    public var message: String?
    /// Work going on behind the screen (`索引 indexing 1200/50000 files`), shown while there is some.
    public var status: String?
    /// The list of every match of the search (`&`), while it is open.
    public internal(set) var matchList: ArchiveMatchList?
    /// Unread articles of the issues opened, by date (kept from run to run; an issue never opened
    /// has no count, all of it being unread).
    public var unread: [String: Int] = [:]
    /// The keys (the default table, or the config's version of it), the themes `T` goes through
    /// and the one in use, and the settings' problems (`!`): the reader's setup.
    public let keyBindings: [KeyBinding]
    public let themeNames: [String]
    public var themeName: String?
    public let problems: [String]
    /// A count typed before a motion (`5j`).
    public var count: Int?
    /// The help overlay (`?`, `!`) while it is open: the first of its rows shown.
    public var help: Int?
    /// East Asian ambiguous characters two cells wide (the layout option), for measuring the help.
    public var ambiguousWide = false

    public init(entries: [Entry], width: Int, height: Int, setup: ReaderSetup = ReaderSetup()) {
        self.entries = entries
        keyBindings = setup.keyBindings
        themeNames = setup.themeNames
        themeName = setup.themeName
        problems = setup.problems
        self.width = width
        self.height = height
    }

    /// The help for the archive screen at its size: its keys, the prompt's, the settings' problems.
    var helpLayout: HelpLayout {
        let entries = KeyBinding.archiveBindings(in: keyBindings)
            .filter { !$0.keys.isEmpty && (!problems.isEmpty || $0.action != .problems) }.map(HelpContent.entry)
        return HelpLayout(entries: entries, sections: [(HelpContent.promptTitle, HelpContent.promptLines(in: keyBindings))],
                          problems: problems, width: width, height: height, ambiguousWide: ambiguousWide)
    }

    /// The archive as a search found it, when it changed since it was listed (days added or
    /// deleted): the cursor stays on its date if that is still there, else on the nearest; the last
    /// search's counts go (the new ones come with the entries).
    /// The cursor stays on its date — on the newest issue if it was there (new ones come last).
    public mutating func replaceEntries(_ new: [Entry]) {
        guard new != entries else { return }
        let date = entries.indices.contains(cursor) ? entries[cursor].date : ""
        let onNewest = cursor == entries.count - 1
        entries = new
        cursor = onNewest ? max(0, new.count - 1) : new.firstIndex { $0.date >= date } ?? max(0, new.count - 1)
        (query, counts, matchList, compared) = (nil, nil, nil, nil)
        unread = unread.filter { key, _ in new.contains { $0.date == key } }
        keepCursorVisible()
    }

    /// The first row of the list, below the title and the chart.
    public var listTop: Int { 1 + chartHeight }

    /// The list's rows: a month's heading before its first issue, then its issues.
    public enum Row: Equatable, Sendable {
        case month(String)
        case issue(Int)
    }

    public var rows: [Row] {
        var rows: [Row] = []
        for (index, entry) in entries.enumerated() {
            if index == 0 || entries[index - 1].month != entry.month { rows.append(.month(entry.month)) }
            rows.append(.issue(index))
        }
        return rows
    }

    /// Rows for the chart above the list (bars, their scale, the cursor's mark) after a search.
    public var chartHeight: Int { counts == nil || height < 10 ? 0 : compared == nil ? 3 : 4 }

    /// Rows for the list: the screen less the title row, the chart and the status line.
    public var listHeight: Int { max(0, height - 2 - chartHeight) }

    mutating func resize(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
        keepCursorVisible()
    }

    /// Scrolls the list so that the cursor's row (and its month's heading, if it can) shows.
    public mutating func keepCursorVisible() {
        let rows = rows
        guard let row = rows.firstIndex(of: .issue(cursor)), listHeight > 0 else { return }
        let heading = row > 0 && rows[row - 1] != .issue(cursor - 1) ? row - 1 : row
        if heading < top { top = heading }
        if row >= top + listHeight { top = row - listHeight + 1 }
        top = max(0, min(top, max(0, rows.count - listHeight)))
    }
}

/// What the archive screen asks the edge to do.
public enum ArchiveEffect: Equatable, Sendable {
    case quit
    /// Open this issue (an index into the entries) at its front page.
    case open(Int)
    /// Count this query in every issue (the edge has the index); the answer comes back as `counted`.
    case search(String)
    /// Find every match of this query, for the `&` list; the answer comes back as `listed`.
    case listMatches(String)
    /// Open this issue (an index into the entries) at its `match`th match (from 0) of `query`.
    case openAtMatch(Int, query: String, match: Int)
    case repaintAll
    /// Draw with the theme of this name from now on (T).
    case useTheme(String)
    /// Fetch the papers into the library (r); new issues come back as `landed`.
    case fetch
    /// Count this second query in every issue, beside the first (`+`); back as `compared`.
    case compare(String)
}

/// A second query's matches in each entry, beside the first search's.
public struct ComparedSearch: Sendable, Equatable {
    public let query: String
    public let counts: [Int]

    public init(query: String, counts: [Int]) {
        self.query = query
        self.counts = counts
    }
}
