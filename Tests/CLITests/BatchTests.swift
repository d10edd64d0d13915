import Foundation
import NewsJSON
import TestSupport
import Testing

/// Batch runs end to end: parallel output order, the output directory, and resume after a kill.
@Suite(.serialized) struct BatchTests {
    static func temporaryDirectory(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "newsfigures-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Paths.packageRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func runQuietly(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = try start(arguments, environment: environment)
        process.waitUntilExit()
        return process
    }

    static func text(_ path: String) -> String { TestFiles.readText(path) ?? "" }

    /// All chunk files of an output directory, concatenated in name order.
    static func records(in directory: String) -> String {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix("records-") && $0.hasSuffix(".jsonl") }.sorted()
        return names.map { text(directory + "/" + $0) }.joined()
    }

    static func state(_ directory: String) -> JSONValue? { try? JSONParser.parse(text(directory + "/state.json")) }

    /// The inputs the batch tests read: every fixture kind, including archives and bad inputs.
    static let inputs = ["Fixtures/articles", "Fixtures/warc", "Fixtures/gzip", "Fixtures/bad/mixed.jsonl", "Fixtures/encodings"]

    @Test func parallelOutputIsByteIdenticalToSequential() throws {
        let one = try CLITests.run(["extract", "--jobs", "1"] + Self.inputs)
        let two = try CLITests.run(["extract", "--jobs", "2"] + Self.inputs)
        let eight = try CLITests.run(["extract", "--jobs", "8"] + Self.inputs)
        #expect(!one.stdout.isEmpty)
        #expect(two.stdout == one.stdout)
        #expect(eight.stdout == one.stdout)
        #expect(one.status == 1)  // the cut-off archive and the bad JSON lines
        let failures = { (run: CLITests.Run) in run.stderr.split(separator: "\n").filter { !$0.hasPrefix("articles ") } }
        #expect(failures(two) == failures(one))
    }

    @Test func summaryCountsEveryWARCRecord() throws {
        let run = try CLITests.run(["extract", "--jobs", "2", "Fixtures/warc/crawl.warc.gz"])
        #expect(run.status == 0)
        #expect(run.records.count == 5)
        #expect(run.stderr.contains("articles 5, skipped 7, failed 0, figures "))
        #expect(
            run.stderr.contains(
                "skipped: 1 × HTTP status 404, 1 × WARC metadata record, 1 × WARC request record, 1 × WARC response to a DNS lookup, 1 × WARC revisit record, 1 × WARC warcinfo record, 1 × non-HTML payload (image/png)"
            ))
        let first = try #require(run.records.first)
        #expect(first["id"]?.stringValue == "urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(first["url"]?.stringValue == "http://news.example.com/business/port")
        #expect(first["fetched"]?.stringValue == "2021-03-15T08:30:00Z")
        #expect(first["archive_offset"]?.intValue == 443)
        #expect(first["text"]?.stringValue?.contains("Some 61 shipping lines now call at the port") == true)
        let money = first["figures"]?.arrayValue?.first { $0["text"]?.stringValue == "about US$2.5 billion" }
        #expect(money?["value"]?.doubleValue == 2_500_000_000)
        #expect(money?["unit"]?.stringValue == "USD")
        #expect(money?["bound"]?.stringValue == "approx")
        // No published date on the page: "on Monday" resolves against the fetch date (Monday 2021-03-15).
        let monday = first["figures"]?.arrayValue?.first { $0["text"]?.stringValue == "on Monday" }
        #expect(monday?["date"]?["start"]?.stringValue == "2021-03-15")
    }

    @Test func outputDirectoryHoldsTheSameRecordsAndTheFailures() throws {
        let reference = try CLITests.run(["extract", "--quiet"] + Self.inputs)
        let dir = Self.temporaryDirectory("out")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try CLITests.run(["extract", "--output", dir, "--chunk-size", "4"] + Self.inputs)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(Self.records(in: dir) == reference.stdout)
        let errors = Self.text(dir + "/errors.jsonl").split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        let cut = try #require(errors.first { $0["source"]?.stringValue?.contains("cut-off.warc.gz") == true })
        #expect(cut["offset"]?.intValue == 1282)
        #expect(cut["reason"]?.stringValue?.hasPrefix("the archive ends inside this record") == true)
        #expect(errors.contains { $0["source"]?.stringValue == "Fixtures/bad/mixed.jsonl#L2" })
        let state = try #require(Self.state(dir))
        #expect(state["complete"] == .bool(true))
        let counts = ["articles", "skipped", "failed"].compactMap { state[$0]?.intValue }
        #expect(counts.reduce(0, +) == state["inputs"]?.intValue)
        #expect(state["failed"]?.intValue == errors.count)
        #expect(state["articles"]?.intValue == reference.records.count)
        // Running it again does nothing and duplicates nothing.
        let again = try CLITests.run(["extract", "--output", dir, "--chunk-size", "4"] + Self.inputs)
        #expect(again.stderr.contains("already complete"))
        #expect(Self.records(in: dir) == reference.stdout)
        #expect(Self.text(dir + "/errors.jsonl").split(separator: "\n").count == errors.count)
    }

    @Test func anotherCommandInTheSameDirectoryIsAUsageError() throws {
        let dir = Self.temporaryDirectory("other")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try CLITests.run(["extract", "--output", dir, "Fixtures/articles"])
        let other = try CLITests.run(["extract", "--output", dir, "Fixtures/gzip"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("holds a run of a different command or inputs"))
        let stray = Self.temporaryDirectory("stray")
        try FileManager.default.createDirectory(atPath: stray, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: stray) }
        #expect(FileManager.default.createFile(atPath: stray + "/notes.txt", contents: Data("x".utf8)))
        let refused = try CLITests.run(["extract", "--output", stray, "Fixtures/articles"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("holds other files"))
    }

    /// Killed at the worst moment (a chunk renamed into place, not yet recorded), then resumed.
    @Test(arguments: [1, 3, 7])
    func killedBetweenChunkAndStateThenResumed(chunk: Int) throws {
        let reference = try CLITests.run(["extract", "--quiet"] + Self.inputs)
        let dir = Self.temporaryDirectory("kill\(chunk)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let arguments = ["extract", "--quiet", "--jobs", "2", "--output", dir, "--chunk-size", "3"] + Self.inputs
        let killed = try Self.runQuietly(arguments, environment: ["NEWSFIGURES_KILL_AFTER_CHUNK": "\(chunk)"])
        #expect(killed.terminationReason == .uncaughtSignal)
        #expect(Self.state(dir)?["complete"] == .bool(false))
        #expect(Self.state(dir)?["inputs"]?.intValue == (chunk - 1) * 3)
        let resumed = try Self.runQuietly(arguments)
        #expect(resumed.terminationStatus == 1)
        #expect(Self.records(in: dir) == reference.stdout)
        let errors = Self.text(dir + "/errors.jsonl").split(separator: "\n")
        #expect(errors.count == Set(errors).count)
        #expect(Self.state(dir)?["failed"]?.intValue == errors.count)
    }

    /// A plain WARC of small responses, each with a count, money and a weekday.
    static func warc(records: Int) -> Data {
        var warc = Data()
        for i in 0..<records {
            let html =
                "<html><head><title>Item \(i)</title></head><body><article><p>The council approved \(i + 10) new homes and a budget of $\(i + 1) million on Monday, officials said.</p></article></body></html>"
            let block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
            let head =
                "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:10000000-0000-4000-8000-\(String(format: "%012d", i))>\r\nWARC-Date: 2022-01-0\(1 + i % 9)T00:00:00Z\r\nWARC-Target-URI: http://example.org/\(i)\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: \(block.utf8.count)\r\n\r\n"
            warc.append(Data((head + block + "\r\n\r\n").utf8))
        }
        return warc
    }

    /// Whether every line of a file is whole (ends in a newline) and is a JSON object.
    static func wholeJSONLines(_ path: String) -> Bool {
        let text = text(path)
        guard !text.isEmpty else { return true }
        guard text.hasSuffix("\n") else { return false }
        return text.split(separator: "\n").allSatisfy { line in
            if case .object = try? JSONParser.parse(String(line)) { return true }
            return false
        }
    }

    /// kill -9 at 24 random moments of a batch run (before the first chunk, mid-chunk, between a
    /// chunk's rename and the state write, during errors.jsonl appends), resuming each time; after
    /// every kill the committed files hold whole lines only, and at the end the output equals an
    /// uninterrupted run: no record lost, none twice, no failure reported twice.
    @Test func killedAtTwentyFourRandomMomentsThenResumed() throws {
        let work = Self.temporaryDirectory("random-kills")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let archive = work + "/long.warc"
        #expect(FileManager.default.createFile(atPath: archive, contents: Self.warc(records: 3000)))
        let inputs = ["Fixtures/bad/mixed.jsonl", archive, "Fixtures/warc/cut-off.warc.gz", "Fixtures/bad"]
        let started = Date()
        let reference = try CLITests.run(["extract", "--quiet", "--jobs", "2"] + inputs)
        let uninterrupted = Date().timeIntervalSince(started)
        #expect(reference.records.count > 3000)
        let dir = work + "/out"
        let arguments = ["extract", "--quiet", "--jobs", "2", "--output", dir, "--chunk-size", "20"] + inputs
        // Kill moments spread over a fifteenth of an uninterrupted run: 24 kills cover about
        // four fifths of the work, with the partial chunk of each killed run redone.
        let seed = UInt64(ProcessInfo.processInfo.environment["NEWSFIGURES_KILL_SEED"] ?? "") ?? UInt64(time(nil))
        var random = SplitMix64(seed: seed)
        let window = max(20_000, Int(uninterrupted * 1_000_000 / 15))
        var kills = 0
        while kills < 24 {
            let process = try Self.start(arguments)
            usleep(UInt32(random.below(window)))
            guard process.isRunning else {
                process.waitUntilExit()
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            let chunks = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasPrefix("records-") }
            for chunk in chunks where chunk.hasSuffix(".jsonl") {
                #expect(Self.wholeJSONLines(dir + "/" + chunk), "seed \(seed), kill \(kills): torn \(chunk)")
            }
            if let state = Self.state(dir), let recorded = state["chunks"]?.intValue {
                // The chunks state.json records hold exactly its articles; one more chunk may have been
                // renamed into place just before the kill (resume removes it), never two.
                let names = chunks.filter { $0.hasSuffix(".jsonl") }.sorted()
                let committed = names.prefix(recorded).map { Self.text(dir + "/" + $0) }.joined()
                #expect(
                    committed.split(separator: "\n").count == state["articles"]?.intValue,
                    "seed \(seed), kill \(kills): chunks and state disagree")
                #expect(names.count <= recorded + 1, "seed \(seed), kill \(kills): \(names.count) chunks, \(recorded) recorded")
                let errorsBytes = TestFiles.read(dir + "/errors.jsonl")?.count ?? 0
                #expect(
                    errorsBytes >= state["errors_bytes"]?.intValue ?? 0, "seed \(seed), kill \(kills): errors.jsonl shorter than recorded")
            }
        }
        #expect(kills >= 20, "seed \(seed): the run finished after \(kills) kills")
        let finished = try Self.runQuietly(arguments)
        #expect(finished.terminationStatus == 1)  // the bad inputs
        #expect(Self.state(dir)?["complete"] == .bool(true))
        #expect(Self.records(in: dir) == reference.stdout, "seed \(seed)")
        #expect(Self.wholeJSONLines(dir + "/errors.jsonl"))
        let errors = Self.text(dir + "/errors.jsonl").split(separator: "\n")
        #expect(errors.count == Set(errors).count, "seed \(seed): a failure reported twice")
        let referenceFailures = reference.stderr.split(separator: "\n").filter { $0.hasPrefix("newsfigures: ") }.count
        #expect(errors.count == referenceFailures, "seed \(seed)")
        let state = try #require(Self.state(dir))
        #expect(state["failed"]?.intValue == errors.count)
        let counts = ["articles", "skipped", "failed"].compactMap { state[$0]?.intValue }
        #expect(counts.reduce(0, +) == state["inputs"]?.intValue)
    }

    /// A real `kill -9` from outside, somewhere in the middle of a long run, then resume.
    @Test func killedFromOutsideThenResumed() throws {
        let work = Self.temporaryDirectory("long")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let archive = work + "/long.warc"
        #expect(FileManager.default.createFile(atPath: archive, contents: Self.warc(records: 1500)))
        let reference = try CLITests.run(["extract", "--quiet", "--jobs", "2", archive])
        #expect(reference.records.count == 1500)
        let dir = work + "/out"
        let arguments = ["extract", "--quiet", "--jobs", "2", "--output", dir, "--chunk-size", "50", archive]
        let process = try Self.start(arguments)
        // Wait until some chunks are committed, then kill -9 mid-run.
        var waited = 0
        while (Self.state(dir)?["inputs"]?.intValue ?? 0) < 200, process.isRunning, waited < 6000 {
            usleep(5_000)
            waited += 1
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let done = Self.state(dir)?["inputs"]?.intValue ?? 0
        #expect(done >= 200 && done < 1500, "killed after \(done) inputs")
        // --quiet and --jobs are not part of what must match: resume with a summary line and one job.
        let resumed = try CLITests.run(["extract", "--jobs", "1", "--output", dir, "--chunk-size", "50", archive])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("resumed after \(done) inputs"))
        #expect(Self.records(in: dir) == reference.stdout)
        #expect(Self.state(dir)?["articles"]?.intValue == 1500)
    }
}
