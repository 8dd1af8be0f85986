/// The theme files of `Themes/`, compiled into the binary from those files, by name (the file name
/// without `.toml`). A test checks that this list and the folder agree.
public enum BundledThemes {
    public static var files: [String: [UInt8]] {
        [
            "mono": PackageResources.mono_toml,
            "newsprint": PackageResources.newsprint_toml,
            "night": PackageResources.night_toml,
            "solarized-dark": PackageResources.solarized_dark_toml,
        ]
    }
}
