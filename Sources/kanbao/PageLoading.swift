import BundledFiles
import IssueFiles
import IssueModel
import Settings

/// Plans, reads, decodes and parses what was named on the command line — a page, several, a
/// folder of them, a crawler day folder or a folder of such days — or the bundled seed page.
enum PageLoading {
    /// The plan for the arguments; with none, the bundled seed page.
    static func plan(_ arguments: [String]) throws(PageInputError) -> IssuePlan {
        guard !arguments.isEmpty else {
            return IssuePlan(name: BundledSeed.fileName, pages: [PageTextLayout.page(nil, bundledName: BundledSeed.fileName)])
        }
        return try IssuePlan.of(arguments)
    }

    /// The reading of a plan, each file decoded by `decodedText`, with progress on standard error
    /// while many files are read.
    static func reading(_ plan: IssuePlan, trace: Trace, warn: @escaping (String) -> Void) -> IssueReading {
        var reading = IssueReading(plan, text: { (path) throws(PageInputError) in try decodedText(path: path, trace: trace, warn: warn) }, warn: warn)
        let progress = ReadingProgress()
        reading.progress = progress.update
        return reading
    }

    /// The issue, how many files were skipped, and the key its place is remembered under (a hash of
    /// its text, file by file) — for the reader only: `--json` and `--list` need no key and do not
    /// pay for hashing the pages.
    static func load(_ plan: IssuePlan, trace: Trace, warn: @escaping (String) -> Void, keyed: Bool = false)
        throws(PageInputError) -> (issue: Issue, skipped: Int, key: String) {
        var keys: [String] = []
        var reading = reading(plan, trace: trace, warn: warn)
        if keyed { reading.eachText = { keys.append(PlaceStore.key(of: $0)) } }
        let (issue, skipped) = try reading.issue()
        trace.mark("pages parsed")
        return (issue, skipped, PlaceStore.issueKey(keys))
    }


    /// The page's text (the bundled seed's for no path); its bytes are gone by the time it is
    /// parsed (a function of its own, so that they are freed on return rather than held through
    /// the parse).
    static func decodedText(path: String?, trace: Trace, warn: (String) -> Void) throws(PageInputError) -> String {
        defer { trace.mark("page read and decoded") }
        guard path == nil else { return try PageSource.decodedText(path: path ?? "", warn: warn) }
        let name = "seeds/" + BundledSeed.fileName
        let decoded = try TextDecoding.decode(BundledSeed.bytes, name: name)
        for warning in decoded.warnings { warn("\(name): warning: \(warning)") }
        return decoded.text
    }
}
