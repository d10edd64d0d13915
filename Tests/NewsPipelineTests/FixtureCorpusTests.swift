import NewsContent
import NewsIngest
import NewsJSON
import NewsPipeline
import TestSupport
import Testing

/// Fixture folders whose every file has an expected article beside it (NAME.expected.json).
@Suite struct FixtureCorpusTests {
    static func expected(_ path: String) throws -> JSONValue {
        try JSONParser.parse(try #require(TestFiles.readText(path)))
    }

    static func article(_ path: String, source: String) throws -> (RawDocument, Article) {
        let bytes = try #require(TestFiles.read(path))
        guard case let .document(document) = DocumentReader.document(bytes: bytes, source: source) else {
            Issue.record("\(source) did not decode")
            throw CancellationError()
        }
        return (document, ArticlePipeline.article(from: document))
    }

    /// Pages in GBK, GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252, UTF-16 and with lying or late
    /// declarations come out as the right text.
    @Test(arguments: [
        "gbk-meta", "gb18030-httpequiv", "big5-meta", "shift-jis-meta", "euc-kr-meta", "windows-1252-undeclared",
        "utf16le-bom", "meta-lies-utf8", "meta-lies-1252", "meta-late",
    ])
    func encodings(_ name: String) throws {
        let expected = try Self.expected(Paths.fixture("encodings/\(name).expected.json"))
        let (document, article) = try Self.article(Paths.fixture("encodings/\(name).html"), source: name)
        let label = try #require(expected["encoding"]?.stringValue)
        let family: [String: [String]] = [
            "gbk": ["gbk"], "gb18030": ["gb18030"], "big5": ["big5"], "shift_jis": ["shift_jis"], "euc-kr": ["euc-kr"],
            "windows-1252": ["windows-1252"], "utf-16le": ["utf-16le"], "utf-8": ["utf-8"],
        ]
        #expect(family[label]?.contains { document.encoding.lowercased().hasPrefix($0) } == true, "\(name): \(document.encoding)")
        #expect(article.title == expected["title"]?.stringValue, "\(name) title")
        let paragraphs = (expected["paragraphs"]?.arrayValue ?? []).compactMap(\.stringValue)
        #expect(article.paragraphs.map(String.init) == paragraphs, "\(name) body")
        #expect(!article.text.contains("\u{FFFD}"))
    }

    /// Text scrapes of four other sites' layouts.
    @Test(arguments: ["us-local-gazette", "uk-economy-daily", "asia-wire-portal", "tech-blog-magazine"])
    func textScrapes(_ name: String) throws {
        let expected = try Self.expected(Paths.fixture("scrapes/\(name).expected.json"))
        let (_, article) = try Self.article(Paths.fixture("scrapes/\(name).txt"), source: name)
        #expect(article.title == expected["title"]?.stringValue, "\(name) title")
        #expect(article.byline == expected["byline"]?.stringValue, "\(name) byline")
        #expect(article.published == expected["published"]?.stringValue, "\(name) published")
        let paragraphs = (expected["paragraphs"]?.arrayValue ?? []).compactMap(\.stringValue)
        let got = article.paragraphs.map(String.init)
        #expect(got == paragraphs, "\(name) body")
        if got != paragraphs {
            for missing in paragraphs where !got.contains(missing) { Issue.record("\(name) missing: \(missing)") }
            for extra in got where !paragraphs.contains(extra) { Issue.record("\(name) extra: \(extra)") }
        }
    }
}
