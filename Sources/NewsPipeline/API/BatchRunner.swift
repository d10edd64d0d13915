import NewsIngest
import NewsRecords

/// How records are written.
public enum RecordFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (the record contract).
    case jsonl
    /// One row per figure, RFC 4180 (see `RecordCSV`).
    case csv
    /// Rows in a SQLite database (see `SQLiteStore`); needs an output directory.
    case sqlite
}

/// What became of one input (a file, a JSON line, a WARC record), in input order.
public enum BatchOutcome: Sendable {
    /// A record encoded in the run's format (`line`: a JSON line, or CSV rows; empty for SQLite,
    /// which takes `record`); `warning` when its body came out empty.
    case record(line: String, figures: Int, warning: String?, record: Record? = nil)
    case failure(IngestFailure)
    case skipped(source: String, reason: String)
}

/// Runs the pipeline over many inputs on several threads, with results handed back in input order
/// (so two runs write byte-identical output) and memory bounded by the number of documents in flight.
///
/// One thread reads (decompression, WARC parsing, charset decisions), `jobs` threads turn documents
/// into records, and the calling thread receives outcomes in order. With `jobs` 1 everything runs on
/// the calling thread.
public struct BatchRunner: Sendable {
    public var options: PipelineOptions
    public var format: RecordFormat = .jsonl
    public var jobs: Int
    /// Inputs already done by an earlier run (resume): read past without processing.
    public var skip: Int
    /// Documents read ahead of the one being written, at most (per job).
    public var inFlightPerJob = 8
    /// Bytes of documents in flight, at most (one document always fits).
    public var inFlightBytes = 128 << 20

    public init(options: PipelineOptions = PipelineOptions(), jobs: Int = BatchRunner.defaultJobs, skip: Int = 0) {
        self.options = options
        self.jobs = max(1, jobs)
        self.skip = max(0, skip)
    }

    public static var defaultJobs: Int { WorkerThread.processorCount }

    /// The outcome for one input item.
    public static func outcome(for item: DocumentReader.Item, options: PipelineOptions, format: RecordFormat = .jsonl) -> BatchOutcome {
        switch item {
        case let .document(document):
            let record = ArticlePipeline.record(from: document, options: options)
            let warning = record.text.isEmpty ? "empty body (\(record.diagnostics.first ?? "no article text found"))" : nil
            switch format {
            case .jsonl: return .record(line: RecordJSON.line(record), figures: record.figures.count, warning: warning)
            case .csv: return .record(line: RecordCSV.rows(record), figures: record.figures.count, warning: warning)
            case .sqlite: return .record(line: "", figures: record.figures.count, warning: warning, record: record)
            }
        case let .failure(failure):
            return .failure(failure)
        case let .skipped(source, reason):
            return .skipped(source: source, reason: reason)
        }
    }

    /// Reads `inputs` and calls `emit` on the calling thread once per input after the first `skip`,
    /// in input order, until `emit` returns false (then the run stops early: nothing more is
    /// processed); `progress` gets the stored bytes read so far (called on the calling thread).
    public func run(_ inputs: [String], progress: (Int) -> Void = { _ in }, emit: (BatchOutcome) -> Bool) {
        if jobs == 1 {
            var seen = 0
            var stopped = false
            DocumentReader().read(inputs, progress: progress) { item in
                seen += 1
                if seen <= skip || stopped { return }
                stopped = !emit(Self.outcome(for: item, options: options, format: format))
            }
            return
        }
        let state = BatchState(maxItems: jobs * inFlightPerJob, maxBytes: inFlightBytes, options: options)
        let pipelineOptions = options
        let recordFormat = format
        let alreadyDone = skip
        let producer = WorkerThread {
            var seen = 0
            var pending: DocumentReader.Item?
            // The reader reports bytes after each item: hand the item over with them.
            DocumentReader().read(
                inputs,
                progress: { bytes in
                    if let item = pending { state.put(item, bytes: bytes) }
                    pending = nil
                }
            ) { item in
                seen += 1
                if seen > alreadyDone { pending = item }
            }
            state.finishInput()
        }
        let workers = (0..<jobs).map { _ in
            WorkerThread {
                while let (index, item) = state.take() {
                    state.complete(index, Self.outcome(for: item, options: pipelineOptions, format: recordFormat))
                }
            }
        }
        while let outcome = state.nextInOrder() {
            progress(outcome.bytes)
            if !emit(outcome.outcome) {
                state.cancel()
                break
            }
        }
        producer.join()
        for worker in workers { worker.join() }
    }
}

/// The hand-offs between the reading thread, the workers and the writing thread. Inputs that need
/// no work (skips, failures) go straight to the results; each hand-off wakes only the thread that
/// waits for it.
final class BatchState: @unchecked Sendable {
    private let monitor = Monitor(conditions: 3)
    private static let space = 0, work = 1, result = 2
    private let maxItems: Int
    private let maxBytes: Int
    private let options: PipelineOptions
    // Guarded by `monitor`:
    private var queue: [(Int, DocumentReader.Item)] = []
    private var queueHead = 0
    private var produced = 0
    private var written = 0
    private var bytesInFlight = 0
    private var sizes: [Int: Int] = [:]
    private var results: [Int: BatchOutcome] = [:]
    private var inputDone = false
    private var cancelled = false
    private var storedBytes = 0

    init(maxItems: Int, maxBytes: Int, options: PipelineOptions) {
        self.maxItems = maxItems
        self.maxBytes = maxBytes
        self.options = options
    }

    private static func size(of item: DocumentReader.Item) -> Int {
        if case let .document(document) = item { return document.text.utf8.count }
        return 0
    }

    /// Reader: waits while too much is in flight, then queues the item (or its outcome, when
    /// there is nothing to compute); `bytes` is the stored bytes read so far.
    func put(_ item: DocumentReader.Item, bytes: Int) {
        let size = Self.size(of: item)
        var ready: BatchOutcome?
        if case .document = item {} else { ready = BatchRunner.outcome(for: item, options: options) }
        monitor.locked {
            while !cancelled && (produced - written >= maxItems || (bytesInFlight + size > maxBytes && produced > written)) {
                monitor.wait(Self.space)
            }
            if cancelled { return }
            storedBytes = bytes
            if let ready {
                results[produced] = ready
                if produced == written { monitor.signal(Self.result) }
            } else {
                queue.append((produced, item))
                sizes[produced] = size
                bytesInFlight += size
                monitor.signal(Self.work)
            }
            produced += 1
        }
    }

    func finishInput() {
        monitor.locked {
            inputDone = true
            monitor.broadcastAll()
        }
    }

    /// Worker: the next queued item, or nil when the input is done and the queue empty.
    func take() -> (Int, DocumentReader.Item)? {
        monitor.locked {
            while queueHead == queue.count && !inputDone && !cancelled { monitor.wait(Self.work) }
            guard queueHead < queue.count, !cancelled else { return nil }
            let next = queue[queueHead]
            queue[queueHead].1 = .skipped(source: "", reason: "")  // release the document
            queueHead += 1
            if queueHead > 1024, queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            return next
        }
    }

    /// The writer stopped: the reader drops what it reads, workers stop taking work.
    func cancel() {
        monitor.locked {
            cancelled = true
            results = [:]
            monitor.broadcastAll()
        }
    }

    func complete(_ index: Int, _ outcome: BatchOutcome) {
        monitor.locked {
            guard !cancelled else { return }
            results[index] = outcome
            if index == written { monitor.signal(Self.result) }
        }
    }

    /// Writer: the outcome of the next input in order, or nil when every input has been handed out.
    func nextInOrder() -> (outcome: BatchOutcome, bytes: Int)? {
        monitor.locked {
            while results[written] == nil && !(inputDone && written == produced) { monitor.wait(Self.result) }
            guard let outcome = results.removeValue(forKey: written) else { return nil }
            bytesInFlight -= sizes.removeValue(forKey: written) ?? 0
            written += 1
            monitor.signal(Self.space)
            return (outcome, storedBytes)
        }
    }
}
