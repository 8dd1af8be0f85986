// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `BundledFiles` lives at the package root so that it can embed seeds/ and Themes/ in place;
/// everything else at the root is excluded from it.
let fileManager = FileManager.default
func entries(_ folder: String) -> [String] {
    (try? fileManager.contentsOfDirectory(atPath: Context.packageDirectory + "/" + folder)) ?? []
}
/// The seed page and every theme file: `BundledThemes` lists the themes by name, and a test checks
/// that the list and the folder agree.
let bundledFiles = ["seeds/000_745ce5cdf6340c81.txt"]
    + entries("Themes").filter { $0.hasSuffix(".toml") }.sorted().map { "Themes/" + $0 }
let bundledFolders = ["seeds", "Themes"]
// (SwiftPM caches a manifest's result by its text, not by the folder: a new top-level folder is
// named here as well, or a cached listing from before it leaves it unhandled, with a warning.)
let knownTopLevel = ["Benchmarks", "Documentation", "Scripts", "Tests"]
let bundledExcludes = Array(Set(entries(".") + knownTopLevel).filter { !(["Sources"] + bundledFolders).contains($0) && !$0.hasPrefix(".build") }).sorted()
    + entries("Sources").filter { $0 != "BundledFiles" }.map { "Sources/" + $0 }
    + bundledFolders.flatMap { folder in entries(folder).map { folder + "/" + $0 } }.filter { !bundledFiles.contains($0) }

let package = Package(
    name: "Kanbao",
    products: [
        .executable(name: "kanbao", targets: ["kanbao"]),
        .executable(name: "kanbao-benchmark", targets: ["KanbaoBenchmark"]),
        .executable(name: "kanbao-line-features", targets: ["LineFeatureExport"]),
    ],
    dependencies: [
        // The command line: --help, --version, validation and exit codes come from here.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // TOML for themes and the config file: toml++ (a complete, tested TOML 1.0 parser) behind a
        // Swift API, with line and column in its syntax errors.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // CSV records (quoted fields with newlines and commas, CRLF, a header row): a reader that
        // is tested on exactly those cases, in pure Swift.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // YAML front matter of Markdown articles (`title: "…"`, lists, quoting): libyaml behind a Swift API.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // The issue model, byte decoding and the page parser. Pure: no terminal, no clock, no file system.
        .target(name: "IssueModel"),
        // Finding and reading the files that make an issue (stat, opendir, poll, FIFOs), which layout
        // they are kept in (Layouts/), and each layout's reader (Records/ for JSON and CSV): paths in,
        // the `Issue` out.
        .target(name: "IssueFiles", dependencies: [
            "IssueModel", "MarkupTree", "PageGeometry", "CPoppler", .product(name: "CSV", package: "CSV.swift"), .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "IssueFilesTests", dependencies: ["IssueFiles", "IssueModel", "TestSupport"]),
        // A newspaper page's characters, with their boxes and sizes, read as lines, blocks, reading
        // order and articles. Pure: the PDF is read by poppler in IssueFiles.
        .target(name: "PageGeometry", dependencies: ["IssueModel"]),
        .testTarget(name: "PageGeometryTests", dependencies: ["PageGeometry", "IssueFiles", "IssueModel"]),
        // poppler's GLib API (the system's: a PDF's text, each character's box and type size): its
        // types; the library is opened at the first PDF (`PopplerLibrary`).
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler"),
        // libxml2 (the system's: a tolerant, fuzzed HTML parser, and its XML parser for feeds).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Markup as plain values: HTML and XML bytes parsed by libxml2 and copied into a tree. No file system.
        .target(name: "MarkupTree", dependencies: ["CLibXML2"]),
        // `kanbao get`: the paper fetched from its site into a library, politely (FoundationNetworking's URLSession).
        .target(name: "Fetching", dependencies: ["IssueModel", "IssueFiles", "Settings"]),
        .testTarget(name: "FetchingTests", dependencies: ["Fetching", "IssueModel", "Settings"]),
        // SQLite (the system's libsqlite3, with FTS5): the archive's search index lives in one.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // An archive of issues: its search index (a cache in SQLite, rebuilt from the files at will),
        // counts and matches over every issue, and search without an index when there can be none.
        .target(name: "Archive", dependencies: ["IssueModel", "IssueFiles", "TextLayout", "TextFolding", "Reader", "CSQLite"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "ArchiveBrowsing", "IssueFiles", "IssueModel", "Reader", "Terminal", "TestSupport"]),
        // What search treats as the same — width, script (traditional = simplified, from OpenCC's
        // data), Latin case — one fold for the reader's search and the archive's index. Pure.
        .target(name: "TextFolding"),
        .testTarget(name: "TextFoldingTests", dependencies: ["TextFolding"]),
        // Sets an article into a grid of terminal cells: widths, line breaking, columns. Pure.
        .target(name: "TextLayout", dependencies: ["IssueModel"]),
        // The files under seeds/ and Themes/ compiled into the binary, so a copied or
        // installed kanbao still opens its bundled page. The files themselves stay the only source.
        .target(
            name: "BundledFiles",
            path: ".",
            exclude: bundledExcludes,
            sources: ["Sources/BundledFiles"],
            resources: bundledFiles.map { .embedInCode($0) }
        ),
        // The archive as the reader browses it: its entries, an issue read with its place, searches
        // through the façade — what `ReaderApp.Archive` is made of.
        .target(name: "ArchiveBrowsing", dependencies: ["Archive", "IssueFiles", "IssueModel", "Reader", "Settings", "Terminal"]),
        .executableTarget(
            name: "kanbao",
            dependencies: [
                "IssueModel", "IssueFiles", "Archive", "ArchiveBrowsing", "TextLayout", "Reader", "Terminal", "Settings", "BundledFiles", "Fetching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release kanbao-benchmark`: parse, layout and per-key reader figures at three sizes.
        .executableTarget(name: "KanbaoBenchmark", dependencies: ["IssueModel", "IssueFiles", "TextLayout", "Reader", "Archive", "BundledFiles"]),
        // `kanbao-line-features PAGE…`: the parser's line features, for Scripts/fit-line-roles.py.
        .executableTarget(name: "LineFeatureExport", dependencies: ["IssueModel"]),
        // Helpers shared by the test targets: the seed page, a reproducible random generator.
        .target(name: "TestSupport", dependencies: ["IssueModel"], path: "Tests/TestSupport"),
        .testTarget(name: "IssueModelTests", dependencies: ["IssueModel", "TestSupport"]),
        // The reader as values: state, events, the reducer, and the views that draw a Frame. Pure.
        .target(name: "Reader", dependencies: ["IssueModel", "TextLayout", "TextFolding"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "IssueModel", "TextLayout", "TextFolding", "TestSupport", "Settings"], exclude: ["Golden"]),
        // Themes and the config file: TOML read into plain values, colours and their fallbacks, key
        // bindings. Pure, but for reading the files.
        .target(name: "Settings", dependencies: [
            "TextLayout", "Reader", "BundledFiles", "IssueFiles", .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        .testTarget(name: "SettingsTests", dependencies: ["Settings", "TextLayout", "Reader", "BundledFiles"]),
        // ncursesw's wide-character API (and glibc's wcwidth), for the terminal front end; the
        // signal handlers and the state they share with Swift, in one C file (signals.c).
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The edge: ncurses start and restore, signals, keys in, frames out.
        .target(name: "Terminal", dependencies: ["CNcursesw", "Reader", "TextLayout", "Settings"]),
        .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout", "IssueModel", "CNcursesw", "TestSupport"], exclude: ["Golden"]),
        // Runs the built `kanbao` binary, as a user would.
        .testTarget(name: "KanbaoCLITests", dependencies: ["kanbao", "Archive"]),
    ],
    swiftLanguageModes: [.v6]
)
