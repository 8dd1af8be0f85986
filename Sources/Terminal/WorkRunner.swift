import Dispatch
import Foundation
import Reader

/// The edge's work for the reader, off the key thread: an archive's issue read, a query counted
/// in every issue, every match found — each answered as an `AppEvent` (with its progress on the
/// way) for the loop to take up between keys; `cancel` stops what runs. No text of its own: what
/// it says comes from the archive's closures.
final class WorkRunner: @unchecked Sendable {
    private let archive: ReaderApp.Archive
    private let lock = NSLock()
    private var events: [AppEvent] = []
    private var cancelled = false
    /// Where the issue last read keeps its place (touched on the loop's thread only, after the
    /// event that carries the issue is taken).
    private var memories: [Int: ReaderApp.Memory] = [:]

    init(_ archive: ReaderApp.Archive) {
        self.archive = archive
    }

    /// The events posted since last asked.
    func take() -> [AppEvent] {
        lock.withLock {
            defer { events = [] }
            return events
        }
    }

    private func post(_ event: AppEvent) {
        lock.withLock { events.append(event) }
    }

    func cancel() {
        lock.withLock { cancelled = true }
    }

    /// Where entry `entry`'s issue keeps its place, once it was read.
    func memory(of entry: Int) -> ReaderApp.Memory? {
        lock.withLock { memories[entry] }
    }

    /// Performs an effect that is work; false for one that is not.
    func perform(_ effect: AppEffect) -> Bool {
        switch effect {
        case .openIssue(let entry):
            run {
                guard let (issue, memory) = self.archive.open(entry) else { return .issueFailed(entry: entry) }
                self.lock.withLock { self.memories[entry] = memory }
                return .issueOpened(entry: entry, issue: issue, place: memory?.place, note: memory?.notice)
            }
        case .count(let query):
            run { self.archive.search(query, self.working).map { .counted(query: query, counts: $0.counts, entries: $0.entries) } ?? .workStopped }
        case .listMatches(let query):
            run { self.archive.matches(query, self.working).map { .listed(query: query, matches: $0) } ?? .workStopped }
        case .fetch:
            guard archive.fetch != nil else {
                post(.fetched(note: AppNotes.notTheLibrary))
                return true
            }
            run { .fetched(note: self.archive.fetch?({ self.post(.landed(entries: $0)) }, self.working) ?? AppNotes.notTheLibrary) }
        case .cancelWork:
            cancel()
        default:
            return false
        }
        return true
    }

    /// The work's progress, posted; false once it was cancelled.
    private func working(_ note: String) -> Bool {
        post(.progress(note))
        return lock.withLock { !cancelled }
    }

    private func run(_ work: @escaping @Sendable () -> AppEvent) {
        lock.withLock { cancelled = false }
        DispatchQueue.global(qos: .userInitiated).async { self.post(work()) }
    }
}
