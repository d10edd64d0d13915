import Foundation
import NewsJSON
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The hostile-input corpus (Fixtures/hostile, and the large files scripts/make-hostile-fixtures.py
/// generates): each input through the built tool, with its expected outcome, a time limit and a
/// peak-memory limit. Every hostile page carries the same short article, so "sane output" means
/// that article's figures, not merely an exit status.
@Suite struct HostileInputTests {
    /// A run of the tool with its wall time and peak resident memory (from wait4's rusage).
    struct Measured {
        var run: CLITests.Run
        var seconds: Double
        var peakMB: Int
    }

    /// Sanitizer builds run several times slower and use more memory; limits scale with them.
    static let sanitized: Bool = dlsym(nil, "__asan_init") != nil || dlsym(nil, "__tsan_init") != nil
    /// ThreadSanitizer runs 5–15 times slower than a plain build, AddressSanitizer about 2–4 times.
    static let slowdown: Double = dlsym(nil, "__tsan_init") != nil ? 8 : sanitized ? 4 : 1

    /// The large files, generated once into .build/hostile-large (again when the generator changes).
    static let large: String = {
        let dir = Paths.packageRoot + "/.build/hostile-large"
        let script = Paths.packageRoot + "/scripts/make-hostile-fixtures.py"
        let stamp = dir + "/generator.py"
        if TestFiles.read(stamp) == nil || TestFiles.read(stamp) != TestFiles.read(script) {
            try? FileManager.default.removeItem(atPath: dir)
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let made = try? CLITests.execute("/usr/bin/env", ["python3", script, "--large", dir])
            if made?.status == 0 { try? FileManager.default.copyItem(atPath: script, toPath: stamp) }
        }
        return dir
    }()

    /// Forks the tool from a small Python process and writes its exit status, wall time and peak
    /// RSS. (A child spawned straight from this test process would report this process's memory:
    /// Linux carries the parent's high-water mark across fork and exec into `ru_maxrss`.)
    static let meter = """
        import os, sys, time
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            os.execv(sys.argv[2], sys.argv[2:])
        _, status, usage = os.wait4(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        with open(sys.argv[1], "w") as f:
            f.write(f"{code if code >= 0 else 128 - code} {time.monotonic() - start} {usage.ru_maxrss}")
        """

    /// Runs the tool from the package root with stdout and stderr in files, and measures it.
    static func measure(_ arguments: [String]) throws -> Measured {
        let out = BatchTests.temporaryDirectory("hostile-out")
        let err = out + ".err"
        let stats = out + ".stats"
        defer { for path in [out, err, stats] { unlink(path) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let command =
            ["/bin/sh", "-c", "cd \"$0\" && exec python3 -c \"$@\"", Paths.packageRoot, meter, stats, CLITests.binary] + arguments
        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let fields = (TestFiles.readText(stats) ?? "").split(separator: " ")
        guard fields.count == 3, let exit = Int32(fields[0]), let seconds = Double(fields[1]), let kilobytes = Int(fields[2]) else {
            throw POSIXError(.EIO)
        }
        return Measured(
            run: CLITests.Run(status: exit, stdout: TestFiles.readText(out) ?? "", stderr: TestFiles.readText(err) ?? ""),
            seconds: seconds, peakMB: kilobytes / 1024)
    }

    /// The figures of the article every hostile page carries, as (kind, value) pairs.
    static let articleFigures: [String] = [
        "count 14600", "date 2020-11-07", "money 10900000000 USD", "percent 73.8", "date 2019-01-01",
    ]

    static func summary(_ record: JSONValue) -> [String] {
        (record["figures"]?.arrayValue ?? []).map { figure in
            let kind = figure["kind"]?.stringValue ?? "?"
            if kind == "date" { return "date " + (figure["date"]?["start"]?.stringValue ?? "?") }
            let value = figure["value"].map { v in v.intValue.map(String.init) ?? v.doubleValue.map { String($0) } ?? "?" } ?? "?"
            return kind + " " + value + (kind == "money" ? " " + (figure["unit"]?.stringValue ?? "?") : "")
        }
    }

    /// Checks a run's limits and returns its records.
    static func within(_ m: Measured, seconds: Double, megabytes: Int, _ what: String) -> [JSONValue] {
        #expect(m.seconds < seconds * slowdown, "\(what): \(m.seconds) s")
        // AddressSanitizer keeps up to 256 MB of freed memory in quarantine and shadows the rest.
        #expect(m.peakMB < (sanitized ? megabytes * 3 + 512 : megabytes), "\(what): peak \(m.peakMB) MB")
        return m.run.records
    }

    @Test func aPageOf100MegabytesKeepsItsArticle() throws {
        let m = try Self.measure(["extract", Self.large + "/page-100mb.html"])
        let records = Self.within(m, seconds: 240, megabytes: 800, "100 MB page")
        #expect(m.run.status == 0)
        #expect(records.count == 1)
        #expect(records.first.map(Self.summary) == Self.articleFigures)
        #expect(records.first?["text"]?.stringValue?.contains("iVBORw0KGgo") == false)
    }

    @Test func oneHundredThousandNestedElements() throws {
        let m = try Self.measure(["extract", Self.large + "/nested-100000.html"])
        let records = Self.within(m, seconds: 60, megabytes: 150, "nested elements")
        #expect(m.run.status == 0)
        #expect(records.first.map(Self.summary) == Self.articleFigures)
    }

    @Test func entityExpansionDoesNotHappen() throws {
        let m = try Self.measure(["extract", "Fixtures/hostile/entity-expansion.html"])
        let records = Self.within(m, seconds: 20, megabytes: 100, "entity expansion")
        let text = try #require(records.first?["text"]?.stringValue)
        #expect(records.first.map(Self.summary) == Self.articleFigures)
        // The internal subset is gone and no entity was expanded: one literal "&lol9;", no "lollol".
        #expect(!text.contains("ENTITY"))
        #expect(!text.contains("lollol"))
        #expect(text.count < 400)
    }

    /// External entities, an external DTD, XInclude, a stylesheet and a base URL point at a port this
    /// test listens on and at /etc/passwd: nothing may connect, and no file's content may appear.
    @Test func externalEntitiesAreNeverFetched() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(bound == 0)
        #expect(listen(listener, 16) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let page = (TestFiles.readText(Paths.fixture("hostile/external-entity.html")) ?? "")
            .replacingOccurrences(of: "PORT", with: "\(port)")
        #expect(page.contains("127.0.0.1:\(port)/entity"))
        let file = BatchTests.temporaryDirectory("xxe") + ".html"
        defer { unlink(file) }
        #expect(FileManager.default.createFile(atPath: file, contents: Data(page.utf8)))
        let m = try Self.measure(["extract", file])
        let records = Self.within(m, seconds: 20, megabytes: 100, "external entities")
        #expect(records.first.map(Self.summary) == Self.articleFigures)
        let text = records.first?["text"]?.stringValue ?? ""
        #expect(!text.contains("root:"))
        // Nothing connected: a non-blocking accept finds no one waiting.
        _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
        let accepted = accept(listener, nil, nil)
        #expect(accepted < 0, "the tool connected to the network")
        if accepted >= 0 { close(accepted) }
    }

    @Test func invalidUTF8AndNULBytesKeepTheArticle() throws {
        let m = try Self.measure(["extract", "Fixtures/hostile/invalid-utf8-nul.html"])
        let records = Self.within(m, seconds: 20, megabytes: 100, "invalid UTF-8")
        #expect(m.run.status == 0)
        let record = try #require(records.first)
        #expect(record["encoding"]?.stringValue?.hasSuffix(", 4 NUL bytes removed") == true)
        #expect(Self.summary(record) == Self.articleFigures)
        #expect(record["text"]?.stringValue?.unicodeScalars.contains("\u{0}") == false)
    }

    /// 1 GB of zeros in 1 MB of gzip, as a page and as a JSON line that never ends: refused by the
    /// decompression-ratio limit after 16 MB, quickly and in little memory.
    @Test(arguments: ["bomb-1gb.html.gz", "bomb-1gb-line.jsonl.gz"])
    func gzipBombsAreRefused(_ name: String) throws {
        let m = try Self.measure(["extract", Self.large + "/" + name])
        _ = Self.within(m, seconds: 60, megabytes: 100, name)
        #expect(m.run.status == 1)
        #expect(m.run.records.isEmpty)
        let failure = m.run.stderr.split(separator: "\n").first { $0.contains("gzip bomb:") }
        #expect(failure?.contains(name) == true, "\(m.run.stderr)")
        #expect(failure?.contains("(over 200:1); the rest of the file was not read") == true)
        #expect(m.run.stderr.contains("articles 0, skipped 0, failed 1,"))
    }

    /// Content-Length too short for one record and a billion bytes too long for another: the records
    /// around them survive, the impossible one is a failure naming its offset, and the counts add up.
    @Test func warcLengthsThatLieBothWays() throws {
        let m = try Self.measure(["extract", "Fixtures/hostile/lies-both-ways.warc"])
        let records = Self.within(m, seconds: 20, megabytes: 100, "lying WARC")
        #expect(m.run.status == 1)
        #expect(
            records.compactMap { $0["url"]?.stringValue } == [
                "https://news.example/one", "https://news.example/short", "https://news.example/two", "https://news.example/three",
            ])
        for record in records { #expect(Self.summary(record) == Self.articleFigures) }
        #expect(records[1]["diagnostics"]?.arrayValue?.isEmpty == false)
        #expect(m.run.stderr.contains("lies-both-ways.warc@2149: WARC record block of 1000000000 bytes is over the 268435456-byte limit"))
        #expect(m.run.stderr.contains("articles 4, skipped 0, failed 1,"))
    }

    /// A megabyte of sentences with no line break: every figure, in bounded time.
    @Test func aOneMegabyteLine() throws {
        let m = try Self.measure(["extract", "--validate", Self.large + "/line-1mb.txt"])
        let records = Self.within(m, seconds: 120, megabytes: 250, "1 MB line")
        let record = try #require(records.first)
        let sentences = (1 << 20) / "Exports rose 5 percent to $3 billion as 14,600 buyers attended. ".utf8.count
        let figures = record["figures"]?.arrayValue ?? []
        #expect(figures.count == 3 * sentences + 1)
        #expect(figures.filter { $0["kind"]?.stringValue == "money" }.count == sentences)
        // Validation of more than 10,000 figures is skipped with a warning, not attempted.
        let findings = record["findings"]?.arrayValue ?? []
        #expect(findings.contains { $0["rule"]?.stringValue == "validation.skipped" })
    }

    /// A JSON line of 50 MB, then an ordinary one: both articles come out.
    @Test func aJSONLineOf50Megabytes() throws {
        let m = try Self.measure(["extract", Self.large + "/line-50mb.jsonl"])
        let records = Self.within(m, seconds: 120, megabytes: 600, "50 MB JSON line")
        #expect(m.run.status == 0)
        #expect(records.compactMap { $0["id"]?.stringValue } == ["big", "small"])
        for record in records { #expect(Self.summary(record) == Self.articleFigures) }
    }

    /// A 10,000-digit number as a count, as money and as a percentage: no figure with a wrapped or
    /// truncated value, and the overflow is reported on the record.
    @Test func tenThousandDigitNumbersAreReportedNotWrapped() throws {
        let m = try Self.measure(["extract", "--as-body", "Fixtures/hostile/digits-10000.txt"])
        let records = Self.within(m, seconds: 30, megabytes: 100, "10,000 digits")
        let record = try #require(records.first)
        #expect(Self.summary(record) == ["date 2020-11-07", "count 14600"])
        #expect(
            record["diagnostics"]?.arrayValue?.compactMap(\.stringValue)
                == ["3 numbers longer than 38 digits not read as figures (the first at offset 41)"])
    }

    /// Powers of ten a JSON reader would take as infinity or zero: no figure written with such a
    /// value, the overflow reported on the record, the figures around it unchanged.
    @Test func exponentsBeyondADoubleAreReportedNotWritten() throws {
        let m = try Self.measure(["extract", "Fixtures/hostile/exponents-beyond-range.txt"])
        let records = Self.within(m, seconds: 20, megabytes: 100, "exponents beyond range")
        let record = try #require(records.first)
        #expect(Self.summary(record) == ["date 2020-11-05", "count 14600"])
        #expect(
            record["diagnostics"]?.arrayValue?.compactMap(\.stringValue)
                == ["3 figures beyond 1e307 or below 1e-307 not read (the first \"1e999%\" at offset 32)"])
    }

    /// Days that do not exist are no dates, and none of their parts turns into another figure.
    @Test func datesThatDoNotExist() throws {
        let m = try Self.measure(["extract", "Fixtures/hostile/dates-invalid.txt"])
        let records = Self.within(m, seconds: 20, megabytes: 100, "invalid dates")
        let record = try #require(records.first)
        #expect(Self.summary(record) == ["date 2020-11-05", "count 14600"])
    }

    /// A YAML alias bomb in a pipeline file is refused at once with the file and line.
    @Test func aPipelineFileWithAnAliasBomb() throws {
        let m = try Self.measure(["run", "Fixtures/hostile/alias-bomb.yml"])
        _ = Self.within(m, seconds: 10, megabytes: 100, "alias bomb")
        #expect(m.run.status == 2)
        // Refused before any YAML is composed (an alias used as a key made composing exponential:
        // Fixtures/hostile/alias-key-bomb.yml, found by FuzzPipelineFile).
        #expect(m.run.stderr.contains("Fixtures/hostile/alias-bomb.yml:4: pipeline: YAML aliases (*name) are not allowed"))
    }
}
