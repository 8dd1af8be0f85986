/// What a piece of the screen is, not how it looks: a theme maps each role to colours and attributes.
/// The one list of roles, shared by the layout, the reader and the themes.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case headline, kicker, subheadline, byline, body, credit, rule
    case selection, hit, currentHit = "current-hit", status, prompt, border, dim, help, error
    /// An inner section head of an article's body (`讲述`, `【热议】`).
    case head
    /// The second search's bars in the archive's chart (`+`), beside the first's (`hit`).
    case compared

    /// The role whose style a theme's missing role takes: a theme written before the role existed
    /// (which, without `inherits`, named every role there was) still loads and draws it.
    public var fallback: Role? {
        switch self {
        case .head: .subheadline
        case .compared: .kicker
        default: nil
        }
    }
}
