import CPoppler
import IssueModel
import PageGeometry

/// A PDF's pages as characters with their boxes and type sizes, read by poppler (its GLib API,
/// `PopplerLibrary`): no PDF is parsed here.
enum PopplerPages {
    /// Each page's text, from the PDF's bytes; an error for bytes poppler cannot open (damaged,
    /// encrypted), for a PDF with no usable text layer (scanned, or fonts without a map to
    /// Unicode: old Founder files), and where poppler is not installed.
    static func pages(of bytes: [UInt8], name: String) throws(PageInputError) -> [PDFPageText] {
        guard let poppler = PopplerLibrary.shared else {
            throw .notArticles(name, reason: "a PDF, and poppler-glib is not installed to read it (apt-get install libpoppler-glib8)")
        }
        var failure: UnsafeMutablePointer<KanbaoGError>?
        let data = bytes.withUnsafeBytes { poppler.bytesNew($0.baseAddress, UInt($0.count)) }
        defer { poppler.bytesUnref(data) }
        guard let document = poppler.documentNew(data, nil, &failure) else {
            let reason = failure.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not a PDF"
            if let failure { poppler.errorFree(failure) }
            throw .notArticles(name, reason: "a PDF that cannot be read (\(reason))")
        }
        defer { poppler.objectUnref(document) }
        var pages: [PDFPageText] = []
        for number in 0..<poppler.pageCount(document) {
            guard let page = poppler.page(document, number) else { continue }
            defer { poppler.objectUnref(page) }
            pages.append(text(of: page, poppler))
        }
        let characters = pages.flatMap(\.glyphs).filter { !$0.scalar.properties.isWhitespace }
        // (A text layer of nothing, or of codes that are no characters: private use, replacement, controls.)
        let readable = characters.filter { glyph in
            let value = glyph.scalar.value
            return !(0xE000...0xF8FF).contains(value) && value != 0xFFFD && value >= 0x20
        }.count
        guard readable > 0, Double(readable) >= 0.8 * Double(characters.count) else {
            throw .notArticles(name, reason: "no text layer: a scanned or encoded page")
        }
        return pages
    }

    /// One page's characters: poppler's text, a box for each of its characters, and its runs of
    /// one font and size.
    static func text(of page: OpaquePointer, _ poppler: PopplerLibrary) -> PDFPageText {
        var width = 0.0, height = 0.0
        poppler.pageSize(page, &width, &height)
        guard let raw = poppler.text(page) else { return PDFPageText(width: width, height: height, glyphs: []) }
        defer { poppler.free(raw) }
        let text = String(cString: raw)
        var rectangles: UnsafeMutablePointer<KanbaoPopplerRectangle>?
        var count: UInt32 = 0
        _ = poppler.textLayout(page, &rectangles, &count)
        defer { poppler.free(rectangles) }
        var sizes: [(start: Int, end: Int, size: Double)] = []
        let attributes = poppler.textAttributes(page)
        var item = attributes
        while let node = item {
            if let attribute = node.pointee.data?.assumingMemoryBound(to: KanbaoPopplerTextAttributes.self).pointee {
                sizes.append((Int(attribute.start_index), Int(attribute.end_index), attribute.font_size))
            }
            item = node.pointee.next
        }
        poppler.freeAttributes(attributes)
        var glyphs: [PDFGlyph] = [], run = 0, range = 0
        glyphs.reserveCapacity(Int(count))
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < Int(count), let rectangles else { break }
            if scalar == "\n" {
                run += 1
                continue
            }
            while range < sizes.count && sizes[range].end < index { range += 1 }
            let box = rectangles[index]
            // (A font poppler gives no size for — a Type 3 font's — is as tall as its box.)
            let given = range < sizes.count && sizes[range].start <= index ? sizes[range].size : 0
            let size = given > 0 && given.isFinite ? given : max(0, box.y2 - box.y1)
            glyphs.append(PDFGlyph(scalar: scalar, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, size: size, run: run))
        }
        return PDFPageText(width: width, height: height, glyphs: glyphs)
    }
}
