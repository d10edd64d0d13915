import Foundation
import NewsJSON
import TestSupport
import Testing

/// `newsfigures report`: records, batch directories (with their failures and skip reasons) and
/// unreadable lines; and the default pipeline's report.html.
@Suite(.serialized) struct ReportCommandTests {
    static func count(_ text: String, _ piece: String) -> Int { text.components(separatedBy: piece).count - 1 }

    @Test func aBatchDirectoryGivesRecordsFailuresAndSkipReasons() throws {
        let dir = BatchTests.temporaryDirectory("report-batch")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let batch = try CLITests.run(["extract", "--quiet", "--output", dir + "/run", "Fixtures/articles", "Fixtures/warc", "Fixtures/bad"])
        #expect(batch.status == 1)  // Fixtures/bad fails, on purpose
        let state = try #require(TestFiles.readText(dir + "/run/state.json").flatMap { try? JSONParser.parse($0) })
        let articles = try #require(state["articles"]?.doubleValue), failed = try #require(state["failed"]?.doubleValue)
        let figures = try #require(state["figures"]?.doubleValue), skipped = try #require(state["skipped"]?.doubleValue)
        let run = try CLITests.run(["report", dir + "/run", "-o", dir + "/report.html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("report: documents \(Int(articles)), figures \(Int(figures)), charts "))
        #expect(run.stderr.contains("failures \(Int(failed)), unreadable 0; wrote \(dir)/report.html"))
        let html = try #require(TestFiles.readText(dir + "/report.html"))
        #expect(Self.count(html, "<mark class=\"fig") == Int(figures))
        #expect(Self.count(html, "<article id=") == Int(articles))
        #expect(html.contains("<span class=\"big\">\(Int(failed))</span> failures"))
        #expect(html.contains("<span class=\"big\">\(Int(skipped))</span> skipped"))
        #expect(html.contains("<h2 id=\"failures-h\">Failures (\(Int(failed)))</h2>"))
        #expect(html.contains("<tr><td>Fixtures/bad/empty.txt</td><td>empty input</td></tr>"))
        #expect(html.contains("<tr><td>WARC request record</td><td>"))
        // Standard output gives the same page.
        let stdout = try CLITests.run(["report", "--quiet", dir + "/run", "-o", "-"])
        #expect(stdout.stdout == html && stdout.stderr.isEmpty)
    }

    @Test func anUnreadableLineIsReportedAndTheRestIsKept() throws {
        let dir = BatchTests.temporaryDirectory("report-bad")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let extract = try CLITests.run(["extract", "--quiet", "Fixtures/articles/ciie-2020-zhejiang-shine-page.html"])
        #expect(FileManager.default.createFile(atPath: dir + "/r.jsonl", contents: Data((extract.stdout + "{\"id\": 3}\n").utf8)))
        let run = try CLITests.run(["report", dir + "/r.jsonl", "-o", dir + "/r.html"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir)/r.jsonl#L2: not a record"))
        #expect(run.stderr.contains("report: documents 1, figures 19, charts 0, failures 0, unreadable 1"))
        #expect(Self.count(TestFiles.readText(dir + "/r.html") ?? "", "<mark class=\"fig") == 19)
        let missing = try CLITests.run(["report", dir + "/none.jsonl", "-o", dir + "/n.html"])
        #expect(missing.status == 2 && missing.stderr.contains("none.jsonl: no such file or directory"))
    }

    @Test func theDefaultPipelineWritesTheReportWithTheBuyersChart() throws {
        let dir = BatchTests.temporaryDirectory("report-pipeline")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let shipped = try #require(TestFiles.readText(Paths.packageRoot + "/Pipelines/default.yml"))
        PipelineTests.write(shipped.replacingOccurrences(of: "out/default/", with: dir + "/"), to: dir + "/default.yml")
        let run = try CLITests.run(["run", dir + "/default.yml"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try #require(TestFiles.readText(dir + "/report.html"))
        #expect(html.contains("<title>NewsFigures report: default</title>"))
        #expect(Self.count(html, "<mark class=\"fig") == 91)  // "from a year earlier" is no date
        #expect(html.contains("<title id=\"chart0-title\">buyers: count by published date</title>"))
        #expect(html.contains("<span class=\"big\">7</span> skipped"))
        // The report command gives the same articles and charts from the records (without the run's skip reasons).
        let fromRecords = try CLITests.run([
            "report", "--quiet", dir + "/records.jsonl", "--title", "NewsFigures report: default", "-o", "-",
        ])
        func articlesAndCharts(_ page: String) -> Substring {
            page[(page.range(of: "<section id=\"series\"")?.lowerBound ?? page.endIndex)...]
        }
        #expect(articlesAndCharts(fromRecords.stdout) == articlesAndCharts(html))
    }
}
