import NewsPipeline
import TestSupport
import Testing

/// Pipeline files read from text: YAML aliases are refused before the YAML library composes them.
@Suite struct PipelineFileTests {
    static func problem(_ yaml: String) -> String? {
        do {
            _ = try PipelineSpec.parse(yaml: yaml, file: "p.yml")
            return nil
        } catch { return error.description }
    }

    /// The fuzzer's finding: an alias used as a mapping key inside an alias bomb made composing the
    /// 642-byte file take 1.5 s here (17 s under the fuzzer), and each level more ten times that.
    @Test func theFuzzersAliasKeyBombIsRefusedAtOnce() throws {
        let text = try #require(TestFiles.readText(Paths.fixture("hostile/alias-key-bomb.yml")))
        let started = ContinuousClock.now
        #expect(Self.problem(text) == "p.yml:4: pipeline: YAML aliases (*name) are not allowed")
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test(arguments: [
        ("name: x\ninputs: [a, *b]\n", 2), ("name: x\ninputs: {? *k : v}\n", 2), ("*a : 1\n", 1),
        ("name: x\ninputs:\n  - \"quoted\"\n  - *b\n", 4),
    ])
    func aliasesAreRefusedWithTheirLine(_ yaml: String, _ line: Int) {
        #expect(Self.problem(yaml) == "p.yml:\(line): pipeline: YAML aliases (*name) are not allowed", "\(yaml)")
    }

    /// Stars that are not aliases: in quotes, in comments, inside plain scalars and paths.
    @Test(arguments: [
        "name: \"a *b\"\ninputs: ['x *y', \"data/*.html\"]\noutputs: {jsonl: o.jsonl}\n",
        "name: it's *fine\ninputs: [data/*.html]\noutputs: {jsonl: o.jsonl}\n",
        "# a comment with *stars\nname: x  # and *here\ninputs: [a]\noutputs: {jsonl: o.jsonl}\n",
        "name: \"escaped \\\" *quote\"\ninputs: [a]\noutputs: {jsonl: o.jsonl}\n",
    ])
    func starsThatAreNotAliases(_ yaml: String) throws {
        #expect(Self.problem(yaml) == nil, "\(yaml)")
    }

    /// An input may state the published date of its documents that state none.
    @Test func inputsMayStateAPublishedDate() throws {
        let spec = try PipelineSpec.parse(
            yaml:
                "inputs:\n  - plain.html\n  - {path: old/, published: 2024-10-30}\n  - {path: old/x/crawl.warc.gz, published: 2021-03-01}\noutputs: {jsonl: o.jsonl}\n",
            file: "p.yml")
        #expect(spec.inputs == ["plain.html", "old/", "old/x/crawl.warc.gz"])
        let options = spec.options
        #expect(options.statedPublished(for: "plain.html") == nil)
        #expect(options.statedPublished(for: "old/a.html") == "2024-10-30")
        #expect(options.statedPublished(for: "older/a.html") == nil)  // a path prefix that is not a directory
        #expect(options.statedPublished(for: "old/x/crawl.warc.gz#urn:uuid:1") == "2021-03-01")  // the longest path wins
    }

    @Test(arguments: [
        (
            "inputs:\n  - {path: a.html, published: 30 October}\n",
            "p.yml:2: pipeline.inputs.published: \"30 October\" is not a date (YYYY-MM-DD)"
        ),
        ("inputs:\n  - {published: 2024-10-30}\n", "p.yml:2: pipeline.inputs: an entry without \"path\""),
        (
            "inputs:\n  - {path: a.html, date: 2024-10-30}\n",
            "p.yml:2: pipeline.inputs: unknown key \"date\" (expected one of: path, published)"
        ),
    ])
    func wrongInputEntriesNameTheLine(_ yaml: String, _ message: String) {
        #expect(Self.problem(yaml) == message)
    }
}
