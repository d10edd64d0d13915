import NewsContent
import NewsFigures
import NewsJSON
import NewsRecords
import NewsValidation
import TestSupport
import Testing

/// The JSON Schema and the Swift encoder name the same members at every level: a member added on
/// one side only fails here.
@Suite struct SchemaDriftTests {
    static func schema() throws -> JSONValue {
        let bytes = try #require(TestFiles.read(Paths.packageRoot + "/schema/record.schema.json"))
        return try JSONParser.parse(bytes)
    }

    static func keys(_ object: JSONValue?) -> Set<String> { Set(object?.objectValue?.map(\.0) ?? []) }

    /// A record with every optional member present.
    static func fullRecord() -> Record {
        let money = Figure(
            kind: .money, text: "¥5 billion", start: 0, end: 10, value: DecimalValue(5_000_000_000), unit: nil,
            subject: "investment", bound: .range, high: DecimalValue(6_000_000_000),
            change: Change(direction: .increase, reference: "last year"), sentence: 0, date: nil, resolved: nil,
            unitCandidates: ["CNY", "JPY"])
        let date = Figure(
            kind: .date, text: "on Saturday", start: 12, end: 23, sentence: 0, date: DateSpan(start: "2020-11-07", end: "2020-11-07"),
            resolved: "relative to published")
        var record = Record(
            id: "x", source: "s", url: "u", title: "t", byline: "b", published: "2020-11-07", text: "¥5 billion, on Saturday",
            figures: [money, date], modified: "2020-11-08", site: "site", language: "en", encoding: "utf-8",
            metadataSources: ["title": "json-ld"], diagnostics: ["d"],
            findings: [Finding(rule: "r", severity: .warning, figures: [0], message: "m")])
        record.fetched = "2021-03-15T08:30:00Z"
        record.archiveOffset = 443
        return record
    }

    @Test func encoderAndSchemaNameTheSameMembers() throws {
        let schema = try Self.schema()
        let written = try JSONParser.parse(RecordJSON.line(Self.fullRecord()))
        #expect(Self.keys(written) == Self.keys(schema["properties"]))
        let figure = try #require(written["figures"]?.arrayValue?.first)
        let figureSchema = schema["$defs"]?["figure"]
        #expect(Self.keys(figure) == Self.keys(figureSchema?["properties"]))
        #expect(Self.keys(figure["change"]) == ["direction", "reference"])
        let date = try #require(written["figures"]?.arrayValue?.last?["date"])
        #expect(Self.keys(date) == ["start", "end"])
        let finding = try #require(written["findings"]?.arrayValue?.first)
        #expect(Self.keys(finding) == Self.keys(schema["$defs"]?["finding"]?["properties"]))
    }

    /// Every source a metadata field can come from is one the schema allows, and no other.
    @Test func metadataSourcesMatchTheSchema() throws {
        let allowed = try Self.schema()["properties"]?["metadata_sources"]?["additionalProperties"]?["enum"]?.arrayValue
        #expect(Set((allowed ?? []).compactMap(\.stringValue)) == Set(MetadataSource.allCases.map(\.rawValue)))
    }

    /// NEL would let line-splitting readers break a JSON line; a quote with a combining mark is still a quote in CSV.
    @Test func awkwardCharactersInJSONAndCSV() throws {
        var record = Self.fullRecord()
        record.title = "Say \"\u{301}hi\" \u{85} now"
        let line = RecordJSON.line(record)
        #expect(line.contains(#"\u0085"#) && !line.unicodeScalars.contains("\u{85}"))
        #expect(try JSONParser.parse(line)["title"]?.stringValue == record.title)
        let csv = RecordCSV.rows(record)
        #expect(csv.contains("\"Say \"\"\u{301}hi\"\" \u{85} now\""))
    }

    @Test func requiredMembersAreAlwaysWritten() throws {
        let schema = try Self.schema()
        let minimal = Record(id: "x", source: "s", text: "", figures: [Figure(kind: .count, text: "6", start: 0, end: 1, sentence: 0)])
        let written = try JSONParser.parse(RecordJSON.line(minimal))
        let required = Set(schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        #expect(!required.isEmpty && required.isSubset(of: Self.keys(written)))
        let figureRequired = Set(schema["$defs"]?["figure"]?["required"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        #expect(figureRequired.isSubset(of: Self.keys(written["figures"]?.arrayValue?.first)))
        // Only the optional members are left out.
        #expect(Self.keys(schema["properties"]).subtracting(Self.keys(written)) == ["findings", "fetched", "archive_offset"])
    }
}
