import TextLayout

/// The pure view: a state becomes a frame. The front end draws nothing else.
public enum ReaderView {
    public static func frame(_ state: ReaderState) -> Frame {
        let geometry = state.geometry
        var frame = Frame(width: geometry.width, height: geometry.height, ambiguousWide: state.layout.ambiguousWide)
        if geometry.isTooSmall {
            TooSmallView.draw(&frame, geometry)
            return frame
        }
        switch state.screen {
        case .frontPage: FrontPageView.draw(&frame, state)
        case .article: ArticleScreenView.draw(&frame, state)
        }
        StatusLineView.draw(&frame, state)
        switch state.overlay {
        case .help(let top): HelpOverlayView.draw(&frame, state, top: top)
        case .pages(let cursor): PageListView.draw(&frame, state, cursor: cursor)
        case .matches(let cursor, let top): MatchListView.draw(&frame, state, cursor: cursor, top: top)
        case nil: break
        }
        return frame
    }

    /// A page of runs drawn into a rectangle, clipped to it; the parts of runs that show a search
    /// match in its role — a match the layout broke over lines or columns in every part.
    static func draw(_ page: LaidOutPage, into rect: Rect, _ frame: inout Frame, highlights: SearchHighlights? = nil) {
        let limit = rect.x + rect.width
        for (row, runs) in page.rows.prefix(rect.height).enumerated() {
            for run in runs {
                let column = rect.x + run.column
                frame.write(run.text, row: rect.y + row, column: column, role: run.role, limit: limit)
                guard let highlights, let source = run.source else { continue }
                let clusters = Array(run.text)
                for hit in highlights.hits(block: source.block, start: source.start, end: source.end) {
                    // A stand-in (`^[` for one control character) is lit whole.
                    guard clusters.count == source.end - source.start else {
                        frame.write(run.text, row: rect.y + row, column: column, role: hit.role, limit: limit)
                        continue
                    }
                    let offset = clusters[..<hit.range.lowerBound].reduce(0) { $0 + CellWidth.of($1, ambiguousWide: frame.ambiguousWide) }
                    frame.write(String(clusters[hit.range]), row: rect.y + row, column: column + offset, role: hit.role, limit: limit)
                }
            }
        }
    }
}

/// Below 20×6 a notice replaces the panes.
enum TooSmallView {
    static func draw(_ frame: inout Frame, _ geometry: ScreenGeometry) {
        let lines = ["终端太小", "terminal too small", "\(geometry.width)×\(geometry.height) < \(ScreenGeometry.minimumWidth)×\(ScreenGeometry.minimumHeight)"]
        let top = max(0, (geometry.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let text = TextFit.truncated(line, width: geometry.width)
            let column = max(0, (geometry.width - CellWidth.of(text)) / 2)
            frame.write(text, row: top + index, column: column, role: .dim)
        }
    }
}
