/// The seed page compiled into the binary from `seeds/`, so `kanbao` with no file works from any
/// directory and from a copied binary.
public enum BundledSeed {
    public static let fileName = "000_745ce5cdf6340c81.txt"
    public static var bytes: [UInt8] { PackageResources._00_745ce5cdf6340c81_txt }
}
