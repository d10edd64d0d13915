import NewsFigures
import NewsIngest
import Yams

#if canImport(Glibc)
    import Glibc
#endif

/// A problem in a pipeline or rule-pack file, naming the file, line and key.
public struct SpecProblem: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) { self.description = description }
}

/// A checked walk over a YAML mapping: every key must be known and every value of its type.
struct YAMLFields {
    let file: String
    let node: Node
    let mapping: Node.Mapping
    let context: String

    init(_ node: Node, file: String, context: String) throws(SpecProblem) {
        guard let mapping = node.mapping else {
            throw SpecProblem(description: "\(file):\(node.mark?.line ?? 1): \(context): expected a mapping of keys to values")
        }
        self.file = file
        self.node = node
        self.mapping = mapping
        self.context = context
    }

    func where_(_ node: Node?) -> String { "\(file):\(node?.mark?.line ?? self.node.mark?.line ?? 1)" }

    /// Fails on a key not in `known`, naming it and the keys allowed.
    func check(known: [String]) throws(SpecProblem) {
        var seen = Set<String>()
        for (key, _) in mapping {
            if let name = key.string, !seen.insert(name).inserted {
                throw SpecProblem(description: "\(where_(key)): \(context): key \"\(name)\" appears twice")
            }
            guard let name = key.string, known.contains(name) else {
                throw SpecProblem(
                    description:
                        "\(where_(key)): \(context): unknown key \"\(key.string ?? "?")\" (expected one of: \(known.joined(separator: ", ")))"
                )
            }
        }
    }

    func value(_ key: String) -> Node? { mapping.first { $0.key.string == key }?.value }

    func string(_ key: String) throws(SpecProblem) -> String? {
        guard let node = value(key) else { return nil }
        if case .scalar = node, node.tag.rawValue == Tag.Name.null.rawValue { return nil }
        guard case let .scalar(scalar) = node, scalar.style != .plain || Self.plainString(scalar) else {
            throw wrong(key, node, "a string (quote it if it looks like a number or true/false)")
        }
        return scalar.string
    }

    func bool(_ key: String) throws(SpecProblem) -> Bool? {
        guard let node = value(key) else { return nil }
        guard let b = node.bool else { throw wrong(key, node, "true or false") }
        return b
    }

    func int(_ key: String) throws(SpecProblem) -> Int? {
        guard let node = value(key) else { return nil }
        guard let n = node.int else { throw wrong(key, node, "a whole number") }
        return n
    }

    func strings(_ key: String) throws(SpecProblem) -> [String]? {
        guard let node = value(key) else { return nil }
        guard let sequence = node.sequence else { throw wrong(key, node, "a list of strings") }
        var out: [String] = []
        for item in sequence {
            guard case let .scalar(scalar) = item, Self.plainString(scalar) || scalar.style != .plain else {
                throw wrong(key, item, "a list of strings (quote entries that look like numbers or true/false)")
            }
            out.append(scalar.string)
        }
        return out
    }

    /// A list of inputs: paths, or mappings `{path: …, published: 2024-10-30}` stating the
    /// published date of the documents of that input that state none.
    func inputs(_ key: String) throws(SpecProblem) -> ([String], [String: String]) {
        guard let node = value(key) else { return ([], [:]) }
        guard let sequence = node.sequence else { throw wrong(key, node, "a list of paths") }
        var paths: [String] = [], dates: [String: String] = [:]
        for item in sequence {
            if case let .scalar(scalar) = item, Self.plainString(scalar) || scalar.style != .plain {
                paths.append(scalar.string)
                continue
            }
            guard item.mapping != nil else {
                throw wrong(key, item, "a list of paths or {path: …, published: …} (quote paths that look like numbers)")
            }
            let entry = try YAMLFields(item, file: file, context: "\(context).\(key)")
            try entry.check(known: ["path", "published"])
            guard let path = try entry.string("path") else {
                throw SpecProblem(description: "\(where_(item)): \(context).\(key): an entry without \"path\"")
            }
            if let published = try entry.string("published") {
                guard CalendarDate(iso: published) != nil else {
                    throw SpecProblem(
                        description:
                            "\(entry.where_(entry.value("published"))): \(context).\(key).published: \"\(published)\" is not a date (YYYY-MM-DD)"
                    )
                }
                dates[path] = published
            }
            paths.append(path)
        }
        return (paths, dates)
    }

    func stringMap(_ key: String) throws(SpecProblem) -> [String: String]? {
        guard let node = value(key) else { return nil }
        guard let mapping = node.mapping else { throw wrong(key, node, "a mapping of strings") }
        var out: [String: String] = [:]
        for (k, v) in mapping {
            guard let name = k.string, case let .scalar(scalar) = v else { throw wrong(key, v, "a mapping of strings") }
            out[name] = scalar.string
        }
        return out
    }

    /// The line of the first alias ("*name" where a YAML token starts, outside quotes and comments).
    static func firstAliasLine(_ text: String) -> Int? {
        var line = 1
        var quote: UInt8 = 0
        var previous: UInt8 = 0x0A
        var comment = false
        // The last character before the current run of spaces on this line (a newline at its start):
        // a value starts after ":", "-", "?", "[", "{", "," or at the start of a line; elsewhere
        // "*" and quotes are inside a plain scalar ("it's *fine").
        var lastNonSpace: UInt8 = 0x0A
        let bytes = Array(text.utf8)
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            defer {
                previous = b
                k += 1
            }
            if b == 0x0A {
                line += 1
                comment = false
                lastNonSpace = 0x0A
                continue
            }
            defer { if b != 0x20 && b != 0x09 && quote == 0 { lastNonSpace = b } }
            if comment { continue }
            if quote != 0 {
                if quote == UInt8(ascii: "\""), b == UInt8(ascii: "\\") {
                    k += 1  // an escaped character
                } else if b == quote {
                    quote = 0
                }
                continue
            }
            let flow: [UInt8] = [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")]
            let tokenStart = [0x0A, 0x20, 0x09].contains(previous) || flow.contains(previous)
            let valueStart =
                lastNonSpace == 0x0A || [UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?")].contains(lastNonSpace)
                || flow.contains(lastNonSpace)
            if b == UInt8(ascii: "#"), tokenStart {
                comment = true
                continue
            }
            guard tokenStart, valueStart else { continue }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "*"):
                if k + 1 < bytes.count,
                    ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[k + 1])
                {
                    return line
                }
            default: break
            }
        }
        return nil
    }

    /// A plain scalar that YAML reads as text, not as a number, a boolean or null.
    static func plainString(_ scalar: Node.Scalar) -> Bool {
        let node = Node.scalar(scalar)
        return node.bool == nil && node.int == nil && node.float == nil && node.null == nil
    }

    func fields(_ key: String) throws(SpecProblem) -> YAMLFields? {
        guard let node = value(key) else { return nil }
        return try YAMLFields(node, file: file, context: context + "." + key)
    }

    func wrong(_ key: String, _ node: Node, _ expected: String) -> SpecProblem {
        SpecProblem(description: "\(where_(node)): \(context).\(key): expected \(expected)")
    }

    static func load(_ path: String, context: String) throws(SpecProblem) -> YAMLFields {
        var text: String?
        DocumentReaderBytes.read(path) { if case let .success(bytes) = $0 { text = String(decoding: bytes, as: UTF8.self) } }
        guard let text else { throw SpecProblem(description: "\(path): cannot read the file") }
        return try parse(text, file: path, context: context)
    }

    static func parse(_ text: String, file path: String, context: String) throws(SpecProblem) -> YAMLFields {
        // Aliases are refused before the YAML library sees them: one used as a mapping key makes
        // composing the document take time exponential in its size (an "alias bomb").
        if let line = firstAliasLine(text) {
            throw SpecProblem(description: "\(path):\(line): \(context): YAML aliases (*name) are not allowed")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw SpecProblem(description: "\(path): not valid YAML: \(error)") }
        guard let node else { throw SpecProblem(description: "\(path): empty file") }
        return try YAMLFields(node, file: path, context: context)
    }
}

/// A rule pack file: `name`, `counted_nouns`, `only_counted_nouns`, `currencies` (word: ISO code),
/// `names_with_numbers`, `chrome_lines`.
public enum RulePackFile {
    public static let keys = ["name", "counted_nouns", "only_counted_nouns", "currencies", "names_with_numbers", "chrome_lines"]

    public static func load(_ path: String) throws(SpecProblem) -> RulePack {
        try parse(YAMLFields.load(path, context: "rule pack"), path: path)
    }

    /// Checks a rule pack's text; `file` names it in problems.
    public static func parse(yaml text: String, file: String) throws(SpecProblem) -> RulePack {
        try parse(YAMLFields.parse(text, file: file, context: "rule pack"), path: file)
    }

    private static func parse(_ f: YAMLFields, path: String) throws(SpecProblem) -> RulePack {
        try f.check(known: keys)
        let currencies = try f.stringMap("currencies") ?? [:]
        for (word, code) in currencies where code.count != 3 || !code.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            throw SpecProblem(
                description: "\(f.where_(f.value("currencies"))): rule pack.currencies.\(word): \"\(code)\" is not an ISO 4217 code")
        }
        for key in ["counted_nouns", "names_with_numbers", "chrome_lines"] {
            if let list = try f.strings(key), list.contains(where: { $0.allSatisfy { $0 == " " || $0 == "\t" } }) {
                throw SpecProblem(description: "\(f.where_(f.value(key))): rule pack.\(key): an empty entry would match everything")
            }
        }
        return RulePack(
            name: try f.string("name") ?? path, countedNouns: try f.strings("counted_nouns") ?? [],
            onlyCountedNouns: try f.bool("only_counted_nouns") ?? false, currencies: currencies,
            namesWithNumbers: try f.strings("names_with_numbers") ?? [], chromeLines: try f.strings("chrome_lines") ?? [])
    }
}

/// A pipeline file: what to read, how to extract and validate, and where to write.
public struct PipelineSpec: Sendable {
    public var name: String
    public var inputs: [String]
    public var options: PipelineOptions
    public var jobs: Int
    public var validate: Bool
    /// Rule ids whose severity is changed ("dates.future-in-past": "error").
    public var severities: [String: String]
    /// Rule ids not reported.
    public var disabledRules: [String]
    public var jsonl: String?
    public var csv: String?
    public var sqlite: String?
    public var report: String?
    /// The HTML report (overview, highlighted articles, series charts).
    public var html: String?

    static let keys = ["name", "inputs", "published", "cleaning", "extraction", "rule_packs", "validation", "outputs", "jobs"]

    /// Reads and checks a pipeline file; relative paths inside it are taken from the working directory.
    public static func load(_ path: String) throws(SpecProblem) -> PipelineSpec {
        try parse(YAMLFields.load(path, context: "pipeline"), path: path)
    }

    /// Checks a pipeline file's text; `file` names it in problems, and `loadPack` reads the rule packs
    /// it names (from disk unless told otherwise).
    public static func parse(
        yaml text: String, file: String,
        loadPack: (String) throws(SpecProblem) -> RulePack = { path throws(SpecProblem) in
            try RulePackFile.load(path)
        }
    ) throws(SpecProblem) -> PipelineSpec {
        try parse(YAMLFields.parse(text, file: file, context: "pipeline"), path: file, loadPack: loadPack)
    }

    private static func parse(
        _ f: YAMLFields, path: String,
        loadPack: (String) throws(SpecProblem) -> RulePack = { path throws(SpecProblem) in try RulePackFile.load(path) }
    ) throws(SpecProblem) -> PipelineSpec {
        try f.check(known: keys)
        var options = PipelineOptions()
        if let published = try f.string("published") {
            guard CalendarDate(iso: published) != nil else {
                throw SpecProblem(description: "\(f.where_(f.value("published"))): pipeline.published: \"\(published)\" is not a date")
            }
            options.fallbackPublished = published
        }
        if let cleaning = try f.fields("cleaning") {
            try cleaning.check(known: ["text_is_body"])
            options.textIsBody = try cleaning.bool("text_is_body") ?? false
        }
        if let extraction = try f.fields("extraction") {
            try extraction.check(known: ["kinds", "dollar", "language"])
            if let kinds = try extraction.strings("kinds") {
                var set = Set<FigureKind>()
                for kind in kinds {
                    guard let k = FigureKind(rawValue: kind) else {
                        throw SpecProblem(
                            description:
                                "\(extraction.where_(extraction.value("kinds"))): pipeline.extraction.kinds: unknown kind \"\(kind)\" (count, money, percent, date)"
                        )
                    }
                    set.insert(k)
                }
                options.extraction.kinds = set
            }
            if let dollar = try extraction.string("dollar") {
                guard dollar.count == 3, dollar.allSatisfy({ $0.isLetter && $0.isUppercase }) else {
                    throw SpecProblem(
                        description:
                            "\(extraction.where_(extraction.value("dollar"))): pipeline.extraction.dollar: \"\(dollar)\" is not an ISO 4217 code"
                    )
                }
                options.extraction.bareDollar = dollar
            }
            if let language = try extraction.string("language"), language != "en" {
                throw SpecProblem(
                    description:
                        "\(extraction.where_(extraction.value("language"))): pipeline.extraction.language: only \"en\" has rules so far")
            }
        }
        for pack in try f.strings("rule_packs") ?? [] {
            options.extraction.rulePacks.append(try loadPack(pack))
        }
        let (inputs, stated) = try f.inputs("inputs")
        options.inputPublished = stated
        var spec = PipelineSpec(
            name: try f.string("name") ?? path, inputs: inputs, options: options,
            jobs: try f.int("jobs") ?? BatchRunner.defaultJobs, validate: false, severities: [:], disabledRules: [])
        if spec.jobs < 1 || spec.jobs > 256 {
            throw SpecProblem(description: "\(f.where_(f.value("jobs"))): pipeline.jobs: \(spec.jobs) (expected 1 to 256)")
        }
        if spec.inputs.isEmpty {
            throw SpecProblem(description: "\(f.where_(f.value("inputs"))): pipeline.inputs: give at least one input")
        }
        if let validation = try f.fields("validation") {
            try validation.check(known: ["enabled", "severities", "disabled"])
            spec.validate = try validation.bool("enabled") ?? true
            spec.severities = try validation.stringMap("severities") ?? [:]
            for (rule, severity) in spec.severities where !["error", "warning", "info"].contains(severity) {
                throw SpecProblem(
                    description:
                        "\(validation.where_(validation.value("severities"))): pipeline.validation.severities.\(rule): \"\(severity)\" (error, warning, info)"
                )
            }
            spec.disabledRules = try validation.strings("disabled") ?? []
            for rule in Array(spec.severities.keys) + spec.disabledRules
            where !Validator.ruleIDs.contains(where: { $0 == rule || $0.hasPrefix(rule + ".") }) {
                throw SpecProblem(
                    description:
                        "\(validation.where_(validation.node)): pipeline.validation: unknown rule \"\(rule)\" (rules: \(Validator.ruleIDs.joined(separator: ", ")))"
                )
            }
        }
        if let outputs = try f.fields("outputs") {
            try outputs.check(known: ["jsonl", "csv", "sqlite", "report", "html"])
            spec.jsonl = try outputs.string("jsonl")
            spec.csv = try outputs.string("csv")
            spec.sqlite = try outputs.string("sqlite")
            spec.report = try outputs.string("report")
            spec.html = try outputs.string("html")
        }
        if spec.jsonl == nil && spec.csv == nil && spec.sqlite == nil && spec.html == nil {
            throw SpecProblem(
                description: "\(f.where_(f.value("outputs"))): pipeline.outputs: name at least one of jsonl, csv, sqlite, html")
        }
        return spec
    }
}
