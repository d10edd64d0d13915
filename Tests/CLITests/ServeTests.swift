import Foundation
import NewsJSON
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real server on a loopback port, called over HTTP.
@Suite(.serialized) struct ServeTests {
    final class Server {
        let process = Process()
        let port: Int

        init(_ extra: [String] = []) throws {
            process.executableURL = URL(fileURLWithPath: CLITests.binary)
            process.arguments = ["serve", "--port", "0"] + extra
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(20)
            while !text.contains("\n"), Date() < deadline {
                let data = err.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            guard let range = text.range(of: "listening on http://127.0.0.1:"),
                let port = Int(text[range.upperBound...].prefix { $0.isNumber })
            else {
                process.terminate()
                throw CancellationError()
            }
            self.port = port
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }

        func call(_ method: String, _ path: String, body: Data? = nil, type: String? = nil) async throws -> (Int, JSONValue?) {
            let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
            var request = URLRequest(url: url)
            request.httpMethod = method
            request.httpBody = body
            if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
            let (data, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            return (status, try? JSONParser.parse(Array(data)))
        }
    }

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Paths.fixture(name)))
    }

    @Test func extractValidateAndHealth() async throws {
        let server = try Server()
        defer { server.stop() }
        let (healthStatus, health) = try await server.call("GET", "/healthz")
        #expect(healthStatus == 200 && health?["status"]?.stringValue == "ok")

        // The same record as the command line writes for the page (apart from its source).
        let page = try Self.fixture("articles/ciie-2020-zhejiang-shine-page.html")
        let (status, record) = try await server.call("POST", "/v1/extract?source=upload", body: page, type: "text/html")
        #expect(status == 200)
        let cli = try CLITests.run(["extract", "--quiet", "Fixtures/articles/ciie-2020-zhejiang-shine-page.html"])
        let expected = try #require(cli.records.first)
        #expect(record?["source"]?.stringValue == "upload")
        #expect(record?["figures"] == expected["figures"])
        #expect(record?["text"] == expected["text"])
        #expect(record?["published"]?.stringValue == "2020-11-07T16:50:00+08:00")

        // Text with a reference date: "on Monday" resolves against it.
        let text = Data("Sales rose 12 percent to $3.2 million on Monday, the company said.".utf8)
        let (_, body) = try await server.call("POST", "/v1/extract?published=2024-10-30&as_body=1", body: text, type: "text/plain")
        let monday = body?["figures"]?.arrayValue?.first { $0["text"]?.stringValue == "on Monday" }
        #expect(monday?["date"]?["start"]?.stringValue == "2024-10-28")

        // /v1/validate: the record is valid; a broken span is an error finding.
        let line = try #require(cli.stdout.split(separator: "\n").first)
        let (validStatus, valid) = try await server.call("POST", "/v1/validate", body: Data(line.utf8), type: "application/json")
        #expect(validStatus == 200 && valid?["valid"] == .bool(true))
        #expect(
            valid?["findings"]?.arrayValue?.compactMap { $0["message"]?.stringValue } == [
                "4,230 companies, increase of 73.8 percent: about 2,434 last year", "43 events, increase of 17: 26 last year",
            ])
        let broken = line.replacingOccurrences(of: "\"text\":\"US$10.9 billion\"", with: "\"text\":\"US$10.8 billion\"")
        #expect(broken != line)
        let (_, invalid) = try await server.call("POST", "/v1/validate", body: Data(broken.utf8), type: "application/json")
        #expect(invalid?["valid"] == .bool(false))
        #expect(invalid?["findings"]?.arrayValue?.first?["rule"]?.stringValue == "schema.figure-span")
    }

    @Test func badRequestsGetClearJSONErrors() async throws {
        let server = try Server(["--max-body", "100000"])
        defer { server.stop() }
        let cases: [(String, Data?, String?, Int, String)] = [
            ("/v1/extract", Data(), "text/plain", 400, "empty input"),
            ("/v1/extract", Data([0, 1, 2, 3, 0, 0]), "text/plain", 400, "binary content"),
            ("/v1/extract", Data("x".utf8), "image/png", 415, "Content-Type image/png"),
            ("/v1/extract?published=yesterday", Data("Hi there.".utf8), "text/plain", 400, "published=yesterday"),
            ("/v1/extract", Data(count: 200_000), "text/html", 413, "over the 100000-byte limit"),
            ("/v1/validate", Data("{not json".utf8), "application/json", 400, "not a newsfigures record"),
            ("/v1/validate", Data("{\"id\": 1}".utf8), "application/json", 400, "not a newsfigures record"),
        ]
        for (path, body, type, expectedStatus, message) in cases {
            let (status, json) = try await server.call("POST", path, body: body, type: type)
            #expect(status == expectedStatus, "\(path) \(type ?? "")")
            #expect(json?["error"]?.stringValue?.contains(message) == true, "\(path): \(String(describing: json))")
            #expect(json?["status"]?.intValue == expectedStatus)
        }
        // Still serving after all of that.
        let (status, _) = try await server.call("GET", "/healthz")
        #expect(status == 200)
    }

    @Test func bindsLoopbackByDefault() throws {
        let server = try Server()
        defer { server.stop() }
        #expect(server.port > 0)
        let run = try CLITests.run(["serve", "--port", "70000"])
        #expect(run.status == 2)
    }
}
