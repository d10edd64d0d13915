import Foundation
import NewsPipeline
import Testing

/// Uses only the public API of one module, as a package depending on NewsFigures would.
@Suite struct LibraryAPITests {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static func page() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: root + "/Fixtures/articles/ciie-2020-zhejiang-shine-page.html"))
    }

    @Test func extractsFromDataWithMetadataAndFigures() throws {
        let record = try NewsFiguresExtractor().extract(bytes: try Self.page())
        #expect(record.title == "Strategic cooperation fuels Zhejiang's industrial upgrade")
        #expect(record.published == "2020-11-07T16:50:00+08:00")
        let money = try #require(record.figures.first { $0.text == "US$10.9 billion" })
        #expect(money.kind == .money && money.unit == "USD" && money.value == DecimalValue(10_900_000_000))
        let saturday = try #require(record.figures.first { $0.text == "on Saturday" })
        #expect(saturday.date == DateSpan(start: "2020-11-07", end: "2020-11-07"))
    }

    @Test func extractsFromAStringWithOptions() throws {
        var options = PipelineOptions(fallbackPublished: "2024-10-30", textIsBody: true)
        options.extraction.bareDollar = "HKD"
        let record = try NewsFiguresExtractor(options: options).extract(
            text: "Sales rose 12 percent to $3.2 million on Monday, the company said.", url: "https://example.org/sales")
        #expect(record.url == "https://example.org/sales")
        #expect(record.figures.map(\.text) == ["12 percent", "$3.2 million", "on Monday"])
        #expect(record.figures[1].unit == "HKD")
        #expect(record.figures[2].date?.start == "2024-10-28")
    }

    @Test func badInputThrowsNamingTheSource() {
        #expect(throws: IngestFailure(source: "upload-7", reason: "empty input")) {
            try NewsFiguresExtractor().extract(bytes: Data(), source: "upload-7")
        }
    }

    @Test func recordsAreCodableWithTheContractsNames() throws {
        let record = try NewsFiguresExtractor().extract(bytes: try Self.page())
        let encoded = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(Record.self, from: encoded) == record)
        // Codable output and the command line's line hold the same members and values.
        let viaCodable = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
        let viaLine = try JSONSerialization.jsonObject(with: Data(NewsFiguresExtractor.jsonLine(record).utf8)) as? NSDictionary
        #expect(viaCodable != nil && viaCodable == viaLine)
        // A record the command line wrote decodes.
        let golden = try String(contentsOfFile: Self.root + "/Fixtures/expected/ciie-2020-zhejiang-shine-page.html.json", encoding: .utf8)
        let decoded = try JSONDecoder().decode(Record.self, from: Data(golden.utf8))
        #expect(decoded.figures.count == record.figures.count)
    }

    @Test func recordsCrossTasks() async throws {
        let extractor = NewsFiguresExtractor()
        let page = try Self.page()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<4 { group.addTask { try extractor.extract(bytes: page).figures.count } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(Set(counts).count == 1 && counts.count == 4 && counts[0] > 10)
    }
}
