import Foundation
import Reader

/// Remembered places, one small JSON file per issue under `$XDG_STATE_HOME/kanbao/places/`
/// (`~/.local/state/kanbao/places/`), named by a hash of the issue's text, not its path: a copy
/// of the page elsewhere opens at the same place. Written atomically (a temporary file, fsync,
/// rename), so two Kanbaos at once leave one whole file or the other, never a mix.
public struct PlaceStore: Sendable {
    public let folder: String

    public init?(environment: [String: String]) {
        guard let kanbao = XDGFolder.kanbao("XDG_STATE_HOME", fallback: ".local/state", environment: environment) else { return nil }
        folder = kanbao + "/places"
    }

    /// 64-bit FNV-1a of the text's UTF-8, in hex: enough to tell pages apart, cheap on 10 MB.
    public static func key(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The key an issue's place (and read marks) are kept under, from the keys of its files' texts
    /// in order: the same for a day folder opened alone and from its archive.
    public static func issueKey(_ textKeys: [String]) -> String {
        // One file keeps the key of its text alone, so that places remembered before stay found.
        textKeys.count == 1 ? textKeys[0] : key(of: textKeys.joined(separator: " "))
    }

    func path(_ key: String) -> String { folder + "/" + key + ".json" }

    /// The place remembered for `key`; nil if none; a message if the file is there but unreadable.
    public func place(for key: String) -> Result<RememberedPlace?, SettingsMessage> { value(RememberedPlace.self, for: key) }

    /// What is kept under `key` (a place, an archive's memory); nil if nothing; a message if the
    /// file is there but unreadable or not what it should be.
    public func value<Value: Decodable>(_ type: Value.Type, for key: String) -> Result<Value?, SettingsMessage> {
        guard let data = FileManager.default.contents(atPath: path(key)) else {
            return FileManager.default.fileExists(atPath: path(key))
                ? .failure(SettingsMessage("cannot read the remembered place; starting at the top", file: path(key))) : .success(nil)
        }
        guard let value = try? JSONDecoder().decode(Value.self, from: data) else {
            return .failure(SettingsMessage("the remembered place is damaged; starting at the top", file: path(key)))
        }
        return .success(value)
    }

    /// Writes `value` for `key`, atomically (`DurableFile.replace`). Nil when it is kept; else
    /// what went wrong, naming the file, for the user to be told.
    @discardableResult
    public func save<Value: Encodable>(_ value: Value, for key: String) -> SettingsMessage? {
        guard let data = try? JSONEncoder().encode(value) else { return SettingsMessage("could not keep the place", file: path(key)) }
        guard let failure = DurableFile.replace(Array(data), at: path(key), in: folder, mode: 0o600) else { return nil }
        return SettingsMessage("could not keep the place (\(failure.what): \(String(cString: strerror(failure.code))))", file: failure.file)
    }
}
