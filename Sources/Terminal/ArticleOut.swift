import Foundation
import Glibc
import IssueModel
import Reader

/// `e` and `E`: the article written to a new file in the current folder, or put on the terminal's
/// clipboard with OSC 52. Each returns what the status line should say.
enum ArticleOut {
    /// A file named from the headline, never over an existing one (`-2`, `-3`… are added).
    static func save(_ article: Article, number: Int, in folder: String = FileManager.default.currentDirectoryPath) -> String {
        let name = ArticleExport.fileName(article, number: number)
        let stem = String(name.dropLast(4))
        let data = Array(ArticleExport.text(article).utf8)
        for attempt in 1...100 {
            let file = attempt == 1 ? name : "\(stem)-\(attempt).txt"
            let path = folder + "/" + file
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 {
                if errno == EEXIST { continue }
                return "未能保存 could not save: " + String(cString: strerror(errno))
            }
            let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            return written == data.count ? "已保存 saved to " + file : "未能保存 could not save " + file
        }
        return "未能保存 could not save: too many files named " + stem
    }

    /// OSC 52 straight to the terminal (ncurses has no call for it); terminals that do not take it
    /// ignore it.
    static func copy(_ article: Article) -> String {
        let payload = Data(ArticleExport.text(article).utf8).base64EncodedString()
        let sequence = Array("\u{1B}]52;c;\(payload)\u{07}".utf8)
        var offset = 0
        while offset < sequence.count {
            let written = sequence[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { break } }
            offset += written
        }
        return "已复制到剪贴板 copied to the terminal's clipboard (OSC 52; if the terminal allows it)"
    }
}
