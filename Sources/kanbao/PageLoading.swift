import BundledFiles
import IssueModel

/// Reads, decodes and parses the page named on the command line, or the bundled seed page.
enum PageLoading {
    static func load(path: String?, warn: (String) -> Void) throws(PageInputError) -> Issue {
        let bytes: [UInt8]
        let name: String
        if let path {
            bytes = try PageSource.readBytes(path: path, notice: warn)
            name = path == "-" ? PageSource.standardInputName : path
        } else {
            bytes = BundledSeed.bytes
            name = "seeds/" + BundledSeed.fileName
        }
        let decoded = try TextDecoding.decode(bytes, name: name)
        for warning in decoded.warnings { warn("\(name): warning: \(warning)") }
        return PageParser.parse(decoded.text)
    }
}
