/// What the reader says at its start of the terminal it was given.
public enum AppNotes {
    /// The user's locale is not UTF-8: C.UTF-8 is used instead.
    public static let localeFellBack = "locale is not UTF-8: using C.UTF-8"
}
