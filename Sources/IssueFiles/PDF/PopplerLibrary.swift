import CPoppler
import Glibc

/// poppler-glib (and GLib, which it loads), opened at the first PDF read: a start that reads no
/// PDF loads none of its libraries. Nil when it is not installed — a PDF is then one line saying so.
struct PopplerLibrary: @unchecked Sendable {
    typealias BytesNew = @convention(c) (UnsafeRawPointer?, UInt) -> OpaquePointer?
    typealias Release = @convention(c) (OpaquePointer?) -> Void
    typealias Free = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias DocumentNew = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafeMutablePointer<UnsafeMutablePointer<KanbaoGError>?>?)
        -> OpaquePointer?
    typealias ErrorFree = @convention(c) (UnsafeMutablePointer<KanbaoGError>?) -> Void
    typealias PageCount = @convention(c) (OpaquePointer?) -> Int32
    typealias PageAt = @convention(c) (OpaquePointer?, Int32) -> OpaquePointer?
    typealias PageSize = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
    typealias PageText = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>?
    typealias TextLayout = @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<KanbaoPopplerRectangle>?>?,
                                           UnsafeMutablePointer<UInt32>?) -> Int32
    typealias TextAttributes = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<KanbaoGList>?
    typealias FreeAttributes = @convention(c) (UnsafeMutablePointer<KanbaoGList>?) -> Void

    /// (`g_bytes_new_static`: the bytes are not copied — a merged day is tens of MB — and must
    /// outlive the document.)
    let bytesNew: BytesNew
    let bytesUnref: Release
    let objectUnref: Release
    let free: Free
    let documentNew: DocumentNew
    let errorFree: ErrorFree
    let pageCount: PageCount
    let page: PageAt
    let pageSize: PageSize
    let text: PageText
    let textLayout: TextLayout
    let textAttributes: TextAttributes
    let freeAttributes: FreeAttributes

    /// The library, opened once; nil when it cannot be.
    static let shared: PopplerLibrary? = PopplerLibrary()

    private init?() {
        let names = ["libpoppler-glib.so.8", "libpoppler-glib.so"]
        guard let handle = names.lazy.compactMap({ (name: String) in dlopen(name, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        func symbol<Function>(_ name: String, as type: Function.Type) -> Function? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let bytesNew = symbol("g_bytes_new_static", as: BytesNew.self), let bytesUnref = symbol("g_bytes_unref", as: Release.self),
              let objectUnref = symbol("g_object_unref", as: Release.self), let free = symbol("g_free", as: Free.self),
              let documentNew = symbol("poppler_document_new_from_bytes", as: DocumentNew.self),
              let errorFree = symbol("g_error_free", as: ErrorFree.self),
              let pageCount = symbol("poppler_document_get_n_pages", as: PageCount.self),
              let page = symbol("poppler_document_get_page", as: PageAt.self),
              let pageSize = symbol("poppler_page_get_size", as: PageSize.self),
              let text = symbol("poppler_page_get_text", as: PageText.self),
              let textLayout = symbol("poppler_page_get_text_layout", as: TextLayout.self),
              let textAttributes = symbol("poppler_page_get_text_attributes", as: TextAttributes.self),
              let freeAttributes = symbol("poppler_page_free_text_attributes", as: FreeAttributes.self)
        else { return nil }
        (self.bytesNew, self.bytesUnref, self.objectUnref, self.free, self.documentNew, self.errorFree) =
            (bytesNew, bytesUnref, objectUnref, free, documentNew, errorFree)
        (self.pageCount, self.page, self.pageSize, self.text, self.textLayout, self.textAttributes, self.freeAttributes) =
            (pageCount, page, pageSize, text, textLayout, textAttributes, freeAttributes)
    }
}
