import NewsFigures
import NewsValidation

/// One article's record: the contract other programs read (schema "newsfigures/1").
/// Fields may be added; the ones in DESIGN.md are never renamed.
public struct Record: Sendable, Equatable, Codable {
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

extension Record {
    /// The record contract's member names (`schema` is written, and checked when read).
    enum CodingKeys: String, CodingKey {
        case schema, id, source, url, title, byline, published, text, figures, modified, site, language, encoding
        case metadataSources = "metadata_sources"
        case diagnostics, findings, fetched
        case archiveOffset = "archive_offset"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let schema = try c.decodeIfPresent(String.self, forKey: .schema), schema != Record.schema {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: c, debugDescription: "unknown schema \(schema)")
        }
        self.init(
            id: try c.decode(String.self, forKey: .id), source: try c.decode(String.self, forKey: .source),
            url: try c.decodeIfPresent(String.self, forKey: .url), title: try c.decodeIfPresent(String.self, forKey: .title),
            byline: try c.decodeIfPresent(String.self, forKey: .byline),
            published: try c.decodeIfPresent(String.self, forKey: .published), text: try c.decode(String.self, forKey: .text),
            figures: try c.decode([Figure].self, forKey: .figures), modified: try c.decodeIfPresent(String.self, forKey: .modified),
            site: try c.decodeIfPresent(String.self, forKey: .site), language: try c.decodeIfPresent(String.self, forKey: .language),
            encoding: try c.decodeIfPresent(String.self, forKey: .encoding),
            metadataSources: try c.decodeIfPresent([String: String].self, forKey: .metadataSources) ?? [:],
            diagnostics: try c.decodeIfPresent([String].self, forKey: .diagnostics) ?? [],
            findings: try c.decodeIfPresent([Finding].self, forKey: .findings))
        fetched = try c.decodeIfPresent(String.self, forKey: .fetched)
        archiveOffset = try c.decodeIfPresent(Int.self, forKey: .archiveOffset)
    }

    /// Encodes the members the contract always writes (null when absent) and the optional ones when set.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Record.schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(title, forKey: .title)
        try c.encode(byline, forKey: .byline)
        try c.encode(published, forKey: .published)
        try c.encode(text, forKey: .text)
        try c.encode(figures, forKey: .figures)
        try c.encode(modified, forKey: .modified)
        try c.encode(site, forKey: .site)
        try c.encode(language, forKey: .language)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(metadataSources, forKey: .metadataSources)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encodeIfPresent(findings, forKey: .findings)
        try c.encodeIfPresent(fetched, forKey: .fetched)
        try c.encodeIfPresent(archiveOffset, forKey: .archiveOffset)
    }
}
