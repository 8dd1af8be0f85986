/// What a piece of the screen is, not how it looks: a theme maps each role to colours and attributes.
/// The one list of roles, shared by the layout, the reader and the themes.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case headline, kicker, subheadline, byline, body, credit, rule
    case selection, hit, currentHit = "current-hit", status, prompt, border, dim, help, error
}
