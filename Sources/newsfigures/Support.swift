import ArgumentParser
import NewsIngest
import NewsJSON
import NewsPipeline
import NewsRecords

#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered-enough writes to stdout/stderr without Foundation.
struct FileOutput {
    let descriptor: Int32
    static let standardOutput = FileOutput(descriptor: 1)
    static let standardError = FileOutput(descriptor: 2)

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return }
                let n = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

enum InputList {
    /// Paths one per line; blank lines and lines starting with # are ignored.
    struct Problem: Error { var message: String }

    static func read(_ path: String) -> Result<[String], Problem> {
        if path != "-" {
            var info = stat()
            if stat(path, &info) != 0 { return .failure(Problem(message: "no such file")) }
            if info.st_mode & S_IFMT == S_IFDIR { return .failure(Problem(message: "is a directory, expected a file listing paths")) }
        }
        var lines: [String] = []
        var failure: String?
        DocumentReaderBytes.read(path) { result in
            switch result {
            case let .success(bytes):
                // Split on bytes: as Characters, "\r\n" is one and never equals "\n".
                for line in bytes.split(separator: UInt8(ascii: "\n")) {
                    let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
                    if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
                    lines.append(String(decoding: trimmed, as: UTF8.self))
                }
            case let .failure(f): failure = f.reason
            }
        }
        if let failure { return .failure(Problem(message: failure)) }
        return .success(lines)
    }
}

/// Counts of one run; every input is a record, a skip or a failure.
struct RunSummary {
    var articles = 0
    var skipped = 0
    var failed = 0
    var figures = 0
    var seconds = 0.0
    var skipReasons: [String: Int] = [:]
    /// Inputs done by an earlier, interrupted run of the same command (--output).
    var resumedFrom = 0

    var line: String {
        var text = "articles \(articles), skipped \(skipped), failed \(failed), figures \(figures), seconds " + Self.format3(seconds)
        if resumedFrom > 0 { text += " (resumed after \(resumedFrom) inputs)" }
        return text
    }

    /// "skipped: 120 × WARC request record, 3 × non-HTML payload (image/png)", most frequent first.
    var skipLine: String? {
        guard !skipReasons.isEmpty else { return nil }
        let sorted = skipReasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return "skipped: " + sorted.map { "\($0.value) × \($0.key)" }.joined(separator: ", ")
    }

    mutating func count(_ outcome: BatchOutcome) {
        switch outcome {
        case let .record(_, figures, _, _):
            articles += 1
            self.figures += figures
        case .failure: failed += 1
        case let .skipped(_, reason):
            skipped += 1
            skipReasons[reason, default: 0] += 1
        }
    }

    static func format3(_ v: Double) -> String {
        let scaled = Int((v * 1000).rounded())
        let ms = scaled % 1000
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - String(ms).count) + String(ms)
    }
}

enum Runner {
    /// Records to `emit` (standard output), failures and warnings to standard error.
    static func run(
        _ paths: [String], options: PipelineOptions, format: RecordFormat = .jsonl, jobs: Int = 1,
        progress: ProgressLine = ProgressLine(enabled: false), emit: (String) -> Void
    ) -> RunSummary {
        var summary = RunSummary()
        let start = monotonicSeconds()
        var runner = BatchRunner(options: options, jobs: jobs)
        runner.format = format
        if format == .csv { emit(RecordCSV.header) }
        runner.run(paths, progress: progress.bytes) { outcome in
            summary.count(outcome)
            report(outcome)
            if case let .record(line, _, _, _) = outcome { emit(format == .jsonl ? line + "\n" : line) }
            progress.update(summary)
            return true
        }
        summary.seconds = monotonicSeconds() - start
        return summary
    }

    /// Records into an output directory, resumable.
    static func run(
        _ paths: [String], options: PipelineOptions, format: RecordFormat, jobs: Int, into directory: String, command: String,
        chunkSize: Int, progress: ProgressLine
    ) throws -> RunSummary {
        let out: OutputDirectory
        do { out = try OutputDirectory(path: directory, command: command, chunkSize: chunkSize, format: format) } catch {
            throw ValidationError(error.description)
        }
        let start = monotonicSeconds()
        var failure: OutputDirectory.Problem?
        if !out.alreadyComplete {
            var shown = RunSummary()
            var runner = BatchRunner(options: options, jobs: jobs, skip: out.resumedFrom)
            runner.format = format
            runner.run(paths, progress: progress.bytes) { outcome in
                shown.count(outcome)
                report(outcome)
                do throws(OutputDirectory.Problem) { try out.add(outcome) } catch {
                    failure = error  // a full disk, say: stop; the run resumes from the last commit
                    return false
                }
                progress.update(shown)
                return true
            }
            if failure == nil {
                do { try out.finish() } catch { failure = error }
            }
        }
        if let failure {
            FileOutput.standardError.write("newsfigures: \(failure.description)\n")
            throw ExitCode(1)
        }
        let counts = out.counts
        var summary = RunSummary(
            articles: counts.articles, skipped: counts.skipped, failed: counts.failed, figures: counts.figures,
            seconds: monotonicSeconds() - start, skipReasons: counts.skipReasons, resumedFrom: out.resumedFrom)
        if out.alreadyComplete {
            FileOutput.standardError.write("newsfigures: \(directory): this run is already complete; nothing to do\n")
            summary.resumedFrom = 0
        }
        return summary
    }

    /// One line on standard error for a failure or an empty body.
    static func report(_ outcome: BatchOutcome) {
        switch outcome {
        case let .record(line, _, warning?, record):
            // The source is the record's; cheaper to say it from the line than to keep the record.
            let source = record?.source ?? sourceOf(line)
            FileOutput.standardError.write("newsfigures: \(source): warning: \(warning)\n")
        case let .failure(failure):
            FileOutput.standardError.write("newsfigures: \(failure.source): \(failure.reason)\n")
        default: break
        }
    }

    static func sourceOf(_ line: String) -> String {
        guard let value = try? JSONParser.parse(Array(line.utf8)), let source = value["source"]?.stringValue else { return "?" }
        return source
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// The progress display on standard error: only when it is a terminal and not --quiet; redrawn at
/// most twice a second on one line, cleared before the summary.
final class ProgressLine {
    let enabled: Bool
    let totalBytes: Int?
    private var bytesRead = 0
    private let start = Runner.monotonicSeconds()
    /// The first line is drawn half a second in, when the rates mean something.
    private lazy var lastDraw = start
    private var drawn = false

    init(enabled: Bool, totalBytes: Int? = nil) {
        self.enabled = enabled && isatty(2) == 1
        self.totalBytes = totalBytes
    }

    /// The sum of the inputs' sizes when every input is a regular file (else the total is unknown).
    static func totalBytes(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            var info = stat()
            guard path != "-", stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    func bytes(_ n: Int) { bytesRead = n }

    func update(_ summary: RunSummary) {
        guard enabled else { return }
        let now = Runner.monotonicSeconds()
        guard now - lastDraw >= 0.5 else { return }
        lastDraw = now
        let elapsed = max(now - start, 0.001)
        let docs = summary.articles + summary.skipped + summary.failed
        let mb = Double(bytesRead) / 1_000_000
        var text =
            "\(docs) inputs, \(Self.one(mb)) MB, \(Self.one(Double(docs) / elapsed)) inputs/s, \(Self.one(mb / elapsed)) MB/s, failed \(summary.failed)"
        if let totalBytes, totalBytes > 0, bytesRead > 0 {
            let remaining = Double(totalBytes - bytesRead) / (Double(bytesRead) / elapsed)
            text += ", \(Int(Double(bytesRead) * 100 / Double(totalBytes)))%, ETA \(Self.clock(remaining))"
        }
        FileOutput.standardError.write("\r\u{1B}[K" + text)
        drawn = true
    }

    func clear() {
        if drawn { FileOutput.standardError.write("\r\u{1B}[K") }
    }

    static func one(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded()))
        let m = (s / 60) % 60
        return "\(s / 3600):" + (m < 10 ? "0" : "") + "\(m):" + (s % 60 < 10 ? "0" : "") + "\(s % 60)"
    }
}
