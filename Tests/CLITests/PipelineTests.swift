import Foundation
import NewsJSON
import TestSupport
import Testing

/// `newsfigures run PIPELINE.yml`: the default pipeline, the rule-pack example, and errors in files.
@Suite(.serialized) struct PipelineTests {
    static func write(_ text: String, to path: String) {
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    }

    @Test func defaultPipelineWritesEveryOutput() throws {
        let dir = BatchTests.temporaryDirectory("pipeline-default")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The shipped file with its outputs sent to a temporary directory.
        let shipped = try #require(TestFiles.readText(Paths.packageRoot + "/Pipelines/default.yml"))
        Self.write(shipped.replacingOccurrences(of: "out/default/", with: dir + "/"), to: dir + "/default.yml")
        let run = try CLITests.run(["run", dir + "/default.yml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("articles 8, skipped 7, failed 0, figures 91"))
        // The records are extract's records, with findings attached; the 2024 article, which states
        // no date, has the one its input entry states, and its dates are resolved against it.
        let extract = try CLITests.run(["extract", "--quiet", "--validate", "Fixtures/articles", "Fixtures/warc/crawl.warc.gz"])
        let records = (TestFiles.readText(dir + "/records.jsonl") ?? "").split(separator: "\n").compactMap {
            try? JSONParser.parse(String($0))
        }
        #expect(records.count == 8)
        let dated = "Fixtures/articles/ciie-2024-zhejiang-article.txt"
        #expect(records.filter { $0["source"]?.stringValue != dated } == extract.records.filter { $0["source"]?.stringValue != dated })
        let article = try #require(records.first { $0["source"]?.stringValue == dated })
        #expect(article["published"]?.stringValue == "2024-10-30")
        #expect(article["metadata_sources"]?["published"]?.stringValue == "caller")
        let resolved = try CLITests.run(["extract", "--quiet", "--validate", "--published", "2024-10-30", dated])
        #expect(article["figures"] == resolved.records.first?["figures"])
        let dates = (article["figures"]?.arrayValue ?? []).filter { $0["kind"]?.stringValue == "date" }
        #expect(dates.map { $0["date"]?["start"]?.stringValue } == ["2024-11-05", "2024-01-01"])
        #expect(TestFiles.readText(dir + "/figures.csv")?.hasPrefix("id,source,url,") == true)
        let (_, count, _) = try OutputFormatTests.tool("sqlite3", [dir + "/records.sqlite", "SELECT count(*) FROM documents"])
        #expect(count == "8\n")
        let report = TestFiles.readText(dir + "/report.txt") ?? ""
        #expect(report.contains("pipeline: default") && report.contains("change.derived (info): 8"))
    }

    @Test func aRulePackChangesWhatIsExtracted() throws {
        let dir = BatchTests.temporaryDirectory("pipeline-pack")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let shipped = try #require(TestFiles.readText(Paths.packageRoot + "/Pipelines/trade-fairs.yml"))
        let with = shipped.replacingOccurrences(of: "out/trade-fairs/", with: dir + "/with-")
        let without = with.replacingOccurrences(of: "with-", with: "without-").replacingOccurrences(
            of: "rule_packs:\n  - Pipelines/packs/trade-fairs.yml\n", with: "")
        #expect(without != with && !without.contains("rule_packs"))
        Self.write(with, to: dir + "/with.yml")
        Self.write(without, to: dir + "/without.yml")
        #expect(try CLITests.run(["run", dir + "/with.yml"]).status == 0)
        #expect(try CLITests.run(["run", dir + "/without.yml"]).status == 0)
        func figures(_ file: String) -> [String: [JSONValue]] {
            var out: [String: [JSONValue]] = [:]
            for line in (TestFiles.readText(file) ?? "").split(separator: "\n") {
                guard let r = try? JSONParser.parse(String(line)), let source = r["source"]?.stringValue else { continue }
                out[(source as NSString).lastPathComponent] = r["figures"]?.arrayValue ?? []
            }
            return out
        }
        let packed = figures(dir + "/with-records.jsonl"), plain = figures(dir + "/without-records.jsonl")
        func find(_ all: [String: [JSONValue]], _ file: String, _ text: String) -> JSONValue? {
            all[file]?.first { $0["text"]?.stringValue == text }
        }
        // Currency words the built-in rules do not know: money in GHS only with the pack.
        #expect(find(packed, "accra-fair.txt", "95 million cedis")?["unit"]?.stringValue == "GHS")
        #expect(find(packed, "accra-fair.txt", "95 million cedis")?["value"] == .number("95000000"))
        #expect(find(plain, "accra-fair.txt", "95 million cedis") == nil)
        // Built-in currencies are untouched.
        #expect(find(plain, "kl-fair.txt", "2.4 billion ringgit")?["unit"]?.stringValue == "MYR")
        #expect(find(packed, "kl-fair.txt", "2.4 billion ringgit")?["unit"]?.stringValue == "MYR")
        // Counted nouns only: "12 countries" and "six halls" go, "1,250 exhibitors" stays.
        #expect(find(plain, "kl-fair.txt", "12") != nil && find(packed, "kl-fair.txt", "12") == nil)
        #expect(find(packed, "kl-fair.txt", "1,250")?["subject"]?.stringValue == "exhibitors")
        // Names with numbers: "100 Buyers Club" and "20 Exhibitors Award" (buyers and exhibitors
        // are counted nouns, so only the names list removes them).
        #expect(find(plain, "accra-fair.txt", "100") != nil && find(packed, "accra-fair.txt", "100") == nil)
        #expect(find(plain, "accra-fair.txt", "20") != nil && find(packed, "accra-fair.txt", "20") == nil)
        #expect(find(packed, "accra-fair.txt", "860")?["subject"]?.stringValue == "exhibitors")
        // Chrome lines: gone from the body.
        let text = try #require(TestFiles.readText(dir + "/with-records.jsonl"))
        #expect(!text.contains("Register now for") && !text.contains("Download the exhibitor manual"))
        #expect(TestFiles.readText(dir + "/without-records.jsonl")?.contains("Register now for") == true)
    }

    @Test(arguments: [
        (
            "name: x\ninputs: [a]\noutputs: {jsonl: o.jsonl}\nextraction:\n  dollars: USD\n",
            ":5: pipeline.extraction: unknown key \"dollars\""
        ),
        ("name: x\ninputs: [a]\njobs: two\noutputs: {jsonl: o.jsonl}\n", ":3: pipeline.jobs: expected a whole number"),
        ("name: x\ninputs: a\noutputs: {jsonl: o.jsonl}\n", ":2: pipeline.inputs: expected a list of paths"),
        ("name: x\ninputs: [a]\noutput: {jsonl: o.jsonl}\n", ":3: pipeline: unknown key \"output\""),
        ("name: x\ninputs: [a]\n", "pipeline.outputs: name at least one of jsonl, csv, sqlite"),
        (
            "name: x\ninputs: [a]\noutputs: {jsonl: o.jsonl}\nvalidation:\n  severities: {part-whole: fatal}\n",
            ":5: pipeline.validation.severities.part-whole"
        ),
        ("name: x\ninputs: [a]\njobs: 0\noutputs: {jsonl: o.jsonl}\n", ":3: pipeline.jobs: 0 (expected 1 to 256)"),
        ("name: x\ninputs: [a]\noutputs: {jsonl: o.jsonl}\noutputs: {csv: o.csv}\n", "duplicated key(s): 'outputs'"),
        ("name: x\ninputs: [a]\noutputs: {jsonl: yes}\n", ":3: pipeline.outputs.jsonl: expected a string"),
        ("name: x\ninputs: [a]\noutputs: {jsonl: o.jsonl}\nvalidation:\n  disabled: [shares.totl]\n", "unknown rule \"shares.totl\""),
        ("name: x\ninputs: &i [a]\noutputs: {jsonl: o.jsonl}\nname2: *i\n", ":4: pipeline: YAML aliases (*name) are not allowed"),
        ("name: x\ninputs:\n  - a\n  - *b\noutputs: {jsonl: o.jsonl}\n", ":4: pipeline: YAML aliases (*name) are not allowed"),
        (
            "name: x\ninputs: [a]\noutputs: {jsonl: o.jsonl}\nrule_packs: [PACK]\n",
            "PACK:4: rule pack.currencies.ringgit: \"ringgits\" is not an ISO 4217 code"
        ),
    ])
    func mistakesNameTheFileLineAndKey(yaml: String, message: String) throws {
        let dir = BatchTests.temporaryDirectory("pipeline-bad")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        Self.write("name: p\ncounted_nouns: [buyer]\ncurrencies:\n  ringgit: ringgits\n", to: dir + "/pack.yml")
        Self.write(yaml.replacingOccurrences(of: "PACK", with: dir + "/pack.yml"), to: dir + "/bad.yml")
        let run = try CLITests.run(["run", dir + "/bad.yml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(message.replacingOccurrences(of: "PACK", with: dir + "/pack.yml")), "\(run.stderr)")
        #expect(run.stderr.contains(message.hasPrefix("PACK") ? dir + "/pack.yml" : dir + "/bad.yml"))
    }
}
