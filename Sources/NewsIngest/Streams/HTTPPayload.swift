import CZlib

/// The HTTP response inside a WARC `response` record: status, headers, and the payload with its
/// transfer and content encodings undone.
struct HTTPResponse {
    var status: Int
    /// Header names lower-cased; repeated headers joined with ", ".
    var headers: [String: String]
    var body: [UInt8]

    /// The media type of `Content-Type`, lower-cased, without parameters.
    var mediaType: String? { headers["content-type"].map(HTTPResponse.mediaType) }
    /// The `charset` parameter of `Content-Type`.
    var charset: String? { headers["content-type"].flatMap(HTTPResponse.charset) }

    /// Parses a status line and headers; nil when the block is not an HTTP response.
    static func parse(_ block: [UInt8]) -> HTTPResponse? {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        var i = 0
        var lines: [String] = []
        while i < block.count {
            guard let nl = block[i...].firstIndex(of: 0x0A) else { return nil }
            var line = block[i..<nl]
            if line.last == 0x0D { line = line.dropLast() }
            i = nl + 1
            if line.isEmpty { break }
            lines.append(String(decoding: line, as: UTF8.self))
            if lines.count > 500 { return nil }
        }
        guard let statusLine = lines.first else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces().lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces()
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return HTTPResponse(status: status, headers: headers, body: Array(block[min(i, block.count)...]))
    }

    static func mediaType(_ contentType: String) -> String {
        String(contentType.split(separator: ";", maxSplits: 1).first ?? "").trimmingSpaces().lowercased()
    }

    static func charset(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "charset" else { continue }
            var value = pair[1].trimmingSpaces()
            if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst()) }
            if value.hasSuffix("\"") || value.hasSuffix("'") { value = String(value.dropLast()) }
            return value.isEmpty ? nil : value.lowercased()
        }
        return nil
    }

    /// Media types read as articles; anything else is skipped as a non-HTML payload.
    static func isArticleMediaType(_ type: String) -> Bool {
        type == "text/html" || type == "application/xhtml+xml" || type == "text/plain" || type == "application/xml+html"
    }

    /// Undoes `Transfer-Encoding: chunked` and `Content-Encoding: gzip|deflate` (crawlers store the
    /// bytes as received; some store them already decoded but keep the headers, so each step is
    /// taken only when the bytes really are in that form). Notes say what was done or not done.
    func decodedBody(limit: Int) -> Result<(bytes: [UInt8], notes: [String]), IngestFailureReason> {
        var bytes = body
        var notes: [String] = []
        let transfer = headers["transfer-encoding"]?.lowercased() ?? ""
        if transfer.contains("chunked") {
            switch Self.dechunk(bytes) {
            case let .complete(out): bytes = out
            case let .partial(out):
                bytes = out
                notes.append("chunked payload ends early")
            case .notChunked: break
            }
        }
        let coding = (headers["content-encoding"] ?? "").lowercased().trimmingSpaces()
        if ["gzip", "x-gzip", "deflate"].contains(coding) {
            let looksCompressed =
                bytes.starts(with: GzipStream.magic) || (coding == "deflate" && !(bytes.first.map(Self.isTextStart) ?? true))
            if looksCompressed {
                guard let inflated = Inflate.all(bytes, raw: false, limit: limit) ?? Inflate.all(bytes, raw: true, limit: limit) else {
                    return .failure(IngestFailureReason("\(coding)-encoded payload cannot be decompressed"))
                }
                if inflated.overLimit {
                    return .failure(IngestFailureReason("decompressed payload is over the \(limit)-byte limit"))
                }
                if !inflated.complete { notes.append("\(coding) payload ends early") }
                bytes = inflated.bytes
            }
        } else if !coding.isEmpty, coding != "identity" {
            return .failure(IngestFailureReason("unsupported Content-Encoding \"\(coding)\""))
        }
        return .success((bytes, notes))
    }

    static func isTextStart(_ b: UInt8) -> Bool { b == 0x3C || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0xEF }

    enum Dechunked {
        case complete([UInt8])
        case partial([UInt8])
        case notChunked
    }

    /// Chunk size lines in hex (extensions after ";" ignored), data, CRLF, until a zero-size chunk.
    static func dechunk(_ bytes: [UInt8]) -> Dechunked {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var first = true
        while i < bytes.count {
            guard let nl = bytes[i...].firstIndex(of: 0x0A), nl - i <= 64 else { return first ? .notChunked : .partial(out) }
            var sizeText = String(decoding: bytes[i..<nl], as: UTF8.self).trimmingSpaces()
            if sizeText.hasSuffix("\r") { sizeText.removeLast() }
            if let semicolon = sizeText.firstIndex(of: ";") { sizeText = String(sizeText[..<semicolon]) }
            guard let size = Int(sizeText.trimmingSpaces(), radix: 16), size >= 0 else { return first ? .notChunked : .partial(out) }
            first = false
            i = nl + 1
            if size == 0 { return .complete(out) }
            if size > bytes.count - i {
                out.append(contentsOf: bytes[i...])
                return .partial(out)
            }
            out.append(contentsOf: bytes[i..<(i + size)])
            i += size
            if i < bytes.count, bytes[i] == 0x0D { i += 1 }
            if i < bytes.count, bytes[i] == 0x0A { i += 1 }
        }
        return first ? .notChunked : .partial(out)
    }
}

/// A reason without a source (the caller knows the source).
struct IngestFailureReason: Error {
    var text: String
    init(_ text: String) { self.text = text }
}

/// One-shot inflation of a whole buffer.
enum Inflate {
    struct Output {
        var bytes: [UInt8]
        var complete: Bool
        var overLimit: Bool
    }

    /// gzip or zlib (`raw` false, detected from the header) or raw deflate; nil when the data is not
    /// compressed data at all. Stops at `limit` output bytes (a decompression bomb).
    static func all(_ input: [UInt8], raw: Bool, limit: Int) -> Output? {
        var zs = z_stream()
        guard newsfigures_inflateInit2(&zs, raw ? -15 : 15 + 32) == Z_OK else { return nil }
        defer { inflateEnd(&zs) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var complete = false
        let ok: Bool = input.withUnsafeBufferPointer { inBuffer in
            zs.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            zs.avail_in = uInt(inBuffer.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    zs.next_out = outBuffer.baseAddress
                    zs.avail_out = uInt(outBuffer.count)
                    return inflate(&zs, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(zs.avail_out)
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit { return true }
                if status == Z_STREAM_END {
                    // Another gzip member may follow (a body written in pieces).
                    if !raw, zs.avail_in >= 2, zs.next_in[0] == 0x1F, zs.next_in[1] == 0x8B, inflateReset(&zs) == Z_OK { continue }
                    complete = true
                    return true
                }
                if status == Z_OK { continue }
                if status == Z_BUF_ERROR { return zs.total_out > 0 }  // input ended early
                return zs.total_out > 0  // corrupt after some output: keep what came out
            }
        }
        guard ok else { return nil }
        return Output(bytes: out, complete: complete, overLimit: out.count > limit)
    }
}
