import IssueModel
import Reader
import Settings
import TextLayout

/// What the reader is given to run with: its themes, where an issue keeps its place, and an
/// archive's side of things (its entries, and how the edge reads, counts and lists in it).
extension ReaderApp {
    /// The themes to draw with: T cycles through them in this order. With colours off (NO_COLOR,
    /// `--no-color`, a terminal without them) only `mono` is used.
    public struct Themes {
        public var themes: [Theme]
        public var current: Int
        public var colors: Bool
        public var mono: Theme
        /// Said in the status line at the start (a theme or config file that could not be read).
        public var message: String?
        /// Every problem with the config and theme files, a line each, listed in the help (`!`).
        public var problems: [String] = []
        /// Remembers the theme `T` chose, for the next start; a message when it could not.
        public var keep: (String) -> String?

        public init(themes: [Theme], current: Int, colors: Bool, mono: Theme, message: String? = nil,
                    keep: @escaping (String) -> String? = { _ in nil }) {
            self.themes = themes
            self.current = current
            self.colors = colors
            self.mono = mono
            self.message = message
            self.keep = keep
        }
    }

    /// Where to start (the place remembered from last time), and who keeps the place at the end.
    public struct Memory {
        public var place: RememberedPlace?
        public var notice: String?
        /// Keeps the place; called once, on the way out, still inside the terminal — so what it has
        /// to say it should keep for after.
        public var keep: (RememberedPlace) -> Void

        public init(place: RememberedPlace?, notice: String?, keep: @escaping (RememberedPlace) -> Void) {
            self.place = place
            self.notice = notice
            self.keep = keep
        }
    }

    /// An archive to browse: its issues, and how the edge opens one and counts a search in all.
    public struct Archive {
        public var entries: [ArchiveScreenState.Entry]
        /// The issue of an entry, read from its files, with its remembered place and read marks (nil
        /// with `--forget`); nil (and a notice) when it cannot be read.
        public var open: (Int) -> (issue: Issue, memory: Memory?)?
        /// Each entry's matches of a query, in entry order; nil when it was stopped. It tells
        /// `working` now and then what it is doing, for the status line, and stops when told false.
        public var search: (_ query: String, _ working: (String) -> Bool) -> (entries: [ArchiveScreenState.Entry], counts: [Int])?
        /// Every match of a query, in date, 版, article and text order (the `&` list); nil when it
        /// was stopped, as `search`.
        public var matches: (_ query: String, _ working: (String) -> Bool) -> [ArchiveMatch]?
        /// What was kept of the archive: the entry the cursor starts on (the one last opened), the
        /// unread counts of the issues opened.
        public var memory: ArchiveMemory
        /// Hears it again on the way out, to start there next time.
        public var keep: (ArchiveMemory) -> Void
        /// Work going on behind the screen (the index being built), for the status line; asked
        /// between keys.
        public var status: () -> String?
        /// Fetches the papers into the library (r): `landed` hears the archive's issues each time a
        /// day lands, `working` as `search`; says at the end how it went. nil: not the library.
        public var fetch: ((_ landed: ([ArchiveScreenState.Entry]) -> Void, _ working: (String) -> Bool) -> String)?

        public init(entries: [ArchiveScreenState.Entry], open: @escaping (Int) -> (issue: Issue, memory: Memory?)?,
                    search: @escaping (_ query: String, _ working: (String) -> Bool) -> (entries: [ArchiveScreenState.Entry], counts: [Int])?,
                    matches: @escaping (_ query: String, _ working: (String) -> Bool) -> [ArchiveMatch]? = { _, _ in nil },
                    memory: ArchiveMemory = ArchiveMemory(), keep: @escaping (ArchiveMemory) -> Void = { _ in },
                    status: @escaping () -> String? = { nil },
                    fetch: ((_ landed: ([ArchiveScreenState.Entry]) -> Void, _ working: (String) -> Bool) -> String)? = nil) {
            self.entries = entries
            self.open = open
            self.search = search
            self.matches = matches
            self.memory = memory
            self.keep = keep
            self.status = status
            self.fetch = fetch
        }
    }

    /// Where the reader starts: an issue, or an archive's screen.
    enum Start {
        case issue(Issue)
        case archive(Archive)
    }

    /// The state the reader starts in: the issue at its remembered place, or the archive's screen
    /// on the entry last opened; `message` (what is not nil of it) in its status line.
    static func startingState(_ start: Start, size: (width: Int, height: Int), layout: LayoutOptions, setup: ReaderSetup,
                              memory: Memory?, message: [String?]) -> AppState {
        let message = message.compactMap { $0 }.joined(separator: "; ")
        switch start {
        case .issue(let issue):
            var reader = ReaderState(issue: issue, width: size.width, height: size.height, layout: layout, setup: setup,
                                     message: message.isEmpty ? nil : message)
            if let place = memory?.place { reader.restore(place) }
            _ = Reducer.reduce(into: &reader, .resized(width: size.width, height: size.height))
            return AppState(issue: reader, layout: layout, setup: setup)
        case .archive(let archive):
            var screen = ArchiveScreenState(entries: archive.entries, width: size.width, height: size.height, setup: setup)
            screen.ambiguousWide = layout.ambiguousWide
            screen.cursor = max(0, min(archive.memory.entry, archive.entries.count - 1))
            screen.unread = archive.memory.unread
            screen.message = message.isEmpty ? nil : message
            screen.keepCursorVisible()
            return AppState(archive: screen, layout: layout, setup: setup)
        }
    }
}
