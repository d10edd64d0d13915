import ArgumentParser
import Foundation
import NewsJSON
import NewsPipeline
import NewsReport

/// `newsfigures validate`: rules over records already written, series across documents, gold audits.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check records: consistency rules, figures across documents, or a gold audit.",
        discussion: """
            RECORDS are JSONL files of records, .json files holding one record, directories of those, or a
            SQLite store written with --format sqlite (its findings table is updated).
            Examples:
              newsfigures validate out/records.jsonl
              newsfigures validate --series out/records.jsonl
              newsfigures validate --gold Fixtures/expected out/records.jsonl
            Exit status: 1 when a finding is an error (or a record cannot be read), 0 otherwise.
            """
    )

    @Argument(help: "Record files (JSONL, .json), directories of them, or a SQLite store.")
    var records: [String]

    @Flag(help: "Group figures by subject and unit across documents, ordered by published date; report contradictions.")
    var series = false

    @Option(
        help: ArgumentHelp(
            "Compare with expected records (a JSONL file, a .json file or a directory); print precision, recall and F1 per kind, and the misses and extras.",
            valueName: "EXPECTED"))
    var gold: String?

    @Flag(help: "No summary line on standard error.")
    var quiet = false

    func run() throws {
        var failed = 0
        let loaded = try Self.load(records, failed: &failed)
        if let gold {
            var goldFailed = 0
            let expected = try Self.load([gold], failed: &goldFailed)
            failed += goldFailed
            try audit(loaded.map(\.record), expected: expected.map(\.record))
        } else if series {
            report(FigureSeries.build(loaded.map(\.record)))
        } else {
            var errors = 0, warnings = 0, infos = 0
            var stores: [String: SQLiteStore] = [:]
            for item in loaded {
                let findings = RecordValidation.findings(for: item.record)
                for f in findings {
                    switch f.severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    case .info: infos += 1
                    }
                    var w = JSONWriter()
                    w.beginObject()
                    w.key("document"); w.string(item.record.id)
                    w.key("source"); w.string(item.record.source)
                    w.key("rule"); w.string(f.rule)
                    w.key("severity"); w.string(f.severity.rawValue)
                    w.key("figures")
                    w.beginArray()
                    for i in f.figures { w.int(i) }
                    w.endArray()
                    w.key("texts")
                    w.beginArray()
                    for i in f.figures { w.string(item.record.figures.indices.contains(i) ? item.record.figures[i].text : "") }
                    w.endArray()
                    w.key("message"); w.string(f.message)
                    w.endObject()
                    FileOutput.standardOutput.write(w.string + "\n")
                }
                if let path = item.store {
                    let store = try stores[path] ?? SQLiteStore(path: path)
                    stores[path] = store
                    try store.replaceFindings(document: item.record.id, findings)
                }
            }
            if !quiet {
                FileOutput.standardError.write(
                    "records \(loaded.count), unreadable \(failed), findings \(errors + warnings + infos) (errors \(errors), warnings \(warnings), info \(infos))\n"
                )
            }
            if errors > 0 { throw ExitCode(1) }
        }
        if failed > 0 { throw ExitCode(1) }
    }

    struct Loaded {
        var record: Record
        /// The SQLite store it came from.
        var store: String?
    }

    /// What a batch output directory holds beside its records: `errors.jsonl` (inputs that failed)
    /// and `state.json` (counts and skip reasons).
    struct RunFiles {
        var failures: [ReportFailure] = []
        var skipped: [String: Int] = [:]
    }

    /// Records from files, directories and stores; unreadable ones are reported and counted.
    static func load(_ paths: [String], failed: inout Int) throws -> [Loaded] {
        var ignored = RunFiles()
        return try load(paths, failed: &failed, runFiles: &ignored)
    }

    /// Records, and the failure lines (`{"source": …, "reason": …}`) and run states (`skip_reasons`)
    /// of batch runs, which are not records and not unreadable.
    static func load(_ paths: [String], failed: inout Int, runFiles: inout RunFiles) throws -> [Loaded] {
        var out: [Loaded] = []
        let decoder = JSONDecoder()
        func decode(_ text: Substring, source: String, store: String? = nil) {
            // Not records: a batch run's failure lines and its state (they have no "text").
            if store == nil, text.contains("\"reason\"") || text.contains("\"skip_reasons\""),
                let object = try? JSONParser.parse(String(text)), object["text"] == nil
            {
                if let reason = object["reason"]?.stringValue, let from = object["source"]?.stringValue {
                    runFiles.failures.append(ReportFailure(source: from, reason: reason))
                    return
                }
                if case let .object(reasons)? = object["skip_reasons"] {
                    for (reason, n) in reasons { runFiles.skipped[reason, default: 0] += Int(n.doubleValue ?? 0) }
                    return
                }
            }
            do { out.append(Loaded(record: try decoder.decode(Record.self, from: Data(text.utf8)), store: store)) } catch {
                failed += 1
                FileOutput.standardError.write("newsfigures: \(source): not a record (\(error.localizedDescription))\n")
            }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("\(path): no such file or directory")
            }
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter {
                    $0.hasSuffix(".json") || $0.hasSuffix(".jsonl")
                }
                out += try load(names.sorted().map { path + "/" + $0 }, failed: &failed, runFiles: &runFiles)
                continue
            }
            if SQLiteStore.isStore(path) {
                for (i, line) in try SQLiteStore(path: path).recordLines().enumerated() {
                    decode(Substring(line), source: "\(path)#\(i + 1)", store: path)
                }
                continue
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if path.hasSuffix(".json") {
                decode(Substring(text), source: path)
            } else {
                // "\r\n" is one Character in Swift: split on any line end.
                for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
                where !line.allSatisfy(\.isWhitespace) {
                    decode(line, source: "\(path)#L\(i + 1)")
                }
            }
        }
        return out
    }

    func report(_ all: [FigureSeries]) {
        var contradictions = 0
        for s in all {
            var w = JSONWriter()
            w.beginObject()
            w.key("kind"); w.string(s.kind.rawValue)
            w.key("subject"); w.string(s.subject)
            w.key("unit"); w.optionalString(s.unit)
            w.key("points")
            w.beginArray()
            for p in s.points {
                w.beginObject()
                w.key("published"); w.string(p.published)
                w.key("value"); w.number(text: p.value.description)
                w.key("text"); w.string(p.text)
                w.key("document"); w.string(p.document)
                w.key("figure"); w.int(p.index)
                w.endObject()
            }
            w.endArray()
            w.key("contradictions")
            w.beginArray()
            for (a, b) in s.contradictions {
                w.beginArray(); w.int(a); w.int(b); w.endArray()
            }
            w.endArray()
            w.endObject()
            contradictions += s.contradictions.count
            FileOutput.standardOutput.write(w.string + "\n")
        }
        if !quiet { FileOutput.standardError.write("series \(all.count), contradictions \(contradictions)\n") }
    }

    func audit(_ records: [Record], expected: [Record]) throws {
        let audit = GoldAudit(records: records, expected: expected)
        func line(_ kind: String, _ s: GoldAudit.Score) -> String {
            var w = JSONWriter()
            w.beginObject()
            w.key("kind"); w.string(kind)
            w.key("precision"); w.number(text: Self.three(s.precision))
            w.key("recall"); w.number(text: Self.three(s.recall))
            w.key("f1"); w.number(text: Self.three(s.f1))
            w.key("matched"); w.int(s.matched)
            w.key("expected"); w.int(s.expected)
            w.key("found"); w.int(s.found)
            w.endObject()
            return w.string
        }
        for kind in FigureKind.allCases { FileOutput.standardOutput.write(line(kind.rawValue, audit.scores[kind] ?? .init()) + "\n") }
        FileOutput.standardOutput.write(line("all", audit.overall) + "\n")
        for miss in audit.misses {
            var w = JSONWriter()
            w.beginObject()
            w.key(miss.kind); w.string(miss.figure.text)
            w.key("document"); w.string(miss.document)
            w.key("figure_kind"); w.string(miss.figure.kind.rawValue)
            w.key("start"); w.int(miss.figure.start)
            w.key("value"); if let v = miss.figure.value { w.number(text: v.description) } else { w.null() }
            w.endObject()
            FileOutput.standardOutput.write(w.string + "\n")
        }
        for id in audit.missingDocuments { FileOutput.standardError.write("newsfigures: no record for expected document \(id)\n") }
        if !quiet {
            let o = audit.overall
            FileOutput.standardError.write(
                "gold: precision \(Self.three(o.precision)), recall \(Self.three(o.recall)), F1 \(Self.three(o.f1)) (\(o.matched) of \(o.expected) expected, \(o.found) found)\n"
            )
        }
    }

    static func three(_ v: Double) -> String {
        let scaled = Int((v * 1000).rounded())
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - String(scaled % 1000).count) + String(scaled % 1000)
    }
}
