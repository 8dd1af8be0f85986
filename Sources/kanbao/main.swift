import IssueModel
import BundledFiles

let path = CommandLine.arguments.dropFirst().first
let bytes = try path.map { try PageSource.readBytes(path: $0) } ?? BundledSeed.bytes
let decoded = try TextDecoding.decode(bytes, name: path ?? "seed")
let issue = PageParser.parse(decoded.text)
print(IssueJSON.encode(issue), terminator: "")
