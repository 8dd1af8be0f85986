import CLibXML2

/// HTML and XML bytes into `MarkupNode`s through libxml2: its HTML parser (tolerant of the tag
/// soup of real pages: unclosed `<P>`, upper case, stray `</div>`) and its XML parser (feeds). No
/// network, no external entities, no entity expansion beyond the predefined ones, errors not
/// printed: a broken page is what the parser recovers of it.
public enum MarkupParser {
    /// The elements whose text is no page text.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "iframe", "object", "svg", "head"]

    /// `bytes` as HTML; `encoding` is the one the caller knows (`UTF-8` after the shared
    /// detection), nil to let libxml2 take it from a BOM or `<meta charset>`.
    public static func html(_ bytes: [UInt8], encoding: String?) -> MarkupNode? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), nil, encoding, options) }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map(convert)
    }

    /// `bytes` as XML (an RSS or Atom feed).
    public static func xml(_ bytes: [UInt8]) -> MarkupNode? {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, nil, options) }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).map(convert)
    }

    /// The node and what it holds, copied into values (an explicit stack: 10,000 nested elements
    /// are no deeper a recursion than one).
    static func convert(_ root: xmlNodePtr) -> MarkupNode {
        // Each entry: the C node, and the children converted so far for it.
        var stack: [(node: xmlNodePtr, next: xmlNodePtr?, children: [MarkupNode])] = [(root, root.pointee.children, [])]
        while true {
            let top = stack.count - 1
            if let child = stack[top].next {
                stack[top].next = child.pointee.next
                switch child.pointee.type {
                case XML_ELEMENT_NODE:
                    if !dropped.contains(name(of: child)) { stack.append((child, child.pointee.children, [])) }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    let text = child.pointee.content.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? ""
                    stack[top].children.append(MarkupNode(name: "", text: text))
                default:
                    break
                }
                continue
            }
            let done = stack.removeLast()
            let node = MarkupNode(name: name(of: done.node), attributes: attributes(of: done.node), children: done.children)
            if stack.isEmpty { return node }
            stack[stack.count - 1].children.append(node)
        }
    }

    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        let text = String(cString: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)).lowercased()
        // (`content:encoded`: the local name, its prefix kept before it.)
        if let prefix = node.pointee.ns?.pointee.prefix {
            return String(cString: UnsafeRawPointer(prefix).assumingMemoryBound(to: CChar.self)).lowercased() + ":" + text
        }
        return text
    }

    static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[String(cString: UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)).lowercased()] =
                    String(cString: UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                shim_xml_free(value)
            }
            attribute = current.pointee.next
        }
        return attributes
    }
}
