import ArgumentParser
import NewsFigures
import NewsPipeline

struct InputOptions: ParsableArguments {
    @Argument(
        help: "Files, directories, or - for standard input: HTML, text, .jsonl, WARC (.warc, .warc.gz), and .gz of any of them.")
    var paths: [String] = []

    @Option(name: .customLong("from-list"), help: "Read input paths from FILE, one per line (- for standard input).")
    var fromList: String?

    func allPaths() throws -> [String] {
        var all = paths
        if let fromList {
            switch InputList.read(fromList) {
            case let .success(list): all += list
            case let .failure(problem): throw ValidationError("--from-list \(fromList): \(problem.message)")
            }
        }
        if all.isEmpty { throw ValidationError("no input: give one or more paths, - for standard input, or --from-list FILE") }
        return all
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract figure records (one JSON line per article) from articles and archives.",
        discussion: """
            Examples:
              newsfigures extract Fixtures/articles/ciie-2020-zhejiang-shine-page.html
              newsfigures extract --published 2024-10-30 Fixtures/articles/ciie-2024-zhejiang-article.txt
              cat page.html | newsfigures extract -
              newsfigures extract --output run1 crawl-*.warc.gz      # records in run1/, resumable
            """
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "Reference date (YYYY-MM-DD or ISO 8601) for articles that state no published date.")
    var published: String?

    @Option(name: .customLong("dollar"), help: "ISO 4217 code for a bare $ (default USD).")
    var dollar: String = "USD"

    @Flag(name: .customLong("validate"), help: "Attach validation findings to each record.")
    var attachFindings = false

    @Flag(name: .customLong("as-body"), help: "Treat plain-text inputs as article bodies: no chrome stripping.")
    var asBody = false

    @Option(
        help: ArgumentHelp(
            "jsonl (one record per line), csv (one row per figure), or sqlite (a database in --output DIR).",
            valueName: "FORMAT"))
    var format: RecordFormat = .jsonl

    @Option(help: "Documents processed at once (default: the number of processors).")
    var jobs: Int = BatchRunner.defaultJobs

    @Option(
        help: ArgumentHelp(
            "Write records to DIR (records-NNNNNN.jsonl chunks, errors.jsonl, state.json) instead of standard output; running the same command again resumes an interrupted run.",
            valueName: "DIR"))
    var output: String?

    @Option(name: .customLong("chunk-size"), help: "Inputs per records file with --output.")
    var chunkSize: Int = 1000

    @Flag(help: "No progress display and no summary line on standard error.")
    var quiet = false

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \(published): not a date (expected YYYY-MM-DD)")
        }
        if dollar.count != 3 || !dollar.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            throw ValidationError("--dollar \(dollar): expected a three-letter ISO 4217 code such as USD")
        }
        if jobs < 1 { throw ValidationError("--jobs \(jobs): expected 1 or more") }
        if chunkSize < 1 { throw ValidationError("--chunk-size \(chunkSize): expected 1 or more") }
        if format == .sqlite && output == nil {
            throw ValidationError("--format sqlite writes a database: give --output DIR (the database is DIR/records.sqlite)")
        }
    }

    /// What must match for a run in --output DIR to be resumed.
    func fingerprint(_ paths: [String]) -> String {
        let parts = [
            "inputs=" + paths.joined(separator: "\u{1F}"), "published=\(published ?? "")", "dollar=\(dollar)",
            "validate=\(attachFindings)", "as-body=\(asBody)", "chunk-size=\(chunkSize)", "format=\(format.rawValue)",
        ]
        return "extract " + parts.joined(separator: " ")
    }

    func run() throws {
        let paths = try inputs.allPaths()
        var options = PipelineOptions(fallbackPublished: published, validate: attachFindings, textIsBody: asBody)
        options.extraction.bareDollar = dollar
        let progress = ProgressLine(enabled: !quiet, totalBytes: ProgressLine.totalBytes(paths))
        let summary: RunSummary
        if let output {
            summary = try Runner.run(
                paths, options: options, format: format, jobs: jobs, into: output, command: fingerprint(paths), chunkSize: chunkSize,
                progress: progress)
        } else {
            summary = Runner.run(paths, options: options, format: format, jobs: jobs, progress: progress) { text in
                FileOutput.standardOutput.write(text)
            }
        }
        progress.clear()
        if !quiet {
            FileOutput.standardError.write(summary.line + "\n")
            if let reasons = summary.skipLine { FileOutput.standardError.write(reasons + "\n") }
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

extension RecordFormat: ExpressibleByArgument {}
