import ArgumentParser
import NewsPipeline
import NewsReport

/// `newsfigures report RECORDS... -o report.html`: one self-contained HTML page of records.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an HTML report of records: overview, articles with their figures highlighted, series charts.",
        discussion: """
            RECORDS are what validate reads: JSONL files of records, .json files, directories of them (a
            batch --output directory: its errors.jsonl and state.json give the failures and skip reasons), or
            a SQLite store. The page needs nothing else: open it in any browser, offline, or mail it.
            Examples:
              newsfigures report out/default/records.jsonl -o report.html
              newsfigures report run1/ -o run1.html
            Exit status: 0, or 1 when a record could not be read (the others are in the report).
            """
    )

    @Argument(help: "Record files (JSONL, .json), directories of them (batch output), or a SQLite store.")
    var records: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("Where to write the page (- for standard output).", valueName: "FILE"))
    var output = "report.html"

    @Option(help: "The page's heading.")
    var title = "NewsFigures report"

    @Option(help: "Articles shown in full (the overview and charts count every record).")
    var maxArticles = 1000

    @Flag(help: "No summary line on standard error.")
    var quiet = false

    func run() throws {
        var unreadable = 0
        var runFiles = Validate.RunFiles()
        let loaded = try Validate.load(records, failed: &unreadable, runFiles: &runFiles)
        let report = HTMLReport(
            title: title, records: loaded.map(\.record), failures: runFiles.failures, skipped: runFiles.skipped,
            maxArticles: maxArticles)
        let page = report.render()
        if output == "-" {
            FileOutput.standardOutput.write(page)
        } else {
            PipelineOutputs.makeParent(of: output)
            do { try OutputDirectory.writeFile(output, Array(page.utf8)) } catch { throw ValidationError("\(output): \(error)") }
        }
        if !quiet {
            let figures = loaded.reduce(0) { $0 + $1.record.figures.count }
            FileOutput.standardError.write(
                "report: documents \(loaded.count), figures \(figures), charts \(report.charted.count), failures \(runFiles.failures.count), unreadable \(unreadable)"
                    + (output == "-" ? "\n" : "; wrote \(output)\n"))
        }
        if unreadable > 0 { throw ExitCode(1) }
    }
}
