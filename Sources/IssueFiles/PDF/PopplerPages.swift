import CPoppler
import IssueModel
import PageGeometry

/// A PDF's pages as characters with their boxes and type sizes, read by poppler (its GLib API,
/// `PopplerLibrary`): no PDF is parsed here.
enum PopplerPages {
    /// Each page's text, from the PDF's bytes, as `read` makes it (a page's characters dropped when
    /// it is read: a merged day's held at once were most of the memory it took); an error for bytes
    /// poppler cannot open (damaged, encrypted), for a PDF with no usable text layer (scanned, or
    /// fonts without a map to Unicode: old Founder files), and where poppler is not installed.
    static func pages<Read>(of bytes: [UInt8], name: String, each read: (PDFPageText) -> Read) throws(PageInputError) -> [Read] {
        guard let poppler = PopplerLibrary.shared else {
            throw .notArticles(name, reason: "a PDF, and poppler-glib is not installed to read it (apt-get install libpoppler-glib8)")
        }
        // (The document reads the bytes where they lie, uncopied: it lives only within this.)
        let result = bytes.withUnsafeBytes { raw in Result { () throws(PageInputError) in try pages(of: raw, name: name, poppler, each: read) } }
        return try result.get()
    }

    private static func pages<Read>(of raw: UnsafeRawBufferPointer, name: String, _ poppler: PopplerLibrary,
                            each read: (PDFPageText) -> Read) throws(PageInputError) -> [Read] {
        var failure: UnsafeMutablePointer<KanbaoGError>?
        let data = poppler.bytesNew(raw.baseAddress, UInt(raw.count))
        defer { poppler.bytesUnref(data) }
        guard let document = poppler.documentNew(data, nil, &failure) else {
            let reason = failure.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not a PDF"
            if let failure { poppler.errorFree(failure) }
            throw .notArticles(name, reason: "a PDF that cannot be read (\(reason))")
        }
        defer { poppler.objectUnref(document) }
        var pages: [Read] = []
        // (A text layer of nothing, or of codes that are no characters: private use, replacement, controls.)
        var characters = 0, readable = 0
        for number in 0..<poppler.pageCount(document) {
            guard let page = poppler.page(document, number) else { continue }
            defer { poppler.objectUnref(page) }
            let text = text(of: page, poppler)
            for glyph in text.glyphs where !glyph.scalar.properties.isWhitespace {
                let value = glyph.scalar.value
                characters += 1
                if !(0xE000...0xF8FF).contains(value) && value != 0xFFFD && value >= 0x20 { readable += 1 }
            }
            pages.append(read(text))
        }
        guard readable > 0, Double(readable) >= 0.8 * Double(characters) else {
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
        // (Each run of one font and size; its font a number, the same for the same name on the page.)
        var sizes: [(start: Int, end: Int, size: Double, font: Int)] = [], fonts: [String: Int] = [:]
        let attributes = poppler.textAttributes(page)
        var item = attributes
        while let node = item {
            if let attribute = node.pointee.data?.assumingMemoryBound(to: KanbaoPopplerTextAttributes.self).pointee {
                var font = 0
                if let name = attribute.font_name.map({ String(cString: $0) }), !name.isEmpty {
                    font = fonts[name] ?? fonts.count + 1
                    fonts[name] = font
                }
                sizes.append((Int(attribute.start_index), Int(attribute.end_index), attribute.font_size, font))
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
            let within = range < sizes.count && sizes[range].start <= index
            let given = within ? sizes[range].size : 0
            let size = given > 0 && given.isFinite ? given : max(0, box.y2 - box.y1)
            glyphs.append(PDFGlyph(scalar: scalar, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, size: size, run: run,
                                   font: within ? sizes[range].font : 0))
        }
        return PDFPageText(width: width, height: height, glyphs: glyphs)
    }
}
