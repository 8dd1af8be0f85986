/// What the reader says of itself, not of a page: its start, and keys that have nothing to work on.
public enum AppNotes {
    /// The user's locale is not UTF-8: C.UTF-8 is used instead.
    public static let localeFellBack = "locale is not UTF-8: using C.UTF-8"
    /// `r` on an archive that is not the library.
    public static let notTheLibrary = "r 只取书库的报 fetches into the library only: kanbao (no file) opens it"
    /// The bundled page shows: there is no paper in the library yet.
    public static let noPaperYet = "书库还没有报 no paper yet: kanbao get rmrb fetches today's People's Daily"
}
