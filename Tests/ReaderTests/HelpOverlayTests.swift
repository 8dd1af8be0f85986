import Reader
import Testing

/// The help at any size the reader draws: every key with the whole of what it does, scrolled to
/// if it must, and the box saying how.
@Suite struct HelpOverlayTests {
    static let sizes = [(60, 20), (40, 12), (30, 10), (20, 6), (80, 24), (120, 40)]

    @Test(arguments: 0..<6)
    func everyKeyWithItsWholeDescription(size: Int) {
        let (width, height) = Self.sizes[size]
        for state in [seedReader(width: width, height: height), send(seedReader(width: width, height: height), .enter)] {
            let rows = helpRows(state)
            let text = rows.joined().filter { !$0.isWhitespace }
            for binding in KeyBinding.bindings(on: state.screen) where binding.action != .nextPage && binding.action != .previousPage && binding.action != .pageList {
                #expect(text.contains(binding.help.filter { !$0.isWhitespace }), "\(width)×\(height): \(binding.help)")
                for key in binding.keys { #expect(text.contains(key.label.filter { !$0.isWhitespace }), "\(width)×\(height): \(key.label)") }
            }
            #expect(!rows.joined().contains("…"), "\(width)×\(height): cut")
        }
    }

    @Test func aHelpThatDoesNotFitSaysHowToScroll() {
        let small = ReaderView.frame(send(seedReader(width: 60, height: 20), .character("?"))).lines().joined(separator: "\n")
        #expect(small.contains("滚动 scroll"))
        let big = ReaderView.frame(send(seedReader(width: 160, height: 60), .character("?"))).lines().joined(separator: "\n")
        #expect(!big.contains("滚动 scroll"))
    }
}
