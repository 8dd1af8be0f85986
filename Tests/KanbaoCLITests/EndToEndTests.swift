import Foundation
import Testing

/// The real binary in tmux, as a person would use it. Timing-robust: every step polls the screen.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct EndToEndTests {
    static let headlines = [
        "北京市总工会到国资公司调研并慰问一线职工", "潞源街道总工会打造户外劳动者“温馨港湾”",
        "中铁建工西北分公司工会邀职工家属共享“家”文化", "心脏除颤仪“上岗” 职工健身场所",
        "朝阳区医疗卫生工会为职工撑起“关爱伞”", "龙潭街道总工会走访慰问坚守岗位一线职工",
    ]

    /// The first two rows of text in the first column (left of any rule "│"), without spaces: where
    /// the place kept across a resize must be, at the top.
    static func topOfFirstColumn(_ screen: String) -> String {
        screen.split(separator: "\n").lazy
            .map { $0.split(separator: "│", omittingEmptySubsequences: false)[0].filter { $0 != " " } }
            .filter { !$0.isEmpty }.prefix(2).joined()
    }

    func sane(_ screen: String) -> Bool {
        guard let settings = screen.split(separator: "\n").first(where: { $0.contains("icanon") }) else { return false }
        let words = settings.split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init)
        return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
    }

    @Test func frontPageShowsTheSixHeadlines() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        let screen = try session.wait { $0.contains("看报 1/6") }
        for headline in Self.headlines { #expect(screen.contains(headline), "\(headline)") }
    }

    @Test func downDownEnterOpensTheThirdArticleAndEscGoesBack() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down", "Down", "Enter")
        let article = try session.wait { !$0.contains("看报") && $0.contains(" 3/6 ") && $0.contains("本报讯（记者") }
        #expect(article.split(separator: "\n").first?.contains("中铁建工西北分公司工会邀职工家属共享“家”文化") == true)
        #expect(!article.contains("龙潭街道总工会走访慰问坚守岗位一线职工"))
        try session.send("Escape")
        let front = try session.wait { $0.contains("看报 3/6") }
        #expect(front.contains(Self.headlines[5]))
    }

    @Test func spacePagesAndBPagesBack() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        let first = try session.wait { !$0.contains("看报") && $0.contains("第1/2页") }
        #expect(first.contains("本报讯（记者 白莹）"))
        try session.send("Space")
        let second = try session.wait { !$0.contains("看报") && $0.contains("第2/2页") }
        #expect(!second.contains("本报讯（记者 白莹）"))
        try session.send("b")
        #expect(try session.wait { $0.contains("第1/2页") }.contains("本报讯（记者 白莹）"))
    }

    @Test func resizeReflowsAndKeepsThePlace() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath], width: 60, height: 14)
        try session.wait { $0.contains("看报 1/6") }
        // Scroll the first article twenty lines: past its headline, to where a wider or narrower
        // layout would show other text at the same line number.
        try session.send("Enter")
        try session.wait { !$0.contains("看报") && $0.contains(" 1/6 ") }
        for _ in 0..<20 { try session.send("j") }
        let before = try session.handled()
        let firstRow = before.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }!
        let probe = String(firstRow.trimmingCharacters(in: .whitespaces).prefix(6))
        func shown(_ screen: String) -> Bool { Self.topOfFirstColumn(screen).contains(probe) }
        #expect(probe.count == 6 && !probe.contains("北京市总工会"))
        for (width, height) in [(100, 14), (40, 10), (15, 5), (130, 20)] {
            try session.resize(width: width, height: height)
            if width < 20 {
                #expect(try session.wait { $0.contains("终端太小") }.contains("终端太小"))
            } else {
                let after = try session.wait { $0.split(separator: "\n").count <= height && shown($0) }
                #expect(shown(after), "\(probe) lost at \(width)×\(height):\n\(after)")
            }
        }
    }

    @Test func qReturnsToTheShellWithASaneTerminal() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Enter")
        try session.wait { $0.contains(" 1/6 ") && !$0.contains("看报") }
        try session.send("q")
        try session.wait { $0.contains("看报 1/6") }
        try session.send("q")
        let screen = try session.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=0"))
        #expect(sane(screen), "\(screen)")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("C-c")
        let screen = try session.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=130"))
        #expect(sane(screen), "\(screen)")
    }

    /// SIGTERM and SIGHUP end the reader cleanly; SIGSEGV and SIGABRT stand for a crash (a Swift
    /// trap is SIGILL or SIGTRAP, handled the same way): the terminal is restored, then it dies of it.
    @Test(arguments: [(SIGTERM, "EXIT=143"), (SIGHUP, "EXIT=129"), (SIGSEGV, "EXIT=139"), (SIGABRT, "EXIT=134")])
    func aSignalRestoresTheTerminal(signal: Int32, status: String) throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        session.signal(signal)
        let screen = try session.wait { $0.contains("DONE") }
        #expect(screen.contains(status))
        #expect(sane(screen), "\(screen)")
    }

    @Test func ctrlZSuspendsWithASaneTerminalAndFgRedraws() throws {
        let session = try TmuxSession(interactiveShellWidth: 80, height: 24)
        try session.type("'\(KanbaoProcess.binary.path)' '\(KanbaoProcess.seedPath)'")
        try session.send("Enter")
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down")
        try session.wait { $0.contains("看报 2/6") }
        // (Not in one go with Down: the tty flushes unread input when Ctrl-Z stops the job.)
        try session.send("C-z")
        try session.wait { $0.contains("Stopped") }
        // (The marker is split in the command so that the command line itself does not match.)
        try session.type("stty -a | tr '\\n' ' '; echo; echo SUSP''ENDED")
        try session.send("Enter")
        let shell = try session.wait { $0.contains("SUSPENDED") }
        #expect(sane(shell), "\(shell)")
        try session.type("fg")
        try session.send("Enter")
        // Back where it was: the second article selected.
        let redrawn = try session.wait { $0.contains("看报 2/6") }
        #expect(redrawn.contains(Self.headlines[1]) && !redrawn.contains("SUSPENDED"))
        try session.send("q")
        try session.type("echo EXIT=$?")
        try session.send("Enter")
        #expect(try session.wait { $0.contains("EXIT=0") }.contains("EXIT=0"))
    }

    /// Whether a captured screen sets a foreground or background colour (SGR 30–38, 40–48, 90–107;
    /// 39 and 49 are the terminal's own colours).
    static func hasColor(_ styled: String) -> Bool {
        styled.split(separator: "\u{1B}").contains { sequence in
            guard sequence.hasPrefix("["), let end = sequence.firstIndex(of: "m") else { return false }
            return sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";").contains {
                guard let code = Int($0) else { return false }
                return (30...38).contains(code) || (40...48).contains(code) || (90...107).contains(code)
            }
        }
    }

    @Test func colorsUnlessNoColorIsSet() throws {
        let colored = try TmuxSession([KanbaoProcess.seedPath])
        try colored.wait { $0.contains("看报 1/6") }
        #expect(Self.hasColor(try colored.styledScreen()))
        for (arguments, environment) in [([KanbaoProcess.seedPath], ["NO_COLOR": "1"]), (["--no-color", KanbaoProcess.seedPath], [:])] {
            let plain = try TmuxSession(arguments, environment: environment)
            try plain.wait { $0.contains("看报 1/6") }
            let styled = try plain.styledScreen()
            #expect(!Self.hasColor(styled), "\(arguments) \(environment)")
            // Still styled by attributes: the selection in reverse video.
            #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))
        }
    }

    @Test func aLocaleThatIsNotUTF8IsSwitchedAndSaysSo() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath], environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try session.wait { $0.contains("using C.UTF-8") }
        #expect(screen.contains(Self.headlines[0]))
    }

    @Test func escapeSequencesInThePageAreShownNotObeyed() throws {
        let file = try KanbaoProcess.temporaryDirectory().appendingPathComponent("escapes.txt")
        try Data("标题\u{1B}[2J\u{1B}]0;pwned\u{07}\n\n本报讯 正文\u{1B}[31m红\u{9B}。".utf8).write(to: file)
        let session = try TmuxSession([file.path])
        let screen = try session.wait { $0.contains("看报 1/1") }
        #expect(screen.contains("标题^[[2J^[]0;pwned^G"))
        try session.send("Enter")
        let article = try session.wait { $0.contains("红") && !$0.contains("看报") }
        #expect(article.contains("^[[31m红<U+009B>"))
        #expect(try session.tmux(["display-message", "-p", "#{pane_title}"]).contains("pwned") == false)
    }

    @Test func helpOverlayListsTheKeys() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.wait { $0.contains("看报 1/6") }
        try session.send("?")
        // (Waited for whole: a capture can come mid-frame.)
        let help = try session.wait { $0.contains("按键 Keys") && $0.contains("Tab") && $0.contains("quit") }
        #expect(help.contains("Tab") && help.contains("quit"))
        try session.send("x")
        #expect(!(try session.wait { !$0.contains("按键 Keys") }).contains("按键 Keys"))
    }

    @Test func pageFromStandardInputStillReadsKeysFromTheTerminal() throws {
        let piped = try TmuxSessionPiped(KanbaoProcess.seedPath)
        let screen = try piped.session.wait { $0.contains("看报 1/6") }
        #expect(screen.contains(Self.headlines[0]))
        try piped.session.send("q")
        #expect(try piped.session.wait { $0.contains("DONE") }.contains("EXIT=0"))
    }
}

/// `cat page | kanbao -` in tmux.
struct TmuxSessionPiped {
    let session: TmuxSession
    init(_ page: String) throws {
        session = try TmuxSession(["-c", "cat '\(page)' | '\(KanbaoProcess.binary.path)' -"], shellWrapped: true)
    }
}
