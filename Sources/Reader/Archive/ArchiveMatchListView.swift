import TextLayout

/// The archive's `&` overlay (on the archive screen, or over an issue opened from it): every match
/// of the search under its issue's heading (its date and count), each article's 版 and headline
/// once, and the text around every match, lit.
enum ArchiveMatchListView {
    static func draw(_ frame: inout Frame, _ list: ArchiveMatchList) {
        let ambiguousWide = frame.ambiguousWide
        let matches = list.matches
        MatchListView.draw(&frame, list.list, query: list.query, cursor: list.cursor, top: list.top, labelWidth: 26, heading: { entry, count in
            "\(list.labels[entry] ?? "") · \(count)处 matches"
        }, item: { index, first, width in
            let match = matches[index]
            let before = matches.indices.contains(index - 1) ? matches[index - 1] : nil
            let sameArticle = before.map { $0.date == match.date && $0.page == match.page && $0.headline == match.headline } ?? false
            func visible(_ text: String) -> String { TextFit.visible(text, ambiguousWide: ambiguousWide) }
            return MatchListView.Item(label: first || !sameArticle ? visible(match.page + " " + match.headline) : nil,
                                      before: TextFit.tail(visible(match.before), width: width / 3, ambiguousWide: ambiguousWide),
                                      found: visible(match.found), after: visible(match.after))
        })
    }
}
