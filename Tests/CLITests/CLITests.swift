import Foundation
import NewsJSON
import TestSupport
import Testing

/// End-to-end tests of the built `newsfigures` tool: exit status, stdout records, stderr errors.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var records: [JSONValue] { stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) } }
    }

    static let binary: String = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("newsfigures").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("newsfigures").path,
            Paths.packageRoot + "/.build/debug/newsfigures",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }()

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        try execute(binary, arguments, stdin: stdin)
    }

    /// Runs a program from the package root, feeding `stdin`, and collects its output.
    static func execute(_ executable: String, _ arguments: [String], stdin: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Paths.packageRoot)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func extractsTheFixturesDirectory() throws {
        let run = try Self.run(["extract", "Fixtures/articles"])
        #expect(run.status == 0)
        let sources = run.records.compactMap { $0["source"]?.stringValue }
        #expect(
            sources == [
                "Fixtures/articles/ciie-2020-zhejiang-shine-page.html",
                "Fixtures/articles/ciie-2020-zhejiang-shine-page.txt",
                "Fixtures/articles/ciie-2024-zhejiang-article.txt",
            ])
        #expect(run.stderr.contains("articles 3, skipped 0, failed 0, figures 50"))
    }

    @Test func outputIsDeterministic() throws {
        let a = try Self.run(["extract", "--quiet", "Fixtures/articles"])
        let b = try Self.run(["extract", "--quiet", "Fixtures/articles"])
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.isEmpty)
        #expect(a.stderr.isEmpty)
    }

    @Test func standardInputIsDetectedByContent() throws {
        let html = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2020-zhejiang-shine-page.html")))
        let run = try Self.run(["extract", "-"], stdin: html)
        #expect(run.status == 0)
        let record = try #require(run.records.first)
        #expect(record["source"]?.stringValue == "-")
        #expect(record["byline"]?.stringValue == "Hu Min")
        #expect(record["figures"]?.arrayValue?.count == 19)
    }

    @Test func publishedOptionResolvesDates() throws {
        let run = try Self.run(["extract", "--published", "2024-10-30", "Fixtures/articles/ciie-2024-zhejiang-article.txt"])
        let figures = try #require(run.records.first?["figures"]?.arrayValue)
        let range = try #require(figures.first { $0["text"]?.stringValue == "Nov 5–10" })
        #expect(range["date"]?["start"]?.stringValue == "2024-11-05")
    }

    /// Each bad input gets one line naming it and the reason; the good inputs still come out; exit 1.
    @Test func badInputsAreReportedAndTheBatchGoesOn() throws {
        let run = try Self.run([
            "extract", "Fixtures/bad/empty.txt", "Fixtures/articles/ciie-2024-zhejiang-article.txt",
            "Fixtures/bad/missing.txt", "Fixtures/bad/binary.bin", "Fixtures/bad/invalid-utf8.txt",
            "Fixtures/bad/blank.txt", "Fixtures/bad/mixed.jsonl",
        ])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.hasPrefix("newsfigures: ") }
        #expect(
            errors == [
                "newsfigures: Fixtures/bad/empty.txt: empty input",
                "newsfigures: Fixtures/bad/missing.txt: no such file or directory",
                "newsfigures: Fixtures/bad/binary.bin: binary content (NUL or control bytes), not text or HTML",
                "newsfigures: Fixtures/bad/invalid-utf8.txt: invalid UTF-8 at byte 3",
                "newsfigures: Fixtures/bad/blank.txt: blank input (only whitespace)",
                "newsfigures: Fixtures/bad/mixed.jsonl#L2: invalid JSON at byte 21: unexpected end of input",
                "newsfigures: Fixtures/bad/mixed.jsonl#L3: a JSON line needs \"text\" or \"html\"",
            ])
        let ids = run.records.compactMap { $0["id"]?.stringValue }
        #expect(ids.count == 3)
        #expect(ids.contains("ok-1") && ids.contains("ok-4"))
        // Nothing lost: 3 records + 7 failures = 10 inputs.
        #expect(run.stderr.contains("articles 3, skipped 0, failed 7,"))
    }

    @Test func jsonlHTMLLineUsesItsPublishedDate() throws {
        let run = try Self.run(["extract", "Fixtures/bad/mixed.jsonl"])
        let record = try #require(run.records.first { $0["id"]?.stringValue == "ok-4" })
        #expect(record["source"]?.stringValue == "Fixtures/bad/mixed.jsonl#L5")
        #expect(record["published"]?.stringValue == "2021-06-03")
        let figures = try #require(record["figures"]?.arrayValue)
        #expect(figures.contains { $0["kind"]?.stringValue == "money" && $0["value"] == .number("4500000") })
        #expect(figures.contains { $0["kind"]?.stringValue == "date" && $0["date"]?["start"]?.stringValue == "2021-06-01" })
    }

    @Test func declaredWindows1252IsDecoded() throws {
        let run = try Self.run(["extract", "Fixtures/bad/windows-1252.html"])
        #expect(run.status == 0)
        let record = try #require(run.records.first)
        #expect(record["text"]?.stringValue?.contains("Café owners") == true)
        #expect(record["text"]?.stringValue?.contains("€12") == true)
        #expect(record["encoding"]?.stringValue == "windows-1252 (declared windows-1252)")
        let money = try #require(record["figures"]?.arrayValue?.first { $0["kind"]?.stringValue == "money" })
        #expect(money["unit"]?.stringValue == "EUR")
    }

    @Test(arguments: [
        (["extract"], "no input"),
        (["extract", "--published", "yesterday", "x.txt"], "--published yesterday: not a date"),
        (["extract", "--from-list", "Fixtures"], "is a directory"),
        (["extract", "--from-list", "Fixtures/none.txt"], "no such file"),
        (["extract", "--no-such-flag", "x"], "Unknown option"),
        (["frobnicate"], "Unexpected argument"),
    ])
    func usageErrorsExitTwo(_ arguments: [String], _ message: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2, "\(arguments)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func fromListReadsPaths() throws {
        let run = try Self.run(
            ["extract", "--from-list", "-"],
            stdin: "Fixtures/articles/ciie-2024-zhejiang-article.txt\n# a comment\n\nFixtures/bad/empty.txt\n")
        #expect(run.status == 1)
        #expect(run.records.count == 1)
        #expect(run.stderr.contains("Fixtures/bad/empty.txt: empty input"))
    }

    /// A list saved on Windows: each "\r\n" ends a path (as Characters, "\r\n" never equals "\n",
    /// and the whole list was one path).
    @Test func fromListReadsWindowsLineEndings() throws {
        let run = try Self.run(
            ["extract", "--from-list", "-"],
            stdin: "Fixtures/articles/ciie-2024-zhejiang-article.txt\r\n# a comment\r\n\r\nFixtures/bodies/ciie-2020-zhejiang.txt\r\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.records.count == 2)
        #expect(run.stderr.contains("articles 2, skipped 0, failed 0"), "\(run.stderr)")
    }

    @Test func cleanPrintsTheBody() throws {
        let run = try Self.run(["clean", "Fixtures/articles/ciie-2020-zhejiang-shine-page.html"])
        #expect(run.status == 0)
        let expected = try #require(TestFiles.readText(Paths.fixture("bodies/ciie-2020-zhejiang.txt")))
        #expect(run.stdout == expected)
        let json = try Self.run(["clean", "--format", "json", "Fixtures/articles/ciie-2020-zhejiang-shine-page.html"])
        let record = try #require(json.records.first)
        #expect(record["metadata_sources"]?["title"]?.stringValue == "json-ld")
        #expect(record["title"]?.stringValue == "Strategic cooperation fuels Zhejiang's industrial upgrade")
    }

    @Test func jsonLinesOnStandardInputAreDetected() throws {
        let run = try Self.run(
            ["extract", "-"],
            stdin:
                "{\"id\":\"a\",\"text\":\"The fair drew 1,200 visitors on Monday.\"}\n{\"id\":\"b\",\"html\":\"<p>It sold 300 tickets online, organisers said on Monday.</p>\"}\n"
        )
        #expect(run.status == 0)
        #expect(run.records.map { $0["id"]?.stringValue } == ["a", "b"])
        #expect(run.records.map { $0["source"]?.stringValue } == ["-#L1", "-#L2"])
    }

    @Test func jsonLinePublishedMustBeISO8601() throws {
        let run = try Self.run(["extract", "-"], stdin: "{\"text\":\"The fair drew 1,200 visitors.\",\"published\":\"last tuesday\"}\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("-#L1: \"published\" must be an ISO 8601 date or date-time, not \"last tuesday\""))
    }

    /// An empty "published" is unknown, as null is: the record is read, and nothing relative is guessed.
    @Test func jsonLineEmptyPublishedIsUnknown() throws {
        let run = try Self.run(
            ["extract", "-"], stdin: "{\"text\":\"On Nov. 5, 2020, the fair drew 1,200 visitors on Monday.\",\"published\":\"\"}\n")
        #expect(run.status == 0)
        let figures = run.records.first?["figures"]?.arrayValue ?? []
        #expect(figures.compactMap { $0["text"]?.stringValue } == ["Nov. 5, 2020", "1,200"])
        #expect(run.records.first?["published"]?.isNull == true)
    }

    @Test func emptyBodyIsARecordWithAWarning() throws {
        let run = try Self.run(["extract", "-"], stdin: "<html><body><nav><a href=\"/\">Home</a></nav></body></html>")
        #expect(run.status == 0)
        #expect(run.records.count == 1)
        #expect(run.records.first?["text"]?.stringValue == "")
        #expect(run.stderr.contains("newsfigures: -: warning: empty body"))
    }

    @Test func otherFilesInADirectoryAreCountedAsSkipped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nf-skip-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "The fair drew 1,200 visitors on Monday, organisers said.".write(
            to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "notes".write(to: dir.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let run = try Self.run(["extract", dir.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("articles 1, skipped 1, failed 0"))
    }

    @Test func benchTimesEveryStage() throws {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("nf-bench-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: json) }
        let run = try Self.run(["bench", "--repeat", "1", "--json", json, "Fixtures/articles"])
        #expect(run.status == 0)
        for stage in ["decode", "parse", "clean", "figures", "records", "end-to-end"] { #expect(run.stdout.contains(stage)) }
        let report = try JSONParser.parse(try #require(TestFiles.readText(json)))
        #expect(report["pages"]?.intValue == 3)
        #expect(report["stages"]?["clean"]?["pages_per_s"]?.doubleValue ?? 0 > 0)
    }

    @Test func helpExitsZero() throws {
        let run = try Self.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("extract"))
    }
}
