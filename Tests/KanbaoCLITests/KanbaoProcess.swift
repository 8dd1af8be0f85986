import Foundation

/// Runs the `kanbao` binary built beside the test bundle and collects what it prints.
struct KanbaoProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary under test: `KANBAO_BINARY` if set (CI sets it to the release build, the one users
    /// install), else the debug `kanbao` built beside the test bundle.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["KANBAO_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path).standardizedFileURL
        }
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return testBinary.deletingLastPathComponent().appendingPathComponent("kanbao")
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = repositoryRoot.appendingPathComponent("seeds/000_745ce5cdf6340c81.txt").path

    /// An empty config folder, so that the tests never read the config of whoever runs them.
    static let emptyConfigHome: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-config-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }()

    static func run(
        _ arguments: [String], stdin: [UInt8] = [], in directory: URL? = nil, executable: URL = binary,
        environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment
            .merging(["XDG_CONFIG_HOME": emptyConfigHome, "XDG_STATE_HOME": emptyConfigHome + "/state", "XDG_CACHE_HOME": emptyConfigHome + "/cache",
                      "XDG_DATA_HOME": emptyConfigHome + "/data"]
                .merging(environment) { $1 }) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin))
        try input.fileHandleForWriting.close()
        return finish(process, output: output, errors: errors)
    }

    /// Reads both pipes to the end before waiting, so that a large output cannot block the child;
    /// then its status and what it printed.
    private static func finish(_ process: Process, output: Pipe, errors: Pipe) -> Result {
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs `script` with `sh -c` (for pipes, redirections and traps around kanbao), with the empty
    /// config folder and a plain PATH; what it printed on each stream and its status.
    static func shell(_ script: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ["XDG_CONFIG_HOME": emptyConfigHome, "XDG_DATA_HOME": emptyConfigHome + "/data", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return finish(process, output: output, errors: errors)
    }

    /// A copy of the binary in `folder`, made by `cp` in a process of its own: copied in this one,
    /// the file's write descriptor could leak into a process another test is spawning just then,
    /// and running the copy would fail with "Text file busy".
    static func copiedBinary(into folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent("kanbao")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/cp")
        process.arguments = [binary.path, copy.path]
        try process.run()
        process.waitUntilExit()
        return copy
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kanbao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
