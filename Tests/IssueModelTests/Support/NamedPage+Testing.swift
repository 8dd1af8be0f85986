import TestSupport
import Testing

extension NamedPage: CustomTestStringConvertible {
    public var testDescription: String { name }
}
