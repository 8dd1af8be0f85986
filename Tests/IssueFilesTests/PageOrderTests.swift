import IssueFiles
import Testing

/// The order of an issue's pages: by name, numbers compared as numbers.
@Suite struct PageOrderTests {
    @Test func numbersCompareAsNumbers() {
        let names = ["page10.txt", "page2.txt", "A02.txt", "A1.txt", "page1.txt", "page01.txt", "b.txt", "第3版.txt", "第12版.txt"]
        #expect(names.sorted(by: PageOrder.precedes) == [
            "A1.txt", "A02.txt", "b.txt", "page1.txt", "page01.txt", "page2.txt", "page10.txt", "第3版.txt", "第12版.txt",
        ])
    }

    @Test func orderIsStrict() {
        #expect(!PageOrder.precedes("a1", "a1"))
        #expect(PageOrder.precedes("a", "a1"))
        #expect(!PageOrder.precedes("a1", "a"))
    }

    @Test func namesLeaveTheFoldersOut() {
        #expect(PageOrder.name(of: "/tmp/issue/02.txt") == "02.txt")
        #expect(PageOrder.name(of: "02.txt") == "02.txt")
    }
}
