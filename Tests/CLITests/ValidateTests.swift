import Foundation
import NewsJSON
import TestSupport
import Testing

/// `newsfigures validate` on the seeds, the doctored seeds, series, gold audits and a SQLite store.
@Suite(.serialized) struct ValidateTests {
    static let seeds: [(path: String, published: String?)] = [
        ("Fixtures/articles/ciie-2020-zhejiang-shine-page.txt", nil),
        ("Fixtures/articles/ciie-2024-zhejiang-article.txt", "2024-10-30"),
    ]

    /// Each doctored copy of a seed and the one rule it must trigger (errors and warnings).
    static let doctored: [(file: String, rule: String, published: String?)] = [
        ("shares-total-120.txt", "shares.total", "2024-10-30"),
        ("part-whole-25-of-24.txt", "part-whole", nil),
        ("change-mismatch.txt", "change.mismatch", nil),
        ("dates-weekday.txt", "dates.weekday", nil),
        ("dates-range-order.txt", "dates.range-order", "2024-10-30"),
        ("dates-future-in-past.txt", "dates.future-in-past", nil),
        ("plausibility-share-over-100.txt", "plausibility.share-over-100", "2024-10-30"),
        ("totals-parts.txt", "totals.parts", "2024-10-30"),
    ]

    /// Extracts records into a temporary JSONL file; returns its path.
    static func records(_ inputs: [(path: String, published: String?)], in dir: String) throws -> String {
        var lines = ""
        for input in inputs {
            let run = try CLITests.run(["extract", "--quiet"] + (input.published.map { ["--published", $0] } ?? []) + [input.path])
            lines += run.stdout
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/records.jsonl"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(lines.utf8)))
        return file
    }

    static func findings(_ run: CLITests.Run) -> [JSONValue] { run.records }

    @Test func seedsGiveTheDerivedValuesAsInfoAndNoErrors() throws {
        let dir = BatchTests.temporaryDirectory("validate-seeds")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.run(["validate", try Self.records(Self.seeds, in: dir)])
        #expect(run.status == 0)
        let all = Self.findings(run)
        #expect(all.allSatisfy { $0["severity"]?.stringValue == "info" })
        #expect(
            all.compactMap { $0["message"]?.stringValue } == [
                "4,230 companies, increase of 73.8 percent: about 2,434 last year", "43 events, increase of 17: 26 last year",
                "23 events plus 22 activities make 45 in all",
            ])
        #expect(run.stderr.contains("records 2, unreadable 0, findings 3 (errors 0, warnings 0, info 3)"))
    }

    @Test(arguments: ValidateTests.doctored.indices)
    func eachDoctoredSeedTriggersExactlyItsRule(index: Int) throws {
        let item = Self.doctored[index]
        let dir = BatchTests.temporaryDirectory("validate-\(index)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = try Self.records([("Fixtures/doctored/" + item.file, item.published)], in: dir)
        let run = try CLITests.run(["validate", file])
        let flagged = Self.findings(run).filter { $0["severity"]?.stringValue != "info" }
        #expect(flagged.compactMap { $0["rule"]?.stringValue } == [item.rule], "\(item.file)")
        let isError = flagged.first?["severity"]?.stringValue == "error"
        #expect(run.status == (isError ? 1 : 0))
        // The figures named exist in the record and their texts are given.
        #expect(flagged.first?["texts"]?.arrayValue?.isEmpty == false)
    }

    @Test func seriesFollowsBuyersAcrossYears() throws {
        let dir = BatchTests.temporaryDirectory("validate-series")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.run(["validate", "--series", try Self.records(Self.seeds, in: dir)])
        #expect(run.status == 0)
        let buyers = try #require(run.records.first { $0["subject"]?.stringValue == "buyers" })
        let points = buyers["points"]?.arrayValue?.map { [$0["published"]?.stringValue ?? "", $0["text"]?.stringValue ?? ""] }
        #expect(points == [["2020-11-07", "14,600"], ["2024-10-30", "over 43,000"]])
        #expect(buyers["contradictions"]?.arrayValue?.isEmpty == true)
    }

    @Test func contradictionsBetweenArticlesOfOneDay() throws {
        let dir = BatchTests.temporaryDirectory("validate-contra")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let a = #"{"id":"a","text":"The fair drew 14,600 buyers on Saturday.","published":"2020-11-07"}"#
        let b = #"{"id":"b","text":"The fair drew 16,000 buyers on Saturday.","published":"2020-11-07"}"#
        let c = #"{"id":"c","text":"The fair drew 14,600 buyers on Saturday.","published":"2020-11-07"}"#
        #expect(FileManager.default.createFile(atPath: dir + "/in.jsonl", contents: Data([a, b, c].joined(separator: "\n").utf8)))
        let extracted = try CLITests.run(["extract", "--quiet", dir + "/in.jsonl"])
        #expect(FileManager.default.createFile(atPath: dir + "/records.jsonl", contents: Data(extracted.stdout.utf8)))
        let run = try CLITests.run(["validate", "--series", dir + "/records.jsonl"])
        let buyers = try #require(run.records.first { $0["subject"]?.stringValue == "buyers" })
        #expect(buyers["points"]?.arrayValue?.count == 3)
        // a and b disagree, b and c disagree, a and c agree.
        #expect(buyers["contradictions"]?.arrayValue?.count == 2)
        #expect(run.stderr.contains("series 1, contradictions 2"))
    }

    @Test func goldAuditOnTheFixtures() throws {
        let dir = BatchTests.temporaryDirectory("validate-gold")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let inputs = ["Fixtures/articles/ciie-2020-zhejiang-shine-page.html", "Fixtures/articles/ciie-2020-zhejiang-shine-page.txt"]
        let file = try Self.records(inputs.map { ($0, nil) } + [("Fixtures/articles/ciie-2024-zhejiang-article.txt", nil)], in: dir)
        let run = try CLITests.run(["validate", "--gold", "Fixtures/expected", file])
        #expect(run.status == 0)
        let all = try #require(run.records.first { $0["kind"]?.stringValue == "all" })
        #expect(all["f1"] == .number("1.000") && all["expected"]?.intValue == 50 && all["found"]?.intValue == 50)
        // Against a gold with its last figure removed and one value changed: one miss, two extras.
        let golden = try #require(TestFiles.readText(Paths.fixture("expected/ciie-2024-zhejiang-article.txt.json")))
        var record = try #require(try JSONSerialization.jsonObject(with: Data(golden.utf8)) as? [String: Any])
        var figures = try #require(record["figures"] as? [[String: Any]])
        figures.removeLast()
        figures[1]["value"] = 44000
        record["figures"] = figures
        let edited = try JSONSerialization.data(withJSONObject: record)
        #expect(FileManager.default.createFile(atPath: dir + "/gold.jsonl", contents: edited))
        let audit = try CLITests.run(["validate", "--gold", dir + "/gold.jsonl", file])
        let count = try #require(audit.records.first { $0["kind"]?.stringValue == "count" })
        #expect(count["matched"]?.intValue == 4 && count["expected"]?.intValue == 5 && count["found"]?.intValue == 6)
        #expect(audit.records.filter { $0["miss"] != nil }.compactMap { $0["miss"]?.stringValue } == ["over 43,000"])
        #expect(audit.records.filter { $0["extra"] != nil }.compactMap { $0["extra"]?.stringValue } == ["over 43,000", "63"])
    }

    @Test func validateWritesFindingsIntoTheStore() throws {
        let dir = BatchTests.temporaryDirectory("validate-store")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let extract = try CLITests.run([
            "extract", "--quiet", "--format", "sqlite", "--output", dir, "Fixtures/articles", "Fixtures/doctored",
        ])
        #expect(extract.status == 0)
        let run = try CLITests.run(["validate", dir + "/records.sqlite"])
        #expect(run.status == 1)  // the doctored copies hold errors
        let (_, out, _) = try OutputFormatTests.tool(
            "sqlite3",
            [dir + "/records.sqlite", "SELECT rule, count(*) FROM findings WHERE severity != 'info' GROUP BY rule ORDER BY rule"])
        #expect(out.contains("change.mismatch|1") && out.contains("dates.weekday|1") && out.contains("part-whole|1"))
        #expect(Self.findings(run).count > 0)
    }

    @Test func crlfRecordFilesAreRead() throws {
        let dir = BatchTests.temporaryDirectory("validate-crlf")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.run(["extract", "--quiet", "Fixtures/articles"])
        let crlf = run.stdout.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(FileManager.default.createFile(atPath: dir + "/records.jsonl", contents: Data(crlf.utf8)))
        let validated = try CLITests.run(["validate", dir + "/records.jsonl"])
        #expect(validated.stderr.contains("records 3, unreadable 0"))
    }

    @Test func unreadableRecordsAreCountedAndFail() throws {
        let dir = BatchTests.temporaryDirectory("validate-bad")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/bad.jsonl", contents: Data("{\"id\": 3}\nnot json\n".utf8)))
        let run = try CLITests.run(["validate", dir + "/bad.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.jsonl#L1: not a record") && run.stderr.contains("bad.jsonl#L2: not a record"))
        #expect(run.stderr.contains("records 0, unreadable 2"))
    }
}
