import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import Logging
import NewsJSON
import NewsPipeline

#if canImport(Glibc)
    import Glibc
#endif

/// `newsfigures serve`: the extractor over HTTP (Hummingbird 2).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve extraction over HTTP: POST /v1/extract, POST /v1/validate, GET /healthz.",
        discussion: """
            Examples:
              newsfigures serve                       # http://127.0.0.1:8080
              curl -s --data-binary @page.html -H 'Content-Type: text/html' 'http://127.0.0.1:8080/v1/extract?published=2020-11-07'
            """
    )

    @Option(help: "Address to bind (loopback by default; 0.0.0.0 exposes the service to the network).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one; the address is printed on standard error).")
    var port = 8080

    @Option(name: .customLong("max-body"), help: "Largest request body in bytes; larger ones get 413.")
    var maxBody = 10 << 20

    @Option(name: .customLong("idle-timeout"), help: "Seconds before an idle or stalled connection is closed.")
    var idleTimeout = 30

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port \(port): expected 0 to 65535") }
        if maxBody < 1 { throw ValidationError("--max-body \(maxBody): expected 1 or more") }
        if idleTimeout < 1 { throw ValidationError("--idle-timeout \(idleTimeout): expected 1 or more") }
    }

    func run() throws {
        var logger = Logger(label: "newsfigures")
        logger.logLevel = .warning
        let service = ExtractionService(maxBody: maxBody)
        let router = Router()
        router.get("/healthz") { _, _ in ExtractionService.json(.ok, #"{"status":"ok"}"#) }
        router.post("/v1/extract") { request, _ in await service.extract(request) }
        router.post("/v1/validate") { request, _ in await service.validate(request) }
        let host = host
        let app = Application(
            router: router,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(idleTimeout)))),
            configuration: .init(address: .hostname(host, port: port), serverName: "newsfigures"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                FileOutput.standardError.write("newsfigures: listening on http://\(host):\(port)\n")
            },
            logger: logger
        )
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await app.runService() } catch { failure.message = "\(error)" }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            FileOutput.standardError.write("newsfigures: serve: \(message)\n")
            throw ExitCode(1)
        }
    }
}

final class ServeFailure: @unchecked Sendable {
    var message: String?
}

/// The request handlers: every outcome is a JSON response, never a crash.
struct ExtractionService: Sendable {
    let maxBody: Int

    static func json(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body + "\n")))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var w = JSONWriter()
        w.beginObject()
        w.key("error"); w.string(message)
        w.key("status"); w.int(Int(status.code))
        w.endObject()
        return json(status, w.string)
    }

    /// The body, or the error response (413 over the limit, 400 when it cannot be read).
    func body(_ request: Request) async -> Result<[UInt8], Failure> {
        do {
            var buffer = try await request.body.collect(upTo: maxBody)
            return .success(buffer.readBytes(length: buffer.readableBytes) ?? [])
        } catch {
            if let http = error as? HTTPResponseError, http.status == .contentTooLarge {
                return .failure(Failure(response: Self.error(.contentTooLarge, "request body is over the \(maxBody)-byte limit")))
            }
            return .failure(Failure(response: Self.error(.badRequest, "cannot read the request body: \(error)")))
        }
    }

    struct Failure: Error {
        var response: Response
    }

    /// POST /v1/extract: HTML (`text/html`, `application/xhtml+xml`) or text (`text/plain`) in, the record out.
    /// Query: `published` (reference date), `url`, `source`, `as_body=1`, `validate=1`, `dollar=HKD`.
    func extract(_ request: Request) async -> Response {
        let query = request.uri.queryParameters
        let mediaType = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
            String($0).trimmingCharacters(in: .whitespaces).lowercased()
        }
        let content: NewsFiguresExtractor.Content
        switch mediaType ?? "" {
        case "text/html", "application/xhtml+xml": content = .html
        case "text/plain": content = .text
        case "", "application/octet-stream": content = .detect
        default:
            return Self.error(.unsupportedMediaType, "Content-Type \(mediaType ?? "") is not text/html or text/plain")
        }
        var options = PipelineOptions()
        if let published = query["published"].map(String.init) {
            guard CalendarDate(iso: published) != nil else {
                return Self.error(.badRequest, "published=\(published): not a date (expected YYYY-MM-DD)")
            }
            options.fallbackPublished = published
        }
        if let dollar = query["dollar"].map(String.init) {
            guard dollar.count == 3, dollar.allSatisfy({ $0.isLetter && $0.isUppercase }) else {
                return Self.error(.badRequest, "dollar=\(dollar): expected a three-letter ISO 4217 code")
            }
            options.extraction.bareDollar = dollar
        }
        options.textIsBody = query["as_body"] == "1" || query["as_body"] == "true"
        options.validate = query["validate"] == "1" || query["validate"] == "true"
        let bytes: [UInt8]
        switch await body(request) {
        case let .success(b): bytes = b
        case let .failure(f): return f.response
        }
        let charset = (request.headers[.contentType] ?? "").lowercased().range(of: "charset=").map {
            String((request.headers[.contentType] ?? "").lowercased()[$0.upperBound...]).trimmingCharacters(
                in: CharacterSet(charactersIn: "\" ;"))
        }
        do {
            let record = try NewsFiguresExtractor(options: options).extract(
                bytes: bytes, content: content, charset: charset, source: query["source"].map(String.init) ?? "request",
                url: query["url"].map(String.init))
            return Self.json(.ok, NewsFiguresExtractor.jsonLine(record))
        } catch {
            return Self.error(.badRequest, error.reason)
        }
    }

    /// POST /v1/validate: a record (JSON) in; its findings out, with `valid` false when any is an error.
    func validate(_ request: Request) async -> Response {
        let bytes: [UInt8]
        switch await body(request) {
        case let .success(b): bytes = b
        case let .failure(f): return f.response
        }
        let record: Record
        do { record = try JSONDecoder().decode(Record.self, from: Data(bytes)) } catch {
            return Self.error(.badRequest, "not a newsfigures record: \(Self.describe(error))")
        }
        let findings = Validator.validate(body: record.text, figures: record.figures, published: RecordValidation.referenceDay(of: record))
        var w = JSONWriter()
        w.beginObject()
        w.key("id"); w.string(record.id)
        w.key("valid"); w.bool(!findings.contains { $0.severity == .error })
        w.key("findings")
        w.beginArray()
        for finding in findings { RecordJSON.write(finding, to: &w) }
        w.endArray()
        w.endObject()
        return Self.json(.ok, w.string)
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "missing member \"\(key.stringValue)\""
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case let DecodingError.dataCorrupted(context):
            return context.codingPath.isEmpty ? "invalid JSON" : context.debugDescription
        default: return "\(error)"
        }
    }
}
