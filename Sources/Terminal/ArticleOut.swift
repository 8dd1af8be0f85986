import Foundation
import Glibc
import IssueModel
import Reader
import Settings

/// `e` and `E`: the article written to a new file in the current folder, or put on the terminal's
/// clipboard with OSC 52. Each returns how it went (`ExportOutcome`), which the reader says.
enum ArticleOut {
    /// A file named from the headline, never over an existing one (`-2`, `-3`… are added). Written
    /// whole or not at all: into a temporary file beside it, flushed, then linked to its name — which
    /// fails rather than replace a file that appeared meanwhile — so a full disk leaves no half file.
    static func save(_ article: Article, number: Int, in folder: String = FileManager.default.currentDirectoryPath) -> ExportOutcome {
        let name = ArticleExport.fileName(article, number: number)
        let stem = String(name.dropLast(4))
        let temporary = folder + "/.kanbao-export-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        defer { unlink(temporary) }
        if let failure = DurableFile.write(Array(ArticleExport.text(article).utf8), to: temporary, mode: 0o644) {
            return .failed(file: name, reason: String(cString: strerror(failure.code)))
        }
        for attempt in 1...100 {
            let file = attempt == 1 ? name : "\(stem)-\(attempt).txt"
            if link(temporary, folder + "/" + file) == 0 { return .saved(file: file) }
            if errno != EEXIST { return .failed(file: file, reason: String(cString: strerror(errno))) }
        }
        return .tooMany(stem: stem)
    }

    /// OSC 52 straight to the terminal (ncurses has no call for it); terminals that do not take it
    /// ignore it.
    static func copy(_ article: Article) -> ExportOutcome {
        let payload = Data(ArticleExport.text(article).utf8).base64EncodedString()
        let sequence = Array("\u{1B}]52;c;\(payload)\u{07}".utf8)
        var offset = 0
        while offset < sequence.count {
            let written = sequence[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { break } }
            offset += written
        }
        return .copied
    }
}
