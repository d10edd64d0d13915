import ArgumentParser
import NewsJSON
import NewsPipeline
import NewsReport

#if canImport(Glibc)
    import Glibc
#endif

/// `newsfigures run PIPELINE.yml`: a declarative run (inputs, options, rule packs, validation, outputs).
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline file: inputs, extraction options, rule packs, validation and outputs in YAML.",
        discussion: """
            Examples:
              newsfigures run Pipelines/default.yml
              newsfigures run Pipelines/trade-fairs.yml
            Exit status: 0 when every input became a record and no finding is an error, 1 otherwise,
            2 when the pipeline file is wrong (the message names the file, line and key).
            """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Flag(help: "No progress display and no summary line on standard error.")
    var quiet = false

    func run() throws {
        let spec: PipelineSpec
        do { spec = try PipelineSpec.load(pipeline) } catch { throw ValidationError(error.description) }
        let outputs = try PipelineOutputs(spec)
        var summary = RunSummary()
        var findingCounts: [String: Int] = [:]
        var errors = 0
        let start = Runner.monotonicSeconds()
        let progress = ProgressLine(enabled: !quiet, totalBytes: ProgressLine.totalBytes(spec.inputs))
        var runner = BatchRunner(options: spec.options, jobs: spec.jobs)
        runner.format = .sqlite  // hands over the Record itself; each output encodes it
        var failure: String?
        runner.run(spec.inputs, progress: progress.bytes) { outcome in
            summary.count(outcome)
            Runner.report(outcome)
            if case let .failure(f) = outcome { outputs.failures.append(ReportFailure(source: f.source, reason: f.reason)) }
            if case .record(_, _, _, var record?) = outcome {
                if spec.validate {
                    record.findings = RecordValidation.findings(for: record).compactMap { finding in
                        guard !spec.disabledRules.contains(where: { finding.rule == $0 || finding.rule.hasPrefix($0 + ".") }) else {
                            return nil
                        }
                        var f = finding
                        // The most specific entry wins: "dates.weekday" over "dates".
                        let entry = spec.severities.filter { f.rule == $0.key || f.rule.hasPrefix($0.key + ".") }.max {
                            $0.key.count < $1.key.count
                        }
                        if let override = entry.flatMap({ Severity(rawValue: $0.value) }) { f.severity = override }
                        return f
                    }
                    for f in record.findings ?? [] {
                        findingCounts["\(f.rule) (\(f.severity.rawValue))", default: 0] += 1
                        if f.severity == .error { errors += 1 }
                    }
                }
                do { try outputs.write(record) } catch {
                    failure = "\(error)"
                    return false
                }
            }
            progress.update(summary)
            return true
        }
        progress.clear()
        summary.seconds = Runner.monotonicSeconds() - start
        if let failure {
            FileOutput.standardError.write("newsfigures: \(failure)\n")
            throw ExitCode(1)
        }
        try outputs.finish(spec: spec, summary: summary, findings: findingCounts)
        if !quiet {
            FileOutput.standardError.write(summary.line + "\n")
            if let reasons = summary.skipLine { FileOutput.standardError.write(reasons + "\n") }
            let written = [spec.jsonl, spec.csv, spec.sqlite, spec.report, spec.html].compactMap { $0 }.joined(separator: ", ")
            FileOutput.standardError.write("findings \(findingCounts.values.reduce(0, +)) (errors \(errors)); wrote \(written)\n")
        }
        if summary.failed > 0 || errors > 0 { throw ExitCode(1) }
    }
}

/// The files a pipeline writes: JSONL and CSV written whole and renamed into place at the end, a
/// SQLite store upserted in one transaction, a plain-text report and an HTML report.
final class PipelineOutputs {
    var jsonl: [UInt8] = []
    /// For the HTML report: the records and the inputs that failed.
    var records: [Record] = []
    var failures: [ReportFailure] = []
    var csv: [UInt8] = Array(RecordCSV.header.utf8)
    var store: SQLiteStore?
    let spec: PipelineSpec

    init(_ spec: PipelineSpec) throws {
        self.spec = spec
        for path in [spec.jsonl, spec.csv, spec.sqlite, spec.report, spec.html].compactMap({ $0 }) { Self.makeParent(of: path) }
        if let path = spec.sqlite {
            do {
                store = try SQLiteStore(path: path)
                try store?.begin()
            } catch { throw ValidationError("outputs.sqlite: \(error.description)") }
        }
    }

    func write(_ record: Record) throws {
        if spec.jsonl != nil {
            jsonl.append(contentsOf: RecordJSON.line(record).utf8)
            jsonl.append(0x0A)
        }
        if spec.csv != nil { csv.append(contentsOf: RecordCSV.rows(record).utf8) }
        if spec.html != nil { records.append(record) }
        try store?.upsert(record)
    }

    func finish(spec: PipelineSpec, summary: RunSummary, findings: [String: Int]) throws {
        if let path = spec.jsonl { try OutputDirectory.writeFile(path, jsonl) }
        if let path = spec.csv { try OutputDirectory.writeFile(path, csv) }
        try store?.commit()
        if let path = spec.report {
            var text = "pipeline: \(spec.name)\ninputs: \(spec.inputs.joined(separator: ", "))\n"
            text += "rule packs: \(spec.options.extraction.rulePacks.map(\.name).joined(separator: ", "))\n"
            text += summary.line + "\n"
            if let reasons = summary.skipLine { text += reasons + "\n" }
            text += "findings:\n"
            for (rule, n) in findings.sorted(by: { $0.key < $1.key }) { text += "  \(rule): \(n)\n" }
            text += "outputs: \([spec.jsonl, spec.csv, spec.sqlite, spec.html].compactMap { $0 }.joined(separator: ", "))\n"
            try OutputDirectory.writeFile(path, Array(text.utf8))
        }
        if let path = spec.html {
            let report = HTMLReport(
                title: "NewsFigures report: \(spec.name)", records: records, failures: failures, skipped: summary.skipReasons)
            try OutputDirectory.writeFile(path, Array(report.render().utf8))
        }
    }

    static func makeParent(of path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        var built = ""
        for part in path[..<slash].split(separator: "/", omittingEmptySubsequences: false) {
            built += (built.isEmpty && part.isEmpty) ? "/" : (built.isEmpty || built == "/" ? "" : "/") + part
            if !built.isEmpty { mkdir(built, 0o755) }
        }
    }
}
