import Foundation
import Testing

/// The layout's output held still while it is made faster: every case of
/// `Tests/Fixtures/dumps/cases.tsv` (the seed, the torture page and real pages; widths, columns,
/// vertical, colour, ambiguous width) printed by the binary must be byte-identical to its golden
/// dump. A deliberate change of typography records them again (`Scripts/record-golden-dumps.sh`).
@Suite struct GoldenDumpTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        var testDescription: String { name }
    }

    static let folder = KanbaoProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/dumps")

    static let cases: [Case] = {
        let table = (try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8)) ?? ""
        return table.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t").map(String.init)
            return Case(name: fields[0], arguments: fields.dropFirst().map { $0.hasPrefix("-") ? $0 : Self.fromRoot($0) })
        }
    }()

    /// A number stays a number; a path is taken from the repository's root.
    static func fromRoot(_ field: String) -> String {
        field.allSatisfy(\.isNumber) ? field : KanbaoProcess.repositoryRoot.appendingPathComponent(field).path
    }

    @Test func theTableIsThere() {
        #expect(Self.cases.count >= 18)
    }

    @Test(arguments: cases) func theDumpIsAsRecorded(_ dump: Case) throws {
        let golden = try Data(contentsOf: Self.folder.appendingPathComponent("golden/\(dump.name).txt"))
        let result = try KanbaoProcess.run(dump.arguments)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let out = Data(result.stdout.utf8)
        guard out != golden else { return }
        let got = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let want = String(decoding: golden, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $1.0 != $1.1 }?.offset ?? min(got.count, want.count)
        Issue.record("""
            \(dump.name) differs from its golden dump at line \(line + 1) (\(got.count) lines, golden \(want.count)):
            got:    \(line < got.count ? String(got[line]) : "(end)")
            golden: \(line < want.count ? String(want[line]) : "(end)")
            """)
    }
}
