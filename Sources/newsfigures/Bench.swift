import ArgumentParser
import NewsContent
import NewsFigures
import NewsIngest
import NewsPipeline
import NewsRecords

#if canImport(Glibc)
    import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time each stage over a set of pages, in one process, against libxml2's own parse time.",
        discussion: """
            Pages are read into memory first. Each stage runs over all pages, the stages take turns, and the
            best of --repeat rounds is kept, so a noisy machine slows every stage alike. The ratio column is
            a stage's time over the time of a plain libxml2 parse of the same pages (the floor).

            Example:
              newsfigures bench --repeat 5 /tmp/pages
            """
    )

    @OptionGroup var inputs: InputOptions

    @Option(help: "Rounds per stage; the best is reported.")
    var `repeat`: Int = 3

    @Option(help: "Also write the results as JSON to FILE.")
    var json: String?

    @Option(
        help: ArgumentHelp(
            "Time only these stages (comma-separated: decode, parse, prepass+parse, clean, figures, records, end-to-end); parse, the floor, is always timed.",
            valueName: "LIST"))
    var stages: String?

    func run() throws {
        var raws: [[UInt8]] = []
        var sources: [String] = []
        let paths = try inputs.allPaths()
        DocumentReader(computeIDs: false).read(paths) { item in
            if case let .document(document) = item {
                raws.append(Array(document.text.utf8))
                sources.append(document.source)
            }
        }
        guard !raws.isEmpty else { throw ValidationError("no documents to time") }
        var documents: [RawDocument] = []
        var articles: [Article] = []
        var figures: [[Figure]] = []
        let bytes = raws.reduce(0) { $0 + $1.count }
        var best: [String: Double] = [:]
        let allStages = ["decode", "parse", "prepass+parse", "clean", "figures", "records", "end-to-end"]
        var stages = allStages
        if let list = self.stages {
            let wanted = Set(list.split(separator: ",").map { String($0.filter { $0 != " " }) })
            if let unknown = wanted.first(where: { !allStages.contains($0) }) {
                throw ValidationError("unknown stage '\(unknown)'; the stages are \(allStages.joined(separator: ", "))")
            }
            stages = allStages.filter { wanted.contains($0) || $0 == "parse" }
        }
        // Stages whose output a timed stage reads run once, untimed, when they are not timed themselves.
        let needed = [
            "decode": ["parse", "prepass+parse", "clean", "figures", "records"], "clean": ["figures", "records"], "figures": ["records"],
        ]
        let untimed = allStages.filter { stage in
            !stages.contains(stage) && (needed[stage] ?? []).contains(where: stages.contains)
        }
        for round in 0..<max(1, `repeat`) {
            for stage in allStages where stages.contains(stage) || (round == 0 && untimed.contains(stage)) {
                let start = Runner.monotonicSeconds()
                switch stage {
                case "decode":
                    // (With the record's id, a SHA-256 of the bytes, as end to end.)
                    documents = zip(raws, sources).compactMap { raw, source in
                        if case let .document(d) = DocumentReader.document(bytes: raw, source: source) { return d }
                        return nil
                    }
                case "parse":
                    var elements = 0
                    for d in documents where d.format == .html { elements &+= ContentExtractor.parseOnly(html: d.text) }
                    if elements == -1 { print("") }
                case "prepass+parse":
                    var elements = 0
                    for d in documents where d.format == .html { elements &+= ContentExtractor.prepassAndParse(html: d.text) }
                    if elements == -1 { print("") }
                case "clean":
                    articles = documents.map { ArticlePipeline.article(from: $0) }
                case "figures":
                    // Dates resolve against the page's own day, as they do end to end.
                    figures = articles.map { article in
                        FigureExtractor.extract(
                            from: article.text, options: ExtractionOptions(published: article.published.flatMap(CalendarDate.init(iso:))))
                    }
                case "records":
                    var total = 0
                    for (index, article) in articles.enumerated() {
                        let record = Record(
                            id: "", source: sources[index], title: article.title, text: article.text, figures: figures[index])
                        total &+= RecordJSON.line(record).utf8.count
                    }
                    if total == -1 { print("") }
                default:
                    var total = 0
                    for (raw, source) in zip(raws, sources) {
                        if case let .document(d) = DocumentReader.document(bytes: raw, source: source) {
                            total &+= RecordJSON.line(ArticlePipeline.record(from: d)).utf8.count
                        }
                    }
                    if total == -1 { print("") }
                }
                let seconds = Runner.monotonicSeconds() - start
                if stages.contains(stage) { best[stage] = min(best[stage] ?? .infinity, seconds) }
            }
        }
        let floor = best["parse"] ?? 1
        let pages = Double(raws.count)
        let megabytes = Double(bytes) / 1e6
        let textMB = Double(articles.reduce(0) { $0 + $1.text.utf8.count }) / 1e6
        var table = "stage          seconds    pages/s     MB/s   ratio to parse\n"
        var jsonOut = "{\"pages\":\(raws.count),\"bytes\":\(bytes),\"stages\":{"
        for (n, stage) in stages.enumerated() {
            let t = best[stage] ?? 0
            let mbps = stage == "figures" ? textMB / t : megabytes / t
            table +=
                pad(stage, 14) + pad(fixed(t, 3), 10) + pad(fixed(pages / t, 0), 11) + pad(fixed(mbps, 1), 9) + "   " + fixed(t / floor, 2)
                + "\n"
            jsonOut +=
                (n > 0 ? "," : "")
                + "\"\(stage)\":{\"seconds\":\(fixed(t, 4)),\"pages_per_s\":\(fixed(pages / t, 1)),\"mb_per_s\":\(fixed(mbps, 2)),\"ratio_to_parse\":\(fixed(t / floor, 3))}"
        }
        jsonOut += "},\"figures_mb\":\(fixed(textMB, 2))}"
        FileOutput.standardOutput.write(
            "\(raws.count) pages, \(fixed(megabytes, 1)) MB (figures: \(fixed(textMB, 1)) MB of body text), best of \(`repeat`)\n" + table)
        if let json {
            guard let file = fopen(json, "w") else { throw ValidationError("--json \(json): cannot write") }
            fputs(jsonOut + "\n", file)
            fclose(file)
        }
    }

    func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }

    func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
        if let dot = text.firstIndex(of: "."), digits > 0 {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}
