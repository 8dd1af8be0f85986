@testable import IssueFiles
import IssueModel
import Testing

/// The date and 版 in a page PDF's name, however it is written.
@Suite struct PDFNameTests {
    @Test func dateAndPageInTheName() {
        let day = IssueDate(year: 2018, month: 1, day: 2)
        for name in ["rmrb2018010207.pdf", "20180102-07.pdf", "rmrb-2018-01-02-07.pdf", "2018-01-02_07.pdf"] {
            let place = PDFPageLayout.place(inName: name)
            #expect(place.date == day && place.page == 7, "\(name)")
        }
        #expect(PDFPageLayout.place(inName: "rmrb20180102.pdf") == (day, nil))
        #expect(PDFPageLayout.place(inName: "甘肃法治报922732891.pdf") == (nil, nil))
    }
}
