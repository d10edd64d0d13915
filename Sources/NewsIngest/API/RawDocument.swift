/// What kind of markup a document holds.
public enum DocumentFormat: String, Sendable {
    case html, text
}

/// One input document, decoded to UTF-8, before chrome stripping.
public struct RawDocument: Sendable {
    /// Where it came from: the path as given, "-" for stdin, "path#L3" for a JSONL line.
    public var source: String
    /// The stable id: given by a JSONL line, or the SHA-256 of the raw bytes.
    public var id: String
    public var url: String?
    /// A published date-time given with the input (JSONL `published`).
    public var published: String?
    /// A title given with the input (JSONL `title`).
    public var title: String?
    /// HTML or text, decided by content when the input does not say.
    public var format: DocumentFormat
    public var text: String
    /// How the bytes were decoded ("utf-8", "utf-8 with BOM", "windows-1252 from <meta charset>", …).
    public var encoding: String
    /// Size of the raw input in bytes.
    public var byteCount: Int
    /// When the page was fetched (`WARC-Date`), for archived pages.
    public var fetched: String?
    /// Offset of the WARC record in its archive file (the gzip member's offset for per-record gzip).
    public var archiveOffset: Int?
    /// What reading the input noticed (a truncated payload, a wrong Content-Length…).
    public var notes: [String] = []

    public init(
        source: String, id: String, url: String? = nil, published: String? = nil, title: String? = nil,
        format: DocumentFormat, text: String, encoding: String, byteCount: Int
    ) {
        self.source = source
        self.id = id
        self.url = url
        self.published = published
        self.title = title
        self.format = format
        self.text = text
        self.encoding = encoding
        self.byteCount = byteCount
    }
}

/// An input that could not be turned into a document.
public struct IngestFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var reason: String
    /// Byte offset of the failed record in its archive, for WARC records.
    public var offset: Int?

    /// True when the input's data was complete and the problem is what follows it (bytes that are
    /// not gzip after the last member): what came before stands.
    public var afterCompleteData = false

    public init(source: String, reason: String, offset: Int? = nil) {
        self.source = source
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(source): \(reason)" }
}
