import Foundation
import NewsJSON
import TestSupport
import Testing

/// Real output validated against schema/record.schema.json by Python's jsonschema (draft 2020-12).
@Suite struct SchemaTests {
    static let validator = """
        import json, sys
        import jsonschema
        schema = json.load(open("schema/record.schema.json"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        records = [json.loads(line) for line in open(sys.argv[1])]
        mutate = sys.argv[2] if len(sys.argv) > 2 else ""
        for r in records:
            if mutate == "rename-text": r["body"] = r.pop("text")
            if mutate == "string-value" and r["figures"]: r["figures"][0]["value"] = "12"
            if mutate == "extra-member": r["figures_count"] = len(r["figures"])
            if mutate == "bad-kind" and r["figures"]: r["figures"][0]["kind"] = "amount"
        errors = sum(1 for r in records for _ in validator.iter_errors(r))
        print(len(records), errors)
        """

    static func validate(_ file: String, mutate: String = "") throws -> (records: Int, errors: Int) {
        let (status, out, err) = try OutputFormatTests.tool("python3", ["-c", Self.validator, file, mutate])
        #expect(status == 0, "\(err)")
        let numbers = out.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        return (numbers.first ?? -1, numbers.count > 1 ? numbers[1] : -1)
    }

    @Test func everyRecordOfTheFixturesIsValid() throws {
        let run = try CLITests.run(
            [
                "extract", "--quiet", "--validate", "Fixtures/articles", "Fixtures/warc", "Fixtures/gzip", "Fixtures/encodings",
                "Fixtures/scrapes",
            ])
        let dir = BatchTests.temporaryDirectory("schema")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/records.jsonl"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(run.stdout.utf8)))
        let result = try Self.validate(file)
        #expect(result.records == run.records.count && result.records >= 40)
        #expect(result.errors == 0)
        // (A fiscal year's span is its year alone, with its own "resolved".)
        let fiscal = try CLITests.run(
            ["extract", "--quiet", "-"], stdin: "{\"text\":\"Revenue in FY2023-24 rose 8% and fiscal 2025 looks better.\"}\n")
        let fiscalFile = dir + "/fiscal.jsonl"
        #expect(FileManager.default.createFile(atPath: fiscalFile, contents: Data(fiscal.stdout.utf8)))
        #expect(fiscal.stdout.contains("\"resolved\":\"fiscal year\""))
        #expect(try Self.validate(fiscalFile).errors == 0)
        // The validator is not a rubber stamp: each broken variant fails.
        for mutation in ["rename-text", "string-value", "extra-member", "bad-kind"] {
            #expect(try Self.validate(file, mutate: mutation).errors > 0, "\(mutation)")
        }
    }
}
