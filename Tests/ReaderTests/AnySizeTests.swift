import Reader
import Testing
import TextLayout

/// Every screen at every kind of size, 1×1 to 400×120: nothing crashes, nothing is drawn outside
/// the frame, and the cursor (in the prompt) stays on it.
@Suite struct AnySizeTests {
    static let widths = Array(1...24) + Array(stride(from: 31, through: 400, by: 23)) + [400]
    static let heights = Array(1...8) + [13, 24, 57, 120]

    /// The states to draw: front page, pane focused and scrolled, article, help, prompt with matches,
    /// vertical text, the page list of an issue of several pages.
    static var states: [ReaderState] {
        let start = seedReader()
        return [
            start,
            send(start, .down, .down, .tab, .pageDown),
            send(start, .enter, .character(" ")),
            send(start, .enter, .character("?")),
            type(send(start, .enter, .character("/")), "工会"),
            send(type(send(start, .character("/")), "驿站"), .enter, .character("n")),
            send(start, .enter, .character("v"), .left),
            send(ReaderState(issue: PagesReducerTests.issue, width: 80, height: 24), .character("}"), .character("P")),
        ]
    }

    @Test(arguments: 0..<8)
    func everyScreenAtEverySize(index: Int) {
        do {
            let state = Self.states[index]
            for width in Self.widths {
                for height in Self.heights {
                    let resized = Reducer.reduce(state, .resized(width: width, height: height)).0
                    let frame = ReaderView.frame(resized)
                    #expect(frame.width == width && frame.height == height)
                    if let cursor = frame.cursor {
                        #expect(cursor.row < height && cursor.column < width, "state \(index) at \(width)×\(height)")
                    }
                    // Keys still work there, and the size comes back.
                    let moved = send(resized, .down, .character(" "), .character("n"))
                    let back = Reducer.reduce(moved, .resized(width: 80, height: 24)).0
                    #expect(ReaderView.frame(back).lines().count == 24)
                }
            }
        }
    }
}
