import NewsIngest
import NewsJSON
import NewsPipeline
import NewsRecords
import TestSupport
import Testing

/// Each fixture in Fixtures/articles has its whole expected record beside it (Fixtures/expected/NAME.EXT.json).
@Suite struct GoldenRecordTests {
    static let fixtures = [
        "articles/ciie-2020-zhejiang-shine-page.txt",
        "articles/ciie-2020-zhejiang-shine-page.html",
        "articles/ciie-2024-zhejiang-article.txt",
    ]

    static func record(_ relative: String) throws -> JSONValue {
        let bytes = try #require(TestFiles.read(Paths.fixture(relative)))
        guard case let .document(document) = DocumentReader.document(bytes: bytes, source: "Fixtures/" + relative) else {
            Issue.record("fixture \(relative) did not decode")
            throw CancellationError()
        }
        let line = RecordJSON.line(ArticlePipeline.record(from: document))
        return try JSONParser.parse(line)
    }

    @Test(arguments: fixtures)
    func matchesGolden(_ relative: String) throws {
        let actual = try Self.record(relative)
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let golden = try #require(TestFiles.readText(Paths.fixture("expected/" + name + ".json")))
        let expected = try JSONParser.parse(golden)
        // Compare member by member so a failure names the field.
        guard case let .object(expectedMembers) = expected, case let .object(actualMembers) = actual else {
            Issue.record("records must be objects")
            return
        }
        #expect(actualMembers.map(\.0) == expectedMembers.map(\.0), "member names and order")
        for (key, value) in expectedMembers where key != "figures" {
            #expect(actual[key] == value, "\(relative): \(key)")
        }
        let actualFigures = actual["figures"]?.arrayValue ?? []
        let expectedFigures = expected["figures"]?.arrayValue ?? []
        #expect(actualFigures.count == expectedFigures.count, "\(relative): figure count")
        for (a, e) in zip(actualFigures, expectedFigures) {
            #expect(a == e, "\(relative): figure \(e["text"]?.stringValue ?? "")")
        }
    }

    /// Offsets are Unicode-scalar offsets and text[start..<end] equals the figure's text, for every figure.
    @Test(arguments: fixtures)
    func everyFigureSpanMatchesTheBody(_ relative: String) throws {
        let record = try Self.record(relative)
        let body = Array(try #require(record["text"]?.stringValue).unicodeScalars)
        let figures = try #require(record["figures"]?.arrayValue)
        #expect(!figures.isEmpty)
        for figure in figures {
            let start = try #require(figure["start"]?.intValue)
            let end = try #require(figure["end"]?.intValue)
            try #require(start >= 0 && start < end && end <= body.count)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: body[start..<end])
            #expect(String(slice) == figure["text"]?.stringValue)
        }
    }

    /// The HTML page of the 2020 article gives the same article and figures as its text scrape.
    @Test func htmlMatchesTextScrape() throws {
        let html = try Self.record("articles/ciie-2020-zhejiang-shine-page.html")
        let text = try Self.record("articles/ciie-2020-zhejiang-shine-page.txt")
        for key in ["title", "byline", "published", "text", "figures"] {
            #expect(html[key] == text[key], "\(key) differs between HTML and text scrape")
        }
        #expect(html["url"]?.stringValue == "https://www.shine.cn/news/metro/201107452816/")
    }

    /// Every record has exactly the contract's fields, with their JSON types.
    @Test(arguments: fixtures)
    func recordContractFields(_ relative: String) throws {
        let record = try Self.record(relative)
        #expect(record["schema"] == .string("newsfigures/1"))
        for key in ["id", "source", "text"] { #expect(record[key]?.stringValue != nil, "\(key) is a string") }
        for key in ["url", "title", "byline", "published"] {
            let value = try #require(record[key], "\(key) present")
            #expect(value.isNull || value.stringValue != nil)
        }
        for figure in try #require(record["figures"]?.arrayValue) {
            for key in ["kind", "text", "start", "end", "value", "unit", "subject", "bound", "high", "change", "sentence", "date"] {
                #expect(figure[key] != nil, "figure field \(key)")
            }
            let kind = try #require(figure["kind"]?.stringValue)
            if kind == "date" {
                #expect(figure["date"]?["start"]?.stringValue != nil)
                #expect(figure["value"]?.isNull == true)
            } else {
                #expect(figure["value"]?.doubleValue != nil)
                #expect(figure["bound"]?.stringValue != nil)
            }
        }
    }

    /// The id is the SHA-256 of the raw bytes (equal to `sha256sum FILE`).
    @Test func idIsTheHashOfTheBytes() throws {
        let record = try Self.record("articles/ciie-2024-zhejiang-article.txt")
        let bytes = try #require(TestFiles.read(Paths.fixture("articles/ciie-2024-zhejiang-article.txt")))
        #expect(record["id"]?.stringValue == SHA256.hex(bytes))
    }

    /// --published supplies the reference date for an article that states none.
    @Test func fallbackPublishedResolvesRelativeDates() throws {
        let bytes = try #require(TestFiles.read(Paths.fixture("articles/ciie-2024-zhejiang-article.txt")))
        guard case let .document(document) = DocumentReader.document(bytes: bytes, source: "x.txt") else { throw CancellationError() }
        let record = ArticlePipeline.record(from: document, options: PipelineOptions(fallbackPublished: "2024-10-30"))
        #expect(record.published == nil)
        #expect(record.figures.contains { $0.text == "Nov 5–10" && $0.date?.start == "2024-11-05" })
        #expect(record.diagnostics.contains { $0.contains("--published 2024-10-30") })
    }

    /// An article that states no date takes the day its address states ("/2020/11/07/"), which dates
    /// "on Saturday"; the page's own date, or one the caller states for the input, goes first.
    @Test func publishedFromTheAddress() throws {
        let text = "The fair opened on Saturday with 1,200 exhibitors, organisers said."
        let dated = RawDocument(
            source: "a.jsonl#L1", id: "a", url: "https://news.example.com/2020/11/07/fair-opens", format: .text, text: text,
            encoding: "utf-8", byteCount: text.utf8.count)
        let record = ArticlePipeline.record(from: dated, options: PipelineOptions(textIsBody: true))
        #expect(record.published == "2020-11-07")
        #expect(record.metadataSources["published"] == "url")
        #expect(record.figures.first { $0.text == "on Saturday" }?.date?.start == "2020-11-07")
        var stated = PipelineOptions(textIsBody: true)
        stated.inputPublished = ["a.jsonl": "2020-11-10"]
        #expect(ArticlePipeline.record(from: dated, options: stated).published == "2020-11-10")
        let own = RawDocument(
            source: "b.jsonl#L1", id: "b", url: "https://news.example.com/2020/11/07/fair-opens", published: "2020-11-08",
            format: .text, text: text, encoding: "utf-8", byteCount: text.utf8.count)
        #expect(ArticlePipeline.record(from: own, options: PipelineOptions(textIsBody: true)).published == "2020-11-08")
        let undated = RawDocument(
            source: "c.jsonl#L1", id: "c", url: "https://news.example.com/2020/11/fair-opens", format: .text, text: text,
            encoding: "utf-8", byteCount: text.utf8.count)
        #expect(ArticlePipeline.record(from: undated, options: PipelineOptions(textIsBody: true)).published == nil)
    }
}
