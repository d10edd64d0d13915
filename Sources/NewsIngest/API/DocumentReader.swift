import NewsJSON

/// Turns the inputs named on a command line into documents or failures, in a deterministic order.
///
/// Files ending in `.jsonl` hold one document per line (`text` or `html`, optional `id`, `url`,
/// `published`, `title`); "-" is standard input; directories are walked recursively in byte order
/// of names, skipping hidden entries and following symbolic links without looping.
public struct DocumentReader: Sendable {
    /// File name endings read from directories (a file named on the command line is read whatever its name).
    public static let directoryExtensions: [String] = [
        ".html", ".htm", ".xhtml", ".txt", ".text", ".jsonl", ".warc", ".gz",
    ]

    /// One unit of input: a document, a failure, or a file skipped in a directory walk.
    public enum Item: Sendable {
        case document(RawDocument)
        case failure(IngestFailure)
        case skipped(source: String, reason: String)
    }

    /// Whether documents get a SHA-256 id (not needed by `clean`, and 10–15 % of its time).
    public var computeIDs: Bool

    /// The largest single document (a page, one JSON line, one WARC record) after decompression;
    /// larger ones are failures, so a decompression bomb costs at most this much memory.
    public var maxDocumentBytes: Int

    public init(computeIDs: Bool = true, maxDocumentBytes: Int = DocumentReader.defaultMaxDocumentBytes) {
        self.computeIDs = computeIDs
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// Reads every input in order and calls `body` with each item.
    public func read(_ inputs: [String], _ body: (Item) -> Void) {
        read(inputs, progress: { _ in }, body)
    }

    /// Reads every input in order and calls `body` with each item; `progress` is told, after each
    /// item, how many stored bytes (compressed bytes for compressed files) have been read in all.
    public func read(_ inputs: [String], progress: (Int) -> Void, _ body: (Item) -> Void) {
        let finished = ByteCount()
        func each(_ item: Item, _ reader: StreamReader?) {
            body(item)
            progress(finished.bytes + (reader?.storedBytesRead ?? 0))
        }
        for input in inputs {
            switch input == "-" ? .file : FileSystem.kind(of: input) {
            case .missing:
                each(.failure(IngestFailure(source: input, reason: "no such file or directory")), nil)
            case .directory:
                var visited = Set<[UInt64]>()
                walk(input, visited: &visited, finished: finished, each)
            case .other, .file:
                finished.bytes += readFile(input, each)
            }
        }
    }

    private func walk(
        _ directory: String, visited: inout Set<[UInt64]>, finished: ByteCount, _ body: (Item, StreamReader?) -> Void
    ) {
        guard let identity = FileSystem.identity(of: directory), visited.insert(identity).inserted else { return }
        guard let names = FileSystem.list(directory) else {
            body(.failure(IngestFailure(source: directory, reason: "cannot list directory: \(FileSystem.errorText().lowercased())")), nil)
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch FileSystem.kind(of: path) {
            case .directory: walk(path, visited: &visited, finished: finished, body)
            case .file:
                let lower = name.lowercased()
                if Self.directoryExtensions.contains(where: { lower.hasSuffix($0) }) {
                    finished.bytes += readFile(path, body)
                } else {
                    body(.skipped(source: path, reason: "not an article file (\(Self.directoryExtensions.joined(separator: " ")))"), nil)
                }
            default: continue
            }
        }
    }

    /// Reads one input held in memory as a file named `source` would be read: a WARC archive, JSON
    /// lines, gzip of either, or a single page, decided by content (and by a `.jsonl` ending).
    public func read(bytes: [UInt8], source: String, _ body: (Item) -> Void) {
        readStream(MemoryStream(bytes), source: source) { item, _ in body(item) }
    }

    /// Reads one file's items; returns the stored bytes read.
    @discardableResult
    private func readFile(_ path: String, _ body: (Item, StreamReader?) -> Void) -> Int {
        do {
            return readStream(try FileStream(path: path), source: path, body)
        } catch {
            body(.failure(error), nil)
            return 0
        }
    }

    /// Reads the items of one input (a file, standard input or bytes in memory); returns the stored bytes read.
    @discardableResult
    private func readStream(_ stream: ByteStream, source path: String, _ body: (Item, StreamReader?) -> Void) -> Int {
        let reader: StreamReader
        let head: ArraySlice<UInt8>
        do {
            reader = try Self.openStream(stream, source: path)
            head = try reader.peek(4096)
        } catch {
            body(.failure(error), nil)
            return 0
        }
        let lower = path.lowercased()
        func each(_ item: Item) { body(item, reader) }
        if WARCReader.looksLikeWARC(head.drop { $0 == 0x0D || $0 == 0x0A }) {
            readWARC(reader, path: path, each)
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".jsonl.gz") || Self.firstLineIsJSONDocument(reader) {
            readJSONLines(reader, source: path, each)
        } else {
            var trailing: IngestFailure?
            let whole = Result { () throws(IngestFailure) in
                let bytes = try reader.read(maxDocumentBytes + 1)
                // A stream that broke after some bytes (a cut-off or corrupt .gz, a bomb) fails the
                // page; bytes that are not gzip after a whole one only earn the page a note.
                if bytes.count <= maxDocumentBytes {
                    do throws(IngestFailure) { _ = try reader.atEnd() } catch {
                        guard error.afterCompleteData else { throw error }
                        trailing = error
                    }
                }
                return bytes
            }
            switch whole {
            case let .failure(error):
                each(.failure(error))
            case let .success(bytes) where bytes.count > maxDocumentBytes:
                each(.failure(IngestFailure(source: path, reason: "larger than \(maxDocumentBytes) bytes")))
            case let .success(bytes):
                var item = Self.document(bytes: bytes, source: path, id: computeIDs ? nil : "")
                if let trailing, case var .document(document) = item {
                    document.notes.append(trailing.reason)
                    item = .document(document)
                }
                each(item)
            }
        }
        return reader.storedBytesRead
    }

    public static let defaultMaxDocumentBytes = 1 << 28

    /// A file, standard input or bytes in memory, decompressed when it starts with the gzip magic number.
    static func openStream(_ file: ByteStream, source path: String) throws(IngestFailure) -> StreamReader {
        let plain = StreamReader(file)
        let magic = try plain.peek(2)
        guard magic.elementsEqual(GzipStream.magic) else { return plain }
        let buffered = plain.takeBuffered()
        return StreamReader(try GzipStream(PrefixedStream(buffered, then: file), source: path))
    }

    /// Whether the first line is a JSON object with "text" or "html" (standard input has no name).
    private static func firstLineIsJSONDocument(_ reader: StreamReader) -> Bool {
        guard let head = try? reader.peek(1 << 16),
            let first = head.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
            head[first] == UInt8(ascii: "{")
        else { return false }
        if head[first...].contains(0x0A) || head.count < 1 << 16 { return looksLikeJSONLines(Array(head)) }
        // A first line longer than the look-ahead: read it whole, then put it back (a broken stream
        // met on the way is kept for the reader that comes next).
        let line: [UInt8]
        do {
            guard let read = try reader.readLine(limit: defaultMaxDocumentBytes) else { return false }
            line = read
        } catch {
            reader.deferError(error)
            return false
        }
        reader.unread(line)
        return looksLikeJSONLines(line)
    }

    /// JSON lines by content (standard input has no name): the first line is a JSON object with
    /// a "text" or "html" member.
    static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
            bytes[first] == UInt8(ascii: "{")
        else { return false }
        let end = bytes[first...].firstIndex(of: 0x0A) ?? bytes.endIndex
        guard let value = try? JSONParser.parse(Array(bytes[first..<end])), case .object = value else { return false }
        return value["text"] != nil || value["html"] != nil
    }

    /// Decodes one input's bytes (also for callers that have bytes in hand, such as the HTTP service).
    public static func document(
        bytes: [UInt8], source: String, format: DocumentFormat? = nil, id: String? = nil,
        url: String? = nil, published: String? = nil, title: String? = nil, charset: String? = nil
    ) -> Item {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(IngestFailure(source: source, reason: bytes.isEmpty ? "empty input" : "blank input (only whitespace)"))
        }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        var isHTML = format.map { $0 == .html } ?? FormatSniffer.looksLikeHTML(bytes)
        do {
            let decoded = try CharsetDecoder.decode(bytes, source: source, html: isHTML, declared: charset)
            // UTF-16 can only be sniffed once decoded.
            if utf16, format == nil { isHTML = FormatSniffer.looksLikeHTML(Array(decoded.text.utf8.prefix(4096))) }
            return .document(
                RawDocument(
                    source: source, id: id ?? SHA256.hex(bytes), url: url, published: published, title: title,
                    format: isHTML ? .html : .text, text: decoded.text, encoding: decoded.encoding,
                    byteCount: bytes.count))
        } catch {
            return .failure(error)
        }
    }

    private func readJSONLines(_ reader: StreamReader, source: String, _ body: (Item) -> Void) {
        var lineNumber = 0
        var sawLine = false
        while true {
            let next: Result<[UInt8]?, IngestFailure> = Result { () throws(IngestFailure) in
                if let line = try reader.readLine(limit: maxDocumentBytes) { return line }
                if try reader.atEnd() { return nil }
                try reader.skipLine()
                throw IngestFailure(source: source, reason: "line longer than \(maxDocumentBytes) bytes")
            }
            lineNumber += 1
            let lineSource = "\(source)#L\(lineNumber)"
            switch next {
            case let .failure(failure):
                sawLine = true
                body(.failure(IngestFailure(source: lineSource, reason: failure.reason)))
                if failure.reason.hasPrefix("line longer") { continue }
                return
            case .success(nil):
                if !sawLine { body(.failure(IngestFailure(source: source, reason: "empty input (no JSON lines)"))) }
                return
            case var .success(line?):
                if line.last == 0x0A { line.removeLast() }
                if line.last == 0x0D { line.removeLast() }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                sawLine = true
                body(Self.jsonLine(line, source: lineSource))
            }
        }
    }

    static func jsonLine(_ line: [UInt8], source: String) -> Item {
        let value: JSONValue
        do { value = try JSONParser.parse(line) } catch {
            return .failure(IngestFailure(source: source, reason: error.description))
        }
        guard case .object = value else { return .failure(IngestFailure(source: source, reason: "a JSON line must be an object")) }
        func optionalString(_ key: String) -> Result<String?, IngestFailure> {
            guard let member = value[key], !member.isNull else { return .success(nil) }
            guard let s = member.stringValue else { return .failure(IngestFailure(source: source, reason: "\"\(key)\" must be a string")) }
            return .success(s)
        }
        var fields: [String: String] = [:]
        for key in ["id", "url", "published", "title", "text", "html"] {
            switch optionalString(key) {
            case let .failure(f): return .failure(f)
            case let .success(s?): fields[key] = s
            case .success(nil): continue
            }
        }
        // An empty "published" (as dumps write a missing field) is unknown, like null.
        if let published = fields["published"], published.allSatisfy(\.isWhitespace) { fields["published"] = nil }
        if let published = fields["published"], !ISO8601Check.isDateOrDateTime(published) {
            return .failure(
                IngestFailure(source: source, reason: "\"published\" must be an ISO 8601 date or date-time, not \"\(published)\""))
        }
        let content: String
        let format: DocumentFormat
        if let html = fields["html"] {
            content = html; format = .html
        } else if let text = fields["text"] {
            content = text; format = .text
        } else {
            return .failure(IngestFailure(source: source, reason: "a JSON line needs \"text\" or \"html\""))
        }
        if content.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(IngestFailure(source: source, reason: "empty \"\(format == .html ? "html" : "text")\""))
        }
        return .document(
            RawDocument(
                source: source, id: fields["id"] ?? SHA256.hex(line), url: fields["url"],
                published: fields["published"], title: fields["title"], format: format,
                text: content, encoding: "utf-8 (JSON)", byteCount: line.count))
    }
}

/// Whole-input reads for callers outside this module (path lists, the service).
public enum DocumentReaderBytes {
    public static func read(_ path: String, _ body: (Result<[UInt8], IngestFailure>) -> Void) {
        do { body(.success(try FileSystem.read(path))) } catch { body(.failure(error)) }
    }
}

/// Stored bytes of the files finished so far (shared by the walk and the progress callback).
final class ByteCount {
    var bytes = 0
}
