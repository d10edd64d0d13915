/// Where a metadata value was found, from most to least trusted.
public enum MetadataSource: String, Sendable, Codable, CaseIterable {
    case jsonLD = "json-ld"
    case meta = "meta"
    case timeElement = "time-element"
    case titleElement = "title-element"
    case heading = "heading"
    case dateline = "dateline"
    case textLayout = "text-layout"
    /// A day written in the page's address: ".../2019/11/19/...", ".../2019-11-19-...".
    case url = "url"
    case caller = "caller"
}

/// An article with its page chrome removed.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var byline: String?
    /// ISO 8601: "2020-11-07T16:50:00+08:00", or a date alone when no time is known.
    public var published: String?
    public var modified: String?
    /// Canonical URL when the page states one.
    public var url: String?
    public var siteName: String?
    public var language: String?
    /// The body: paragraphs joined by a blank line.
    public var text: String
    /// Which source each metadata field came from ("title" → "json-ld", …).
    public var metadataSources: [String: MetadataSource]
    /// Notes about the extraction a user may want to see (empty body, fallback used, …).
    public var diagnostics: [String]

    public init(
        title: String? = nil, byline: String? = nil, published: String? = nil, modified: String? = nil,
        url: String? = nil, siteName: String? = nil, language: String? = nil, text: String,
        metadataSources: [String: MetadataSource] = [:], diagnostics: [String] = []
    ) {
        self.title = title
        self.byline = byline
        self.published = published
        self.modified = modified
        self.url = url
        self.siteName = siteName
        self.language = language
        self.text = text
        self.metadataSources = metadataSources
        self.diagnostics = diagnostics
    }

    public var paragraphs: [Substring] { text.split(separator: "\n\n", omittingEmptySubsequences: true) }
}
