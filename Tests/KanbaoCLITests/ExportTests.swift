import Foundation
import Testing

/// `e` saves the article beside the reader, `E` puts it on the terminal's clipboard.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux"))
struct ExportTests {
    @Test func eSavesTheArticleInTheCurrentFolder() throws {
        let folder = try KanbaoProcess.temporaryDirectory()
        let session = try TmuxSession(["-c", "cd '\(folder.path)' && '\(KanbaoProcess.binary.path)' '\(KanbaoProcess.seedPath)'"], shellWrapped: true)
        try session.wait { $0.contains("看报 1/6") }
        try session.send("Down", "Down", "Down")
        try session.wait { $0.contains("看报 4/6") }
        try session.send("e")
        try session.wait { $0.contains("saved to") }
        let file = folder.appendingPathComponent("心脏除颤仪“上岗” 职工健身场所.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("心脏除颤仪“上岗” 职工健身场所\n\n") && text.hasSuffix("本报记者 盛丽 曹立栋 摄影报道\n"))
        // Again: a new file, the first one left alone.
        try session.send("e")
        try session.wait { $0.contains("职工健身场所-2.txt") }
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func bigESetsTheClipboardThroughOSC52() throws {
        let session = try TmuxSession([KanbaoProcess.seedPath])
        try session.tmux(["set-option", "-g", "set-clipboard", "on"], capture: false)
        try session.wait { $0.contains("看报 1/6") }
        try session.send("E")
        try session.wait { $0.contains("已复制到剪贴板 copied to the clipboard") }
        let deadline = Date().addingTimeInterval(5)
        var buffer = ""
        while Date() < deadline && !buffer.contains("本报讯") {
            buffer = try session.tmux(["show-buffer"])
            usleep(50_000)
        }
        #expect(buffer.hasPrefix("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n北京市总工会到国资公司调研并慰问一线职工"))
        #expect(buffer.contains("本报讯（记者 白莹）"))
    }
}
