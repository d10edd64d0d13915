@_exported import NewsFigures
@_exported import NewsIngest
@_exported import NewsRecords
@_exported import NewsValidation

/// The library in one call: article text or HTML in, a `Record` out.
///
/// `import NewsPipeline` is the only import needed: `Record`, `Figure`, `Finding` and the options
/// come with it. Records are `Codable` (with the record contract's member names) and `Sendable`.
///
///     let extractor = NewsFiguresExtractor(options: .init(fallbackPublished: "2020-11-07"))
///     let record = try extractor.extract(html: page, url: "https://example.org/a")
///     for figure in record.figures where figure.kind == .money { print(figure.text, figure.value!, figure.unit!) }
public struct NewsFiguresExtractor: Sendable {
    public var options: PipelineOptions

    public init(options: PipelineOptions = PipelineOptions()) {
        self.options = options
    }

    /// What the input holds.
    public enum Content: Sendable {
        /// A web page: chrome is stripped before figures are read.
        case html
        /// A plain-text page (chrome stripped by line rules) or, with `PipelineOptions.textIsBody`, an article body.
        case text
        /// Decided by content, as the command line does.
        case detect
    }

    /// Extracts from raw bytes (a `Data`, `[UInt8]`, …): the encoding is decided as for files
    /// (byte-order mark, `charset` if given, `<meta charset>`, UTF-8, Windows-1252 for HTML).
    /// Throws `IngestFailure` for empty, binary or undecodable input.
    public func extract(
        bytes: some Collection<UInt8>, content: Content = .detect, charset: String? = nil, source: String = "input",
        url: String? = nil, published: String? = nil, title: String? = nil
    ) throws(IngestFailure) -> Record {
        let format: DocumentFormat? =
            switch content {
            case .html: .html
            case .text: .text
            case .detect: nil
            }
        switch DocumentReader.document(
            bytes: Array(bytes), source: source, format: format, url: url, published: published, title: title, charset: charset)
        {
        case let .document(document): return ArticlePipeline.record(from: document, options: options)
        case let .failure(failure): throw failure
        case let .skipped(_, reason): throw IngestFailure(source: source, reason: reason)
        }
    }

    /// Extracts from an HTML page.
    public func extract(
        html: String, source: String = "input", url: String? = nil, published: String? = nil, title: String? = nil
    ) throws(IngestFailure) -> Record {
        try extract(bytes: Array(html.utf8), content: .html, charset: "utf-8", source: source, url: url, published: published, title: title)
    }

    /// Extracts from plain text (a text scrape of a page, or an article body with `textIsBody`).
    public func extract(
        text: String, source: String = "input", url: String? = nil, published: String? = nil, title: String? = nil
    ) throws(IngestFailure) -> Record {
        try extract(bytes: Array(text.utf8), content: .text, charset: "utf-8", source: source, url: url, published: published, title: title)
    }

    /// The record as the command line writes it: one JSON line, members in the contract's order.
    public static func jsonLine(_ record: Record) -> String { RecordJSON.line(record) }
}
