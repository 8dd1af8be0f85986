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
            for binding in KeyBinding.bindings(on: state.screen) where ![.nextPage, .previousPage, .pageList, .problems].contains(binding.action) {
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

/// The settings' problems: every one, whole, at the end of the help, where `!` opens it.
@Suite struct ProblemsListTests {
    static let problems = [
        "/home/reader/.config/kanbao/config.toml:2: columns must be a whole number from 1 to 100",
        "/home/reader/.config/kanbao/config.toml:5: unknown setting \"colour\" (settings: theme, columns, ambiguous-wide, justify, latin-spacing, mouse, vertical, exact-script, [keys])",
        "/home/reader/.config/kanbao/themes/broken.toml:3: headline: fg \"#12345\" is not a colour",
    ]

    @Test(arguments: [(80, 24), (40, 12)])
    func bangOpensTheListOfEveryProblem(size: (Int, Int)) {
        let state = seedReader(width: size.0, height: size.1, setup: ReaderSetup(problems: Self.problems))
        let opened = send(state, .character("!"))
        let screen = ReaderView.frame(opened).lines().joined(separator: "\n")
        #expect(screen.contains("设置的问题 3 settings problems"), "\(screen)")
        let rows = helpRows(state).joined().filter { !$0.isWhitespace }
        for problem in Self.problems { #expect(rows.contains(problem.filter { !$0.isWhitespace }), "\(problem)") }
        // The `!` key is in the help, as every key is.
        #expect(rows.contains("whatiswrongintheconfigorthemefiles"))
    }

    @Test func withoutProblemsBangSaysSo() {
        let state = send(seedReader(), .character("!"))
        #expect(state.overlay == nil && state.message?.contains("no problems") == true)
        #expect(!helpRows(seedReader()).joined().contains("what is wrong"))
    }
}
