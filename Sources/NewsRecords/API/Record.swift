import NewsFigures
import NewsValidation

/// One article's record: the contract other programs read (schema "newsfigures/1").
/// Fields may be added; the ones in DESIGN.md are never renamed.
public struct Record: Sendable, Equatable {
    public static let schema = "newsfigures/1"

    public var id: String
    public var source: String
    public var url: String?
    public var title: String?
    public var byline: String?
    public var published: String?
    public var text: String
    public var figures: [Figure]
    // Additions beyond the version 1 contract.
    public var modified: String?
    public var site: String?
    public var language: String?
    /// How the input bytes were decoded.
    public var encoding: String?
    /// Where each metadata field came from ("title" → "json-ld", "published" → "dateline", …).
    public var metadataSources: [String: String]
    /// Notes from chrome stripping (empty body, fallback used …).
    public var diagnostics: [String]
    /// Validation findings, when asked for.
    public var findings: [Finding]?
    /// When an archived page was fetched (`WARC-Date`); written only when known.
    public var fetched: String?
    /// Offset of the WARC record in its archive file; written only for WARC records.
    public var archiveOffset: Int?

    public init(
        id: String, source: String, url: String? = nil, title: String? = nil, byline: String? = nil,
        published: String? = nil, text: String, figures: [Figure], modified: String? = nil, site: String? = nil,
        language: String? = nil, encoding: String? = nil, metadataSources: [String: String] = [:], diagnostics: [String] = [],
        findings: [Finding]? = nil
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.title = title
        self.byline = byline
        self.published = published
        self.text = text
        self.figures = figures
        self.modified = modified
        self.site = site
        self.language = language
        self.encoding = encoding
        self.metadataSources = metadataSources
        self.diagnostics = diagnostics
        self.findings = findings
    }
}
