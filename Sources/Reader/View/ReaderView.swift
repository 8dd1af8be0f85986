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
        if state.overlay == .help { HelpOverlayView.draw(&frame, state) }
        return frame
    }

    /// A page of runs drawn into a rectangle, clipped to it.
    static func draw(_ page: LaidOutPage, into rect: Rect, _ frame: inout Frame) {
        for (row, runs) in page.rows.prefix(rect.height).enumerated() {
            for run in runs {
                frame.write(run.text, row: rect.y + row, column: rect.x + run.column, role: run.role, limit: rect.x + rect.width)
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
