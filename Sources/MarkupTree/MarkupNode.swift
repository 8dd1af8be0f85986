/// A page's markup as plain values: elements (lower-case names, their attributes) and text, in
/// document order — what libxml2's parsers made of the bytes, copied out so that no C pointer
/// outlives the parse. Comments, scripts, styles and processing instructions are not kept.
public struct MarkupNode: Sendable {
    /// The element's name, lower case; empty for a text node.
    public let name: String
    public let attributes: [String: String]
    public var children: [MarkupNode]
    /// A text node's text; empty for an element.
    public let text: String

    public init(name: String, attributes: [String: String] = [:], children: [MarkupNode] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    public var isText: Bool { name.isEmpty }

    /// The text of the node and all it holds, in order, as it stands (whitespace kept).
    public var textContent: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        if isText { out += text; return }
        for child in children { child.appendText(to: &out) }
    }

    /// The node with every element under it that `removed` picks left out, with all it holds.
    public func without(_ removed: (MarkupNode) -> Bool) -> MarkupNode {
        var copy = self
        copy.children = children.filter { $0.isText || !removed($0) }.map { $0.without(removed) }
        return copy
    }

    /// Whether its class attribute holds `name`.
    public func hasClass(_ name: String) -> Bool {
        attributes["class"]?.split(separator: " ").contains { $0 == name } ?? false
    }

    /// Every element under it (itself first), depth first, in document order; `descend` says
    /// whether to look inside an element.
    public func elements(descending descend: (MarkupNode) -> Bool = { _ in true }) -> [MarkupNode] {
        var found: [MarkupNode] = []
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            guard !node.isText else { continue }
            found.append(node)
            if descend(node) { stack.append(contentsOf: node.children.reversed()) }
        }
        return found
    }

    /// The first element (depth first, itself included) that `matches`.
    public func first(where matches: (MarkupNode) -> Bool) -> MarkupNode? {
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            guard !node.isText else { continue }
            if matches(node) { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }
}
