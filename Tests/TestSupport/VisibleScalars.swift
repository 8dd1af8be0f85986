import Foundation

/// The non-whitespace scalars of a text: what "nothing lost, nothing invented" compares.
public func visibleScalars<S: Sequence<String>>(_ texts: S) -> [Unicode.Scalar] {
    texts.flatMap { $0.unicodeScalars.filter { !$0.properties.isWhitespace } }
}

