import Foundation
import NewsJSON
import TestSupport
import Testing

/// Each output format read back by its real consumer: Python's csv module, the sqlite3 shell.
@Suite(.serialized) struct OutputFormatTests {
    static let inputs = ["Fixtures/articles", "Fixtures/warc/crawl.warc.gz"]

    /// Runs a program with arguments; returns (status, stdout, stderr).
    static func tool(_ program: String, _ arguments: [String], stdin: String? = nil) throws -> (Int32, String, String) {
        let run = try CLITests.execute("/usr/bin/env", [program] + arguments, stdin: stdin)
        return (run.status, run.stdout, run.stderr)
    }

    /// The figures of the JSONL run, as (id, index, kind, text, value) tuples for comparison.
    static func expectedFigures() throws -> [[String]] {
        let run = try CLITests.run(["extract", "--quiet"] + Self.inputs)
        var rows: [[String]] = []
        for record in run.records {
            let id = record["id"]?.stringValue ?? ""
            let figures = record["figures"]?.arrayValue ?? []
            if figures.isEmpty { rows.append([id, "", "", "", ""]) }
            for (i, f) in figures.enumerated() {
                let value: String
                if case let .number(text)? = f["value"] { value = text } else { value = "" }
                rows.append([id, String(i), f["kind"]?.stringValue ?? "", f["text"]?.stringValue ?? "", value])
            }
        }
        return rows
    }

    @Test func csvIsReadBackByPythonsCSVModule() throws {
        let csv = try CLITests.run(["extract", "--quiet", "--format", "csv"] + Self.inputs)
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("id,source,url,title,byline,published,fetched,site,language,figure,kind,text,start,end,value,"))
        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(sys.stdin, strict=True))
            print(json.dumps([[r["id"], r["figure"], r["kind"], r["text"], r["value"]] for r in rows]))
            """
        let (status, out, err) = try Self.tool("python3", ["-c", script], stdin: csv.stdout)
        #expect(status == 0, "\(err)")
        let parsed = try JSONParser.parse(out)
        let rows = parsed.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] } ?? []
        let expected = try Self.expectedFigures()
        #expect(rows.count == expected.count)
        #expect(rows == expected)
        // Fields with commas and quotes survive: a title with a comma is one field.
        #expect(rows.contains { $0[3].contains(",") })
    }

    @Test func csvIsImportedBySQLite3() throws {
        let csv = try CLITests.run(["extract", "--quiet", "--format", "csv"] + Self.inputs)
        let dir = BatchTests.temporaryDirectory("csv")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(FileManager.default.createFile(atPath: dir + "/figures.csv", contents: Data(csv.stdout.utf8)))
        let (status, out, err) = try Self.tool(
            "sqlite3",
            [":memory:", ".import --csv \(dir)/figures.csv f", "SELECT count(*), count(DISTINCT id), sum(kind = 'money') FROM f"])
        #expect(status == 0, "\(err)")
        let expected = try Self.expectedFigures()
        let ids = Set(expected.map { $0[0] }).count
        let money = expected.filter { $0[2] == "money" }.count
        #expect(out == "\(expected.count)|\(ids)|\(money)\n")
    }

    @Test func sqliteStoreIsQueriedBySQLite3AndReRunsUpsert() throws {
        let dir = BatchTests.temporaryDirectory("sqlite")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.run(["extract", "--format", "sqlite", "--output", dir] + Self.inputs)
        #expect(run.status == 0)
        let db = dir + "/records.sqlite"
        let expected = try Self.expectedFigures()
        let figureCount = expected.filter { !$0[1].isEmpty }.count
        let documents = Set(expected.map { $0[0] }).count
        func query(_ sql: String) throws -> String {
            let (status, out, err) = try Self.tool("sqlite3", [db, sql])
            #expect(status == 0, "\(err)")
            return out.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try query("SELECT count(*) FROM documents") == "\(documents)")
        #expect(try query("SELECT count(*) FROM figures") == "\(figureCount)")
        #expect(try query("PRAGMA journal_mode") == "wal")
        let indexes = try query("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        #expect(indexes == "documents_published_day\nfigures_kind\nfigures_kind_unit\nfigures_subject")
        // The README's queries.
        #expect(try query("SELECT value_text FROM figures WHERE text = 'US$10.9 billion' AND unit = 'USD' LIMIT 1") == "10900000000")
        let buyers = try query(
            "SELECT substr(d.published_day, 1, 4), sum(f.value) FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.kind = 'count' AND f.subject LIKE '%buyers%' GROUP BY 1"
        )
        #expect(buyers.split(separator: "\n").contains("2020|29200.0"))  // "14,600 buyers" in the page and its text scrape
        let largest = try query(
            "SELECT f.value_text, f.text, d.title FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.kind = 'money' AND f.unit = 'USD' ORDER BY f.value DESC LIMIT 10"
        )
        #expect(largest.hasPrefix("15700000000|US$15.7 billion|Strategic cooperation fuels Zhejiang's industrial upgrade\n"))
        #expect(largest.contains("10900000000|US$10.9 billion|"))
        let amounts = largest.split(separator: "\n").compactMap { Double($0.split(separator: "|").first ?? "") }
        #expect(amounts.count == largest.split(separator: "\n").count && amounts == amounts.sorted(by: >))
        let decreases = try query(
            "SELECT substr(d.published_day, 1, 7), count(*) FROM figures f JOIN documents d ON d.id = f.document_id WHERE f.kind = 'percent' AND f.change_direction = 'decrease' GROUP BY 1"
        )
        #expect(!decreases.contains("error"))
        #expect(try query("EXPLAIN QUERY PLAN SELECT * FROM figures WHERE kind = 'money'").contains("figures_kind"))
        // Every figure row matches the JSON record's figure of the same document and index.
        let rows = try query("SELECT document_id, figure, kind, text, coalesce(value_text, '') FROM figures ORDER BY rowid")
            .split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        let expectedRows = expected.filter { !$0[1].isEmpty }
        #expect(Set(rows.map { $0.joined(separator: "|") }) == Set(expectedRows.map { $0.joined(separator: "|") }))
        // Another command into the same store (the first run is complete): records are upserted.
        let more = try CLITests.run(["extract", "--quiet", "--format", "sqlite", "--output", dir, "--chunk-size", "2"] + Self.inputs)
        #expect(more.status == 0)
        #expect(try query("SELECT count(*) FROM documents") == "\(documents)")
        #expect(try query("SELECT count(*) FROM figures") == "\(figureCount)")
        #expect(try query("SELECT count(*) FROM (SELECT document_id, figure FROM figures GROUP BY 1, 2 HAVING count(*) > 1)") == "0")
    }

    /// Killed right after a chunk's transaction committed and before state.json said so; resumed.
    @Test func sqliteRunKilledMidWayResumesWithoutDuplicates() throws {
        let dir = BatchTests.temporaryDirectory("sqlite-kill")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let arguments = ["extract", "--quiet", "--format", "sqlite", "--output", dir, "--chunk-size", "3"] + BatchTests.inputs
        let killed = try BatchTests.runQuietly(arguments, environment: ["NEWSFIGURES_KILL_AFTER_CHUNK": "4"])
        #expect(killed.terminationReason == .uncaughtSignal)
        let resumed = try BatchTests.runQuietly(arguments)
        #expect(resumed.terminationStatus == 1)  // the fixtures hold failing inputs
        let reference = try CLITests.run(["extract", "--quiet"] + BatchTests.inputs)
        // Equal content gives equal ids (a page and its .gz): the store keeps one record per id.
        var figuresByID: [String: Int] = [:]
        for record in reference.records { figuresByID[record["id"]?.stringValue ?? ""] = record["figures"]?.arrayValue?.count ?? 0 }
        let figures = figuresByID.values.reduce(0, +)
        let (_, out, _) = try Self.tool(
            "sqlite3", [dir + "/records.sqlite", "SELECT count(*) FROM documents; SELECT count(*) FROM figures"])
        #expect(out == "\(figuresByID.count)\n\(figures)\n")
    }
}
