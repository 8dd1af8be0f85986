import BundledFiles
import IssueFiles
import IssueModel
import Settings

/// Reads, decodes and parses the pages named on the command line — one file, several, a folder —
/// or the bundled seed page.
enum PageLoading {
    /// The pages to read, in order: nil stands for the bundled seed page.
    static func paths(_ arguments: [String]) throws(PageInputError) -> [String?] {
        arguments.isEmpty ? [nil] : try PageOrder.paths(arguments)
    }

    static func load(paths: [String?], trace: Trace, warn: (String) -> Void) throws(PageInputError) -> Issue {
        try loadWithKey(paths: paths, trace: trace, warn: warn, keyed: false).issue
    }

    /// The issue, and the key its place is remembered under (a hash of its text, page by page) —
    /// for the reader only: `--json` and `--list` need no key and do not pay for hashing the pages.
    static func loadWithKey(paths: [String?], trace: Trace, warn: (String) -> Void, keyed: Bool = true) throws(PageInputError) -> (issue: Issue, key: String) {
        var pages: [(name: String, issue: Issue)] = []
        var keys: [String] = []
        for path in paths {
            let text = try decodedText(path: path, trace: trace, warn: warn)
            if keyed { keys.append(PlaceStore.key(of: text)) }
            pages.append((path.map(PageOrder.name) ?? BundledSeed.fileName, parsed(text, trace: trace)))
        }
        // One page keeps the key of its text alone, so that places remembered before stay found.
        let key = keys.count == 1 ? keys[0] : PlaceStore.key(of: keys.joined(separator: " "))
        return (Issue.joining(pages), key)
    }

    private static func parsed(_ text: String, trace: Trace) -> Issue {
        let issue = PageParser.parse(text)
        trace.mark("page parsed")
        return issue
    }

    /// The page's text; its bytes are gone by the time it is parsed (a function of its own, so
    /// that they are freed on return rather than held through the parse).
    static func decodedText(path: String?, trace: Trace, warn: (String) -> Void) throws(PageInputError) -> String {
        if let path, let text = PageSource.readPlainText(path: path) {
            trace.mark("page read and decoded in one")
            return text
        }
        let bytes: [UInt8]
        let name: String
        if let path {
            bytes = try PageSource.readBytes(path: path, notice: warn)
            name = path == "-" ? PageSource.standardInputName : path
        } else {
            bytes = BundledSeed.bytes
            name = "seeds/" + BundledSeed.fileName
        }
        trace.mark("page read")
        let decoded = try TextDecoding.decode(bytes, name: name)
        trace.mark("page decoded")
        for warning in decoded.warnings { warn("\(name): warning: \(warning)") }
        return decoded.text
    }
}
