import NewsIngest
import NewsJSON
import NewsRecords

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A batch run's output directory, safe to interrupt at any moment and resume.
///
/// Layout: `records-000001.jsonl`, `records-000002.jsonl`, … (the records of `chunkSize` inputs
/// each, written to a temporary name and renamed, so a chunk file is whole or absent);
/// `errors.jsonl` (one line per failed input: `input`, `source`, `offset`, `reason`); `state.json`
/// (the command, how many inputs are done, the counts; replaced by rename after each chunk).
///
/// Resume: the same command on the same directory reads `state.json`, removes what a killed run
/// left past its last commit (a chunk file not yet counted, the tail of `errors.jsonl`, temporary
/// files) and skips the inputs already done. No record is lost or written twice.
public final class OutputDirectory {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Counts of the whole run (all sessions of it).
    public struct Counts: Sendable, Equatable {
        public var inputs = 0
        public var articles = 0
        public var skipped = 0
        public var failed = 0
        public var figures = 0
        /// Skip reasons with their counts.
        public var skipReasons: [String: Int] = [:]
    }

    public let path: String
    public let command: String
    public let chunkSize: Int
    public let format: RecordFormat
    private var store: SQLiteStore?
    private var inTransaction = false
    /// Counts committed to disk.
    public private(set) var committed = Counts()
    /// Inputs done when this run started (resumed from an earlier run).
    public let resumedFrom: Int
    /// The earlier run finished: nothing left to do.
    public let alreadyComplete: Bool
    private var chunks = 0
    private var errorsBytes = 0
    private var pending = Counts()
    private var pendingRecords: [UInt8] = []
    private var pendingErrors: [UInt8] = []
    private var pendingInputs = 0

    /// NEWSFIGURES_KILL_AFTER_CHUNK=K: the process kills itself (SIGKILL) right after renaming chunk
    /// K into place (or committing its transaction) and before recording it, the worst moment to
    /// die; used by the resume tests.
    static let killAfterChunk: Int? = getenv("NEWSFIGURES_KILL_AFTER_CHUNK").flatMap { Int(String(cString: $0)) }

    static let stateName = "state.json"
    static let errorsName = "errors.jsonl"

    public static func chunkName(_ index: Int, format: RecordFormat = .jsonl) -> String {
        let digits = String(index)
        return "records-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + (format == .csv ? ".csv" : ".jsonl")
    }

    /// The database of a `--format sqlite` run.
    public static let databaseName = "records.sqlite"

    /// Opens (creating it if needed) the directory for `command`; resumes a run of the same command.
    public init(path: String, command: String, chunkSize: Int, format: RecordFormat = .jsonl) throws(Problem) {
        self.path = path
        self.command = command
        self.chunkSize = max(1, chunkSize)
        self.format = format
        var info = stat()
        if stat(path, &info) != 0 {
            guard mkdir(path, 0o755) == 0 else { throw Problem(description: "--output \(path): cannot create: \(Self.errorText())") }
        } else if info.st_mode & S_IFMT != S_IFDIR {
            throw Problem(description: "--output \(path): exists and is not a directory")
        }
        let names = Self.list(path)
        let statePath = path + "/" + Self.stateName
        guard names.contains(Self.stateName) else {
            // A run killed while writing its first state.json leaves only state.json.tmp.
            let leftovers = names.filter { !$0.hasPrefix(".") && $0 != Self.stateName + ".tmp" }
            if !leftovers.isEmpty {
                throw Problem(
                    description:
                        "--output \(path): the directory holds other files (\(leftovers.prefix(3).joined(separator: ", "))…) and no newsfigures run; use an empty or new directory"
                )
            }
            resumedFrom = 0
            alreadyComplete = false
            try writeState(complete: false)
            return
        }
        guard let bytes = Self.readFile(statePath), let state = try? JSONParser.parse(bytes), case .object = state,
            let savedCommand = state["command"]?.stringValue, let inputs = state["inputs"]?.intValue,
            let chunks = state["chunks"]?.intValue, let errorsBytes = state["errors_bytes"]?.intValue
        else { throw Problem(description: "--output \(path): \(Self.stateName) is unreadable; use a new directory") }
        let savedComplete = state["complete"] == .bool(true)
        if savedCommand != command, format == .sqlite, savedComplete {
            // A store fed run after run: a finished run's database takes the next run's records (upserted).
            resumedFrom = 0
            alreadyComplete = false
            self.errorsBytes = Self.fileSize(path + "/" + Self.errorsName)
            try writeState(complete: false)
            return
        }
        guard savedCommand == command else {
            throw Problem(
                description:
                    "--output \(path): holds a run of a different command or inputs (\(savedCommand)); use a new directory to start another run"
            )
        }
        self.chunks = chunks
        self.errorsBytes = errorsBytes
        committed.inputs = inputs
        committed.articles = state["articles"]?.intValue ?? 0
        committed.skipped = state["skipped"]?.intValue ?? 0
        committed.failed = state["failed"]?.intValue ?? 0
        committed.figures = state["figures"]?.intValue ?? 0
        for (reason, count) in state["skip_reasons"]?.objectValue ?? [] { committed.skipReasons[reason] = count.intValue ?? 0 }
        resumedFrom = inputs
        alreadyComplete = state["complete"] == .bool(true)
        // Whatever a killed run wrote after its last commit goes.
        for name in names {
            if name.hasSuffix(".tmp") || (Self.chunkIndex(name).map { $0 > chunks } ?? false) { unlink(path + "/" + name) }
        }
        truncate(path + "/" + Self.errorsName, off_t(errorsBytes))
    }

    static func chunkIndex(_ name: String) -> Int? {
        guard name.hasPrefix("records-"), let dot = name.lastIndex(of: ".") else { return nil }
        return Int(name[name.index(name.startIndex, offsetBy: "records-".count)..<dot])
    }

    /// The database, opened on first use; a transaction spans each chunk.
    private func database() throws(Problem) -> SQLiteStore {
        if let store { return store }
        do {
            let opened = try SQLiteStore(path: path + "/" + Self.databaseName)
            store = opened
            return opened
        } catch { throw Problem(description: error.description) }
    }

    /// Counts including what is not yet committed.
    public var counts: Counts {
        var all = committed
        all.inputs += pending.inputs
        all.articles += pending.articles
        all.skipped += pending.skipped
        all.failed += pending.failed
        all.figures += pending.figures
        for (reason, n) in pending.skipReasons { all.skipReasons[reason, default: 0] += n }
        return all
    }

    /// Takes the next input's outcome; commits a chunk every `chunkSize` inputs.
    public func add(_ outcome: BatchOutcome) throws(Problem) {
        pending.inputs += 1
        switch outcome {
        case let .record(line, figures, _, record):
            pending.articles += 1
            pending.figures += figures
            switch format {
            case .jsonl:
                pendingRecords.append(contentsOf: line.utf8)
                pendingRecords.append(0x0A)
            case .csv:
                pendingRecords.append(contentsOf: line.utf8)
            case .sqlite:
                guard let record else { break }
                let db = try database()
                do {
                    if !inTransaction { try db.begin() }
                    inTransaction = true
                    try db.upsert(record)
                } catch { throw Problem(description: error.description) }
            }
        case let .failure(failure):
            pending.failed += 1
            var w = JSONWriter()
            w.beginObject()
            w.key("input"); w.int(committed.inputs + pending.inputs)
            w.key("source"); w.string(failure.source)
            w.key("offset"); if let offset = failure.offset { w.int(offset) } else { w.null() }
            w.key("reason"); w.string(failure.reason)
            w.endObject()
            pendingErrors.append(contentsOf: w.bytes)
            pendingErrors.append(0x0A)
        case let .skipped(_, reason):
            pending.skipped += 1
            pending.skipReasons[reason, default: 0] += 1
        }
        if pending.inputs >= chunkSize { try commit(complete: false) }
    }

    /// Commits what is left and marks the run complete.
    public func finish() throws(Problem) { try commit(complete: true) }

    private func commit(complete: Bool) throws(Problem) {
        if !pendingRecords.isEmpty || pending.inputs > 0 {
            let index = chunks + 1
            if !pendingRecords.isEmpty {
                let header = format == .csv ? Array(RecordCSV.header.utf8) : []
                try Self.writeAtomically(path + "/" + Self.chunkName(index, format: format), header + pendingRecords)
            }
            if inTransaction, let store {
                do { try store.commit() } catch { throw Problem(description: error.description) }
                inTransaction = false
            }
            if Self.killAfterChunk == index { kill(getpid(), SIGKILL) }  // fault injection for the resume tests
            if !pendingErrors.isEmpty {
                try Self.append(path + "/" + Self.errorsName, pendingErrors)
                errorsBytes += pendingErrors.count
            }
            chunks = index
            committed = counts
            pending = Counts()
            pendingRecords = []
            pendingErrors = []
        }
        try writeState(complete: complete)
    }

    private func writeState(complete: Bool) throws(Problem) {
        var w = JSONWriter()
        w.beginObject()
        w.key("command"); w.string(command)
        w.key("inputs"); w.int(committed.inputs)
        w.key("chunks"); w.int(chunks)
        w.key("errors_bytes"); w.int(errorsBytes)
        w.key("articles"); w.int(committed.articles)
        w.key("skipped"); w.int(committed.skipped)
        w.key("failed"); w.int(committed.failed)
        w.key("figures"); w.int(committed.figures)
        w.key("skip_reasons")
        w.beginObject()
        for (reason, n) in committed.skipReasons.sorted(by: { $0.key < $1.key }) { w.key(reason); w.int(n) }
        w.endObject()
        w.key("complete"); w.bool(complete)
        w.endObject()
        try Self.writeAtomically(path + "/" + Self.stateName, w.bytes + [0x0A])
    }

    // MARK: POSIX helpers

    static func errorText() -> String { String(cString: strerror(errno)).lowercased() }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ name: String) throws(Problem) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in raw.baseAddress.map { write(fd, $0 + offset, bytes.count - offset) } ?? 0 }
            if n < 0 {
                if errno == EINTR { continue }
                throw Problem(description: "cannot write \(name): \(errorText())")
            }
            offset += n
        }
    }

    /// A whole file, written atomically (for callers outside a run directory).
    public static func writeFile(_ name: String, _ bytes: [UInt8]) throws(Problem) { try writeAtomically(name, bytes) }

    /// Write to NAME.tmp, flush to disk, rename over NAME.
    static func writeAtomically(_ name: String, _ bytes: [UInt8]) throws(Problem) {
        let temporary = name + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Problem(description: "cannot create \(temporary): \(errorText())") }
        do { try writeAll(fd, bytes, temporary) } catch {
            close(fd)
            throw error
        }
        let synced = fsync(fd) == 0
        let closed = close(fd) == 0
        guard synced && closed else { throw Problem(description: "cannot write \(temporary): \(errorText())") }
        guard rename(temporary, name) == 0 else { throw Problem(description: "cannot rename \(temporary): \(errorText())") }
        syncDirectory(of: name)
    }

    static func append(_ name: String, _ bytes: [UInt8]) throws(Problem) {
        let fd = open(name, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw Problem(description: "cannot open \(name): \(errorText())") }
        defer { close(fd) }
        try writeAll(fd, bytes, name)
        guard fsync(fd) == 0 else { throw Problem(description: "cannot write \(name): \(errorText())") }
    }

    /// Makes a rename durable (a power cut, not only a kill, then keeps it).
    static func syncDirectory(of name: String) {
        let directory = name.lastIndex(of: "/").map { String(name[..<$0]) } ?? "."
        let fd = open(directory, O_RDONLY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func fileSize(_ name: String) -> Int {
        var info = stat()
        return stat(name, &info) == 0 ? Int(info.st_size) : 0
    }

    static func readFile(_ name: String) -> [UInt8]? {
        var result: [UInt8]?
        DocumentReaderBytes.read(name) { if case let .success(bytes) = $0 { result = bytes } }
        return result
    }

    static func list(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
