import IssueModel

/// Page texts: a page (版) as one plain text, the way the seed page is — its articles in order,
/// blocks separated by blank lines, titles told from the text by `PageParser`. A file, `-`, a folder
/// of such files (its own files, not its subfolders'), or a list of them; any file name will do, so
/// this layout comes last.
public struct PageTextLayout: InputLayout {
    public var kind: String { "page texts" }

    public init() {}

    public func owns(file path: String) -> Bool { true }

    public func files(in folder: FolderListing) -> FolderClaim { FolderClaim(files: folder.files, passedOver: folder.passedOver) }

    /// A page a file, in name order (numbers compared as numbers) when there are several.
    public func pages(of files: [String]) -> [PlannedPage] {
        let ordered = files.count > 1 ? files.sorted { PageOrder.precedes(PageOrder.name(of: $0), PageOrder.name(of: $1)) } : files
        return ordered.map { Self.page($0) }
    }

    /// The page of one file; nil for the page bundled with Kanbao, named `bundledName`.
    public static func page(_ file: String?, bundledName: String = "") -> PlannedPage {
        PlannedPage(name: file.map(PageOrder.name) ?? bundledName, files: [file]) { text, header, article in
            PageParser.parse(text, header: header, article: article)
        }
    }
}
