import BundledFiles
import IssueModel
import Settings

/// Reads, decodes and parses the page named on the command line, or the bundled seed page.
enum PageLoading {
    static func load(path: String?, trace: Trace, warn: (String) -> Void) throws(PageInputError) -> Issue {
        parsed(try decodedText(path: path, trace: trace, warn: warn), trace: trace)
    }

    /// The issue, and the key its place is remembered under (a hash of its text) — for the reader
    /// only: `--json` and `--list` need no key and do not pay for hashing the page.
    static func loadWithKey(path: String?, trace: Trace, warn: (String) -> Void) throws(PageInputError) -> (issue: Issue, key: String) {
        let text = try decodedText(path: path, trace: trace, warn: warn)
        return (parsed(text, trace: trace), PlaceStore.key(of: text))
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
