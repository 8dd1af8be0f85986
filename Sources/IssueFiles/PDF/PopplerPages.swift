import CPoppler
import IssueModel
import PageGeometry

/// A PDF's pages as characters with their boxes and type sizes, read by poppler (its GLib API):
/// no PDF is parsed here.
enum PopplerPages {
    /// Each page's text, from the PDF's bytes; an error for bytes poppler cannot open (damaged,
    /// encrypted) and for a PDF with no usable text layer (scanned, or fonts without a map to
    /// Unicode: old Founder files).
    static func pages(of bytes: [UInt8], name: String) throws(PageInputError) -> [PDFPageText] {
        var failure: UnsafeMutablePointer<GError>?
        let data = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(data) }
        guard let document = poppler_document_new_from_bytes(data, nil, &failure) else {
            let reason = failure.map { String(cString: $0.pointee.message) } ?? "not a PDF"
            if let failure { g_error_free(failure) }
            throw .notArticles(name, reason: "a PDF that cannot be read (\(reason))")
        }
        defer { kanbao_object_unref(UnsafeMutableRawPointer(document)) }
        var pages: [PDFPageText] = []
        for number in 0..<poppler_document_get_n_pages(document) {
            guard let page = poppler_document_get_page(document, number) else { continue }
            defer { kanbao_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(text(of: page))
        }
        let characters = pages.flatMap(\.glyphs)
        // (A text layer of nothing, or of codes that are no characters: private use, replacement, controls.)
        let readable = characters.filter { glyph in
            let value = glyph.scalar.value
            return !(0xE000...0xF8FF).contains(value) && value != 0xFFFD && value >= 0x20 && !glyph.scalar.properties.isWhitespace
        }.count
        guard readable > 0, Double(readable) >= 0.8 * Double(characters.filter { !$0.scalar.properties.isWhitespace }.count) else {
            throw .notArticles(name, reason: "no text layer: a scanned or encoded page")
        }
        return pages
    }

    /// One page's characters: poppler's text, a box for each of its characters, and its runs of
    /// one font and size.
    static func text(of page: OpaquePointer) -> PDFPageText {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let raw = poppler_page_get_text(page) else { return PDFPageText(width: width, height: height, glyphs: []) }
        defer { kanbao_free(raw) }
        let text = String(cString: raw)
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        poppler_page_get_text_layout(page, &rectangles, &count)
        defer { kanbao_free(rectangles) }
        var sizes: [(start: Int, end: Int, size: Double)] = []
        let attributes = poppler_page_get_text_attributes(page)
        var item = attributes
        while let node = item {
            if let attribute = kanbao_list_data(node)?.assumingMemoryBound(to: PopplerTextAttributes.self).pointee {
                sizes.append((Int(attribute.start_index), Int(attribute.end_index), attribute.font_size))
            }
            item = kanbao_list_next(node)
        }
        poppler_page_free_text_attributes(attributes)
        var glyphs: [PDFGlyph] = [], run = 0, range = 0
        glyphs.reserveCapacity(Int(count))
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < Int(count), let rectangles else { break }
            if scalar == "\n" {
                run += 1
                continue
            }
            while range < sizes.count && sizes[range].end < index { range += 1 }
            let size = range < sizes.count && sizes[range].start <= index ? sizes[range].size : 0
            let box = rectangles[index]
            glyphs.append(PDFGlyph(scalar: scalar, x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, size: size, run: run))
        }
        return PDFPageText(width: width, height: height, glyphs: glyphs)
    }
}
