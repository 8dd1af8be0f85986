import Foundation
import Testing

/// The state the signal handlers share with the main loop exists once in the binary: a `static`
/// in a header became one copy per module in the release build, the handler set one and the loop
/// read the other, and Ctrl-C, SIGTERM and SIGHUP did nothing.
@Suite struct SignalStateTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/nm"), "needs nm (binutils)"))
    func theNotedSignalIsDefinedOnce() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/nm")
        process.arguments = [KanbaoProcess.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let symbols = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Data symbols (b, d: local; B, D: global) by name.
        let data = symbols.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ")
            guard fields.count == 3, ["b", "B", "d", "D"].contains(fields[1]) else { return nil }
            return String(fields[2])
        }
        #expect(data.filter { $0 == "pending_signal" }.count == 1, "\(data.filter { $0.contains("signal") })")
        // No other state of the C shim (a `shim_`-named variable) in more than one copy either.
        let shim = data.filter { $0.hasPrefix("shim_") }
        #expect(Set(shim).count == shim.count, "\(shim)")
    }
}
