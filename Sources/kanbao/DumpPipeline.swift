import Dispatch
import Foundation
import IssueModel
import TextLayout

/// `--dump`'s articles set on the other cores while the next ones are parsed: each laid out and
/// rendered on a worker (`PlainTextDump.pieces`, a pure function of the article), and written here,
/// on the parsing thread, in the order they came — at most `inFlight` at once and `inFlightBytes` of
/// their text, so that memory stays a few articles, not the issue. An article larger than
/// `alone` is set here, once those before it are written, a few rows at a time as they are made:
/// held whole as text it would cost its size again.
final class DumpPipeline: @unchecked Sendable {
    private enum Step {
        /// An article's number, and the bytes of its text (counted against `inFlightBytes`).
        case article(Int, bytes: Int)
        case banner(String)
        case header(String)
        case warning(String)
    }

    private let writer: PlainTextDump.Writer
    private let options: LayoutOptions
    private let color: Bool
    private let inFlight: Int
    static let inFlightBytes = 4 << 20
    static let alone = 1 << 20
    /// What the workers have set, by article number (under `finished`).
    private let finished = NSCondition()
    private var set: [Int: [PlainTextDump.Piece]] = [:]
    /// What is still to be written, in order; touched by the parsing thread only.
    private var steps: [Step] = []
    private var written = 0
    private var numbered = 0
    private var running = 0
    /// The text of the articles being set (the parsing thread's).
    private var runningBytes = 0

    /// What a warning is said with, in its turn (after the output before it).
    private let say: (String) -> Void

    init(writer: PlainTextDump.Writer, options: LayoutOptions, color: Bool, inFlight: Int = 32, say: @escaping (String) -> Void) {
        self.writer = writer
        self.options = options
        self.color = color
        self.inFlight = inFlight
        self.say = say
    }

    /// A warning of the reading, said after what came before it.
    func warning(_ text: String) {
        steps.append(.warning(text))
        write(waiting: false)
    }

    func banner(_ label: String) {
        steps.append(.banner(label))
        write(waiting: false)
    }

    func header(_ header: String) {
        steps.append(.header(header))
        write(waiting: false)
    }

    func article(_ article: Article) {
        let size = article.paragraphs.reduce(article.headline.utf8.count) { $0 + $1.utf8.count }
        if size > Self.alone {
            write(waiting: true)
            writer.article(article)
            return
        }
        // (Full: the oldest is waited for, so that a slow article holds memory back, not the order.)
        while running >= inFlight || (running > 0 && runningBytes + size > Self.inFlightBytes) { write(waiting: true, atMostOne: true) }
        let number = numbered
        numbered += 1
        running += 1
        runningBytes += size
        steps.append(.article(number, bytes: size))
        let (options, color) = (options, color)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let pieces = PlainTextDump.pieces(article, options: options, color: color)
            finished.lock()
            set[number] = pieces
            finished.broadcast()
            finished.unlock()
        }
        write(waiting: false)
    }

    /// Everything written, every worker waited for.
    func finish() {
        write(waiting: true)
    }

    /// Writes the steps that are ready, from the oldest; `waiting`: waits for an article not set yet.
    private func write(waiting: Bool, atMostOne: Bool = false) {
        while written < steps.count {
            switch steps[written] {
            case .banner(let label): writer.banner(label)
            case .header(let header): writer.header(header)
            case .warning(let text): say(text)
            case .article(let number, let bytes):
                finished.lock()
                while waiting && set[number] == nil { finished.wait() }
                let pieces = set.removeValue(forKey: number)
                finished.unlock()
                guard let pieces else { return }
                writer.emit(pieces)
                running -= 1
                runningBytes -= bytes
                if atMostOne {
                    advance()
                    return
                }
            }
            advance()
        }
    }

    private func advance() {
        written += 1
        // (The written steps dropped now and then, not at each: removing from the front is a copy.)
        if written == steps.count || written >= 256 {
            steps.removeFirst(written)
            written = 0
        }
    }
}
