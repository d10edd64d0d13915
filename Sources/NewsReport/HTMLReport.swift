import NewsFigures
import NewsPipeline
import NewsRecords
import NewsValidation

/// An input that became no record, as the report lists it.
public struct ReportFailure: Sendable, Equatable {
    public var source: String
    public var reason: String

    public init(source: String, reason: String) {
        self.source = source
        self.reason = reason
    }
}

/// One self-contained HTML page of records: an overview, every article with its figures
/// highlighted (details on hover and focus, findings beside them), and charts of subjects that
/// appear in several documents. No scripts, fonts or styles from elsewhere: it works offline and
/// can be mailed. The same records give the same bytes.
public struct HTMLReport: Sendable {
    public var title: String
    /// Fixed with the report: the charts are worked out from them once.
    public let records: [Record]
    public var failures: [ReportFailure]
    /// Skip reason → inputs skipped for it.
    public var skipped: [String: Int]
    /// Articles shown in full; the overview and the charts cover every record.
    public var maxArticles: Int

    public init(
        title: String = "NewsFigures report", records: [Record], failures: [ReportFailure] = [], skipped: [String: Int] = [:],
        maxArticles: Int = 1000
    ) {
        self.title = title
        self.records = records
        self.charted = Self.charts(records)
        self.failures = failures
        self.skipped = skipped
        self.maxArticles = max(0, maxArticles)
    }

    /// A record's findings: those written with it (a validating run's severities), else the rules'.
    static func findings(of record: Record) -> [Finding] { record.findings ?? RecordValidation.findings(for: record) }

    /// Subjects seen in documents of two or more days: the charts (worked out once, with the report).
    public let charted: [FigureSeries]

    static func charts(_ records: [Record]) -> [FigureSeries] {
        FigureSeries.build(records).filter { series in Set(series.points.map(\.published)).count >= 2 }
            .sorted { a, b in
                let da = Set(a.points.map(\.document)).count, db = Set(b.points.map(\.document)).count
                return da != db ? da > db : (a.subject, a.kind.rawValue) < (b.subject, b.kind.rawValue)
            }
    }

    public func render() -> String {
        let findings = records.map(Self.findings(of:))
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"newsfigures\">\n"
        h += "<title>\(HTMLText.escape(title))</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n"
        h += "<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n"
        h += "<header><h1>\(HTMLText.escape(title))</h1>\n"
        h += "<nav aria-label=\"Sections\"><ul><li><a href=\"#overview\">Overview</a></li><li><a href=\"#series\">Series</a></li>"
        h +=
            "<li><a href=\"#articles\">Articles</a></li>\(failures.isEmpty ? "" : "<li><a href=\"#failures\">Failures</a></li>")</ul></nav>\n</header>\n<main>\n"
        h += overview(findings)
        h += seriesSection()
        h += "<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n"
        h += legend()
        for (n, record) in records.prefix(maxArticles).enumerated() { h += article(record, number: n, findings: findings[n]) }
        if records.count > maxArticles {
            h +=
                "<p class=\"note\">\(records.count - maxArticles) more articles are counted in the overview and the charts but not shown here "
            h += "(the report shows \(maxArticles); <code>--max-articles</code> changes that).</p>\n"
        }
        h += "</section>\n"
        h += failureSection()
        return h + "</main>\n</body>\n</html>\n"
    }

    // MARK: Overview

    func overview(_ findings: [[Finding]]) -> String {
        let figures = records.reduce(0) { $0 + $1.figures.count }
        let all = findings.joined()
        var h = "<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n<ul class=\"cards\">"
        for (label, n) in [
            ("documents", records.count), ("figures", figures), ("findings", all.count), ("failures", failures.count),
            ("skipped", skipped.values.reduce(0, +)),
        ] {
            h += "<li><span class=\"big\">\(HTMLText.grouped(String(n)))</span> \(label)</li>"
        }
        h += "</ul>\n<div class=\"tables\">\n"
        h += "<table><caption>Figures by kind</caption><thead><tr><th scope=\"col\">kind</th><th scope=\"col\">figures</th>"
        h += "<th scope=\"col\">documents</th></tr></thead><tbody>"
        for kind in FigureKind.allCases {
            let n = records.reduce(0) { $0 + $1.figures.filter { $0.kind == kind }.count }
            let docs = records.filter { $0.figures.contains { $0.kind == kind } }.count
            h += "<tr><th scope=\"row\"><span class=\"swatch k-\(kind.rawValue)\" aria-hidden=\"true\"></span>\(kind.rawValue)</th>"
            h += "<td>\(HTMLText.grouped(String(n)))</td><td>\(HTMLText.grouped(String(docs)))</td></tr>"
        }
        h += "</tbody></table>\n"
        h += "<table><caption>Validation findings by severity</caption><thead><tr><th scope=\"col\">severity</th>"
        h += "<th scope=\"col\">findings</th><th scope=\"col\">rules</th></tr></thead><tbody>"
        for severity in [Severity.error, .warning, .info] {
            let these = all.filter { $0.severity == severity }
            var rules: [String: Int] = [:]
            for f in these { rules[f.rule, default: 0] += 1 }
            let list = rules.sorted { $0.key < $1.key }.map { "\(HTMLText.escape($0.key)) \($0.value)" }.joined(separator: ", ")
            h += "<tr><th scope=\"row\"><span class=\"sev sev-\(severity.rawValue)\">\(severity.rawValue)</span></th>"
            h += "<td>\(these.count)</td><td>\(list.isEmpty ? "—" : list)</td></tr>"
        }
        h += "</tbody></table>\n"
        if !skipped.isEmpty {
            h +=
                "<table><caption>Inputs skipped</caption><thead><tr><th scope=\"col\">reason</th><th scope=\"col\">inputs</th></tr></thead><tbody>"
            for (reason, n) in skipped.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                h += "<tr><td>\(HTMLText.escape(reason))</td><td>\(n)</td></tr>"
            }
            h += "</tbody></table>\n"
        }
        h += "</div>\n"
        // The documents, as a table of contents.
        h +=
            "<table class=\"documents\"><caption>Documents</caption><thead><tr><th scope=\"col\">article</th><th scope=\"col\">published</th>"
        h += "<th scope=\"col\">figures</th><th scope=\"col\">findings</th></tr></thead><tbody>"
        for (n, record) in records.enumerated() {
            let name = HTMLText.escape(Self.label(record))
            let cell = n < maxArticles ? "<a href=\"#a\(n)\">\(name)</a>" : name
            let worst = findings[n].map(\.severity).max()
            let findingCell =
                findings[n].isEmpty
                ? "0" : "\(findings[n].count) <span class=\"sev sev-\(worst?.rawValue ?? "info")\">\(worst?.rawValue ?? "")</span>"
            h +=
                "<tr><td>\(cell)</td><td>\(HTMLText.escape(Self.day(record) ?? "—"))</td><td>\(record.figures.count)</td><td>\(findingCell)</td></tr>"
        }
        return h + "</tbody></table>\n</section>\n"
    }

    static func label(_ record: Record) -> String {
        if let title = record.title, !title.isEmpty { return title }
        return record.source
    }

    /// The day shown for a record: its published date, else the reference its dates were read against.
    static func day(_ record: Record) -> String? {
        if let published = record.published { return published }
        return RecordValidation.referenceDay(of: record).map { "\($0.description) (reference)" }
    }

    func legend() -> String {
        var h = "<p class=\"legend\"><span class=\"legend-title\">Figures are marked by kind:</span> "
        for kind in FigureKind.allCases {
            h += "<span class=\"fig k-\(kind.rawValue) sample\">\(kind.rawValue)</span> "
        }
        h += "<span class=\"hint\">Hover over a figure, or move to it with the Tab key, for its details. Badges after a figure "
        h +=
            "(<span class=\"sev sev-info\">info</span> <span class=\"sev sev-warning\">warning</span> <span class=\"sev sev-error\">error</span>) "
        h += "link to the validation findings about it.</span></p>\n"
        return h
    }

    // MARK: Series

    func seriesSection() -> String {
        let charts = charted
        var labels: [String: String] = [:]
        var shown: [String: Int] = [:]  // document id → its article's number, for articles shown in full
        for (n, record) in records.enumerated() {
            labels[record.id] = Self.label(record)
            if n < maxArticles, shown[record.id] == nil { shown[record.id] = n }
        }
        var h = "<section id=\"series\" aria-labelledby=\"series-h\">\n<h2 id=\"series-h\">Series across documents</h2>\n"
        if charts.isEmpty {
            h += "<p class=\"note\">No subject has figures in documents of two or more days (documents with neither a published date "
            h += "nor a reference date are left out).</p>\n"
            return h + "</section>\n"
        }
        h += "<p class=\"note\">Each chart is one subject (what is counted or measured, with its unit) across documents, by published date "
        h += "(or the date the document's figures were read against).</p>\n"
        for (n, series) in charts.enumerated() {
            let chart = SeriesChart(series: series, labels: labels, id: "chart\(n)")
            h += "<figure class=\"series\" aria-labelledby=\"chart\(n)-h\">\n<h3 id=\"chart\(n)-h\">\(HTMLText.escape(chart.yTitle))"
            h += " <span class=\"kind\">\(series.kind.rawValue), \(Set(series.points.map(\.document)).count) documents</span></h3>\n"
            h += chart.svg() + "\n"
            h += "<details><summary>Data</summary><table><thead><tr><th scope=\"col\">date</th><th scope=\"col\">figure</th>"
            h += "<th scope=\"col\">value</th><th scope=\"col\">document</th></tr></thead><tbody>"
            for p in series.points {
                let target = shown[p.document]
                let doc = HTMLText.escape(labels[p.document] ?? p.document)
                let link = target.map { "<a href=\"#a\($0)-f\(p.index)\">\(doc)</a>" } ?? doc
                h +=
                    "<tr><td>\(p.published)</td><td>\(HTMLText.escape(p.text))</td><td>\(HTMLText.grouped(p.value))</td><td>\(link)</td></tr>"
            }
            h += "</tbody></table></details>\n"
            for (a, b) in series.contradictions {
                let pa = series.points[a], pb = series.points[b]
                h += "<p class=\"contradiction\"><span class=\"sev sev-warning\">warning</span> Two documents of \(pa.published) disagree: "
                h += "\(HTMLText.escape(pa.text)) and \(HTMLText.escape(pb.text)).</p>\n"
            }
            h += "</figure>\n"
        }
        return h + "</section>\n"
    }

    // MARK: Articles

    func article(_ record: Record, number n: Int, findings: [Finding]) -> String {
        var h =
            "<article id=\"a\(n)\" aria-labelledby=\"a\(n)-h\">\n<h3 id=\"a\(n)-h\">\(HTMLText.escape(Self.label(record)))</h3>\n<dl class=\"meta\">"
        func row(_ name: String, _ value: String?, link: Bool = false) {
            guard let value, !value.isEmpty else { return }
            let shown = HTMLText.escape(value)
            h +=
                "<div><dt>\(name)</dt><dd>\(link && (value.hasPrefix("http://") || value.hasPrefix("https://")) ? "<a href=\"\(shown)\">\(shown)</a>" : shown)</dd></div>"
        }
        let stated = record.metadataSources["published"] == "caller" ? " (stated by the input)" : ""
        row("published", record.published.map { $0 + stated } ?? Self.day(record))
        row("byline", record.byline)
        row("source", record.source)
        row("url", record.url, link: true)
        row("site", record.site)
        row("fetched", record.fetched)
        row("language", record.language)
        row("encoding", record.encoding)
        row("figures", String(record.figures.count))
        h += "</dl>\n"
        if !record.diagnostics.isEmpty {
            h += "<ul class=\"diagnostics\" aria-label=\"Diagnostics\">"
            for d in record.diagnostics { h += "<li>\(HTMLText.escape(d))</li>" }
            h += "</ul>\n"
        }
        let flags = Self.flags(findings, figures: record.figures.count)
        let body = BodyRenderer(record: record, prefix: "a\(n)", findings: findings, flags: flags)
        h += "<div class=\"columns\">\n<div class=\"body\">\n\(body.html())</div>\n"
        h += "<aside class=\"findings\" aria-labelledby=\"a\(n)-fh\"><h4 id=\"a\(n)-fh\">Findings (\(findings.count))</h4>"
        if findings.isEmpty {
            h += "<p class=\"note\">None.</p>"
        } else {
            h += "<ol>"
            for (k, f) in findings.enumerated() {
                let links = f.figures.filter { record.figures.indices.contains($0) }.map {
                    "<a href=\"#a\(n)-f\($0)\">\(HTMLText.escape(record.figures[$0].text))</a>"
                }
                h +=
                    "<li id=\"a\(n)-n\(k)\" class=\"finding\"><span class=\"sev sev-\(f.severity.rawValue)\">\(f.severity.rawValue)</span> "
                h += "<code>\(HTMLText.escape(f.rule))</code> \(HTMLText.escape(f.message))"
                if !links.isEmpty { h += " <span class=\"about\">About: \(links.joined(separator: ", "))</span>" }
                h += "</li>"
            }
            h += "</ol>"
        }
        h += "</aside>\n</div>\n"
        if !body.unplaced.isEmpty {
            h += "<p class=\"note\">Figures whose offsets do not fit the text (not highlighted): "
            h += body.unplaced.map { "#\($0) “\(HTMLText.escape(record.figures[$0].text))”" }.joined(separator: ", ") + "</p>\n"
        }
        h += figureTable(record, prefix: "a\(n)")
        return h + "</article>\n"
    }

    /// Figure index → indices of the findings about it.
    static func flags(_ findings: [Finding], figures: Int) -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (k, f) in findings.enumerated() {
            for i in Set(f.figures) where i >= 0 && i < figures { out[i, default: []].append(k) }
        }
        return out
    }

    func figureTable(_ record: Record, prefix: String) -> String {
        guard !record.figures.isEmpty else { return "" }
        var h = "<details class=\"figures\"><summary>All \(record.figures.count) figures as a table</summary><table><thead><tr>"
        for column in ["#", "kind", "text", "value", "unit", "subject", "bound", "change", "date"] {
            h += "<th scope=\"col\">\(column)</th>"
        }
        h += "</tr></thead><tbody>"
        for (i, f) in record.figures.enumerated() {
            let d = FigureDetails(f)
            h += "<tr><td><a href=\"#\(prefix)-f\(i)\">\(i)</a></td><td>\(f.kind.rawValue)</td><td>\(HTMLText.escape(f.text))</td>"
            h += [d.value, f.unit, f.subject, d.bound, d.change, d.date].map { "<td>\(HTMLText.escape($0 ?? ""))</td>" }.joined() + "</tr>"
        }
        return h + "</tbody></table></details>\n"
    }

    // MARK: Failures

    func failureSection() -> String {
        guard !failures.isEmpty else { return "" }
        var h = "<section id=\"failures\" aria-labelledby=\"failures-h\">\n<h2 id=\"failures-h\">Failures (\(failures.count))</h2>\n"
        h += "<p class=\"note\">Inputs that became no record, with the reason.</p>\n<table><thead><tr><th scope=\"col\">input</th>"
        h += "<th scope=\"col\">reason</th></tr></thead><tbody>"
        for f in failures { h += "<tr><td>\(HTMLText.escape(f.source))</td><td>\(HTMLText.escape(f.reason))</td></tr>" }
        return h + "</tbody></table>\n</section>\n"
    }
}

/// What a figure says, in words, for its hover card and the figures table.
struct FigureDetails {
    var value: String?
    var bound: String?
    var change: String?
    var date: String?

    init(_ f: Figure) {
        if let v = f.value {
            var text = HTMLText.grouped(v)
            if let high = f.high { text += " – " + HTMLText.grouped(high) }
            value = text
        }
        switch f.bound {
        case .approx?: bound = "approximately"
        case .min?: bound = "at least (a lower bound)"
        case .max?: bound = "at most (an upper bound)"
        case .range?: bound = "a range"
        case .exact?: bound = "exact"
        case nil: bound = nil
        }
        if let c = f.change { change = c.direction.rawValue + (c.reference.map { " from \($0)" } ?? "") }
        if let d = f.date {
            let span = d.start == d.end ? d.start : "\(d.start) to \(d.end)"
            date = span + (f.resolved.map { " (\($0))" } ?? "")
        }
    }
}
