import NewsIngest
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
                for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                    let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
                    if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                    lines.append(String(trimmed))
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

    var line: String {
        "articles \(articles), skipped \(skipped), failed \(failed), figures \(figures), seconds " + String(format3(seconds))
    }

    private func format3(_ v: Double) -> String {
        let scaled = Int((v * 1000).rounded())
        let ms = scaled % 1000
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - String(ms).count) + String(ms)
    }
}

enum Runner {
    static func run(_ paths: [String], options: PipelineOptions, emit: (String) -> Void) -> RunSummary {
        var summary = RunSummary()
        let start = monotonicSeconds()
        DocumentReader().read(paths) { item in
            switch item {
            case let .document(document):
                let record = ArticlePipeline.record(from: document, options: options)
                summary.articles += 1
                summary.figures += record.figures.count
                if record.text.isEmpty {
                    // Still a record (nothing is lost), but say so: an empty body is rarely what the user wants.
                    let reason = record.diagnostics.first ?? "no article text found"
                    FileOutput.standardError.write("newsfigures: \(document.source): warning: empty body (\(reason))\n")
                }
                emit(RecordJSON.line(record))
            case let .failure(failure):
                summary.failed += 1
                FileOutput.standardError.write("newsfigures: \(failure.source): \(failure.reason)\n")
            case .skipped:
                summary.skipped += 1
            }
        }
        summary.seconds = monotonicSeconds() - start
        return summary
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
