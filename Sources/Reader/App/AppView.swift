/// Draws the reader: the screen that shows — the issue, else the archive — and, while work is under
/// way, what it is doing over its bottom row.
public enum AppView {
    public static func frame(_ state: AppState) -> Frame {
        var frame: Frame
        if let issue = state.issue {
            frame = ReaderView.frame(issue)
            if let list = state.archiveList { ArchiveMatchListView.draw(&frame, list) }
        } else if let archive = state.archive {
            frame = ArchiveScreenView.frame(archive, ambiguousWide: state.layout.ambiguousWide)
        } else {
            frame = Frame(width: state.width, height: state.height)
        }
        if state.work != nil { StatusLineView.drawWork(state.workNote ?? "请稍候 working · Esc 停止 stop", &frame) }
        return frame
    }
}
