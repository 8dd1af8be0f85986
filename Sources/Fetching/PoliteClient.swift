import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// HTTP as a good citizen of the sites it reads: one request at a time, a pause between them, a
/// User-Agent naming Kanbao, `Retry-After` honoured on 429 and 503, three retries with backoff on a
/// dropped connection or a timeout. Through the toolchain's own client (URLSession).
public final class PoliteClient: @unchecked Sendable {
    public struct Response: Sendable {
        public let status: Int
        public let body: Data
        /// The validators a conditional request sends back (`If-None-Match`, `If-Modified-Since`).
        public var etag: String?
        public var lastModified: String?
    }

    public enum Failure: Error, Equatable, Sendable {
        /// No answer at all, after the retries: the network, the name or the host is not there.
        case noNetwork(String)
    }

    let pause: TimeInterval
    let userAgent: String
    let retries = 3
    private var lastRequest: Date?
    private let session: URLSession
    /// Hears each request made (for a summary, for tests).
    public var requested: (URL) -> Void = { _ in }

    public init(pause: TimeInterval = 0.5, userAgent: String, timeout: TimeInterval = 30) {
        self.pause = pause
        self.userAgent = userAgent
        _ = Self.sharedCookieStoreMade
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = 1
        // (No cache of its own: a conditional request's 304 comes back as it is, for the caller.)
        configuration.urlCache = nil
        // (Nor cookies or credentials: Foundation's shared stores would make a folder in the
        // user's data folder named after the binary's.)
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCredentialStorage = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration)
    }

    /// Foundation's shared cookie store, which every session's configuration makes once, makes a
    /// folder named after the binary's folder in `$XDG_DATA_HOME` (`~/.local/share/bin`): made
    /// first with that pointed into Kanbao's own folder, it makes it there. (Kanbao keeps no cookie.)
    private static let sharedCookieStoreMade: Void = {
        let data = getenv("XDG_DATA_HOME").map { String(cString: $0) }
        setenv("XDG_DATA_HOME", (data ?? NSHomeDirectory() + "/.local/share") + "/kanbao", 1)
        defer { if let data { setenv("XDG_DATA_HOME", data, 1) } else { unsetenv("XDG_DATA_HOME") } }
        _ = HTTPCookieStorage.shared
    }()

    /// `url`'s answer; a dropped connection or a timeout is tried again (1 s, 2 s, 4 s), a 429 or
    /// 503 after its `Retry-After` (at most a minute).
    /// `headers` go with the request (a conditional request's validators).
    public func get(_ url: URL, headers: [String: String] = [:]) throws(Failure) -> Response {
        var attempt = 0
        while true {
            if let lastRequest, Date().timeIntervalSince(lastRequest) < pause { Thread.sleep(forTimeInterval: pause - Date().timeIntervalSince(lastRequest)) }
            lastRequest = Date()
            requested(url)
            var request = URLRequest(url: url)
            request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (response, failure) = fetch(request)
            if let response {
                if [429, 503].contains(response.status.status), attempt < retries {
                    attempt += 1
                    Thread.sleep(forTimeInterval: min(60, response.retryAfter ?? Double(1 << attempt)))
                    continue
                }
                return response.status
            }
            guard attempt < retries else { throw .noNetwork(failure ?? url.absoluteString) }
            attempt += 1
            Thread.sleep(forTimeInterval: Double(1 << (attempt - 1)) * min(1, max(pause, 0.05)) * 2)
        }
    }

    private func fetch(_ request: URLRequest) -> ((status: Response, retryAfter: Double?)?, String?) {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: ((status: Response, retryAfter: Double?)?, String?) = (nil, nil)
        session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse, error == nil {
                let retryAfter = (http.value(forHTTPHeaderField: "Retry-After")).flatMap(Double.init)
                let response = Response(status: http.statusCode, body: data ?? Data(), etag: http.value(forHTTPHeaderField: "ETag"),
                                        lastModified: http.value(forHTTPHeaderField: "Last-Modified"))
                result = ((response, retryAfter), nil)
            } else {
                result = (nil, error.map { $0.localizedDescription } ?? "no answer")
            }
            done.signal()
        }.resume()
        done.wait()
        return result
    }
}
