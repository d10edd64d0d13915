import ArgumentParser
import NewsFigures
import NewsPipeline

struct InputOptions: ParsableArguments {
    @Argument(help: "Files, directories, or - for standard input. .jsonl files hold one article per line.")
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
        abstract: "Extract figure records (one JSON line per article) from articles.",
        discussion: """
            Examples:
              newsfigures extract Fixtures/articles/ciie-2020-zhejiang-shine-page.html
              newsfigures extract --published 2024-10-30 Fixtures/articles/ciie-2024-zhejiang-article.txt
              cat page.html | newsfigures extract -
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

    @Flag(help: "Print no summary line on standard error.")
    var quiet = false

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published \(published): not a date (expected YYYY-MM-DD)")
        }
        if dollar.count != 3 || !dollar.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            throw ValidationError("--dollar \(dollar): expected a three-letter ISO 4217 code such as USD")
        }
    }

    func run() throws {
        let paths = try inputs.allPaths()
        var options = PipelineOptions(fallbackPublished: published, validate: attachFindings, textIsBody: asBody)
        options.extraction.bareDollar = dollar
        let summary = Runner.run(paths, options: options) { record in
            FileOutput.standardOutput.write(record + "\n")
        }
        if !quiet { FileOutput.standardError.write(summary.line + "\n") }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
