import NewsFigures
import NewsPipeline
import NewsRecords
import NewsValidation
import TestSupport
import Testing

@testable import NewsReport

/// The HTML report: every figure highlighted with its text, details and findings; charts of
/// subjects across documents; safe with any text; the same records give the same page.
@Suite struct HTMLReportTests {
    /// The two seed articles as the default pipeline reads them (the 2024 one dated as its input states).
    static func seeds() throws -> [Record] {
        var options = PipelineOptions()
        options.validate = true
        let extractor = NewsFiguresExtractor(options: options)
        let page = try #require(TestFiles.read(Paths.fixture("articles/ciie-2020-zhejiang-shine-page.html")))
        let text = try #require(TestFiles.readText(Paths.fixture("articles/ciie-2024-zhejiang-article.txt")))
        return [
            try extractor.extract(bytes: page, content: .html, source: "2020.html"),
            try extractor.extract(text: text, source: "2024.txt", published: "2024-10-30"),
        ]
    }

    /// The text a mark shows: from its opening tag to its details card, tags of nested marks removed.
    static func markText(_ html: String, id: String) -> String? {
        guard let open = html.range(of: "id=\"\(id)\"") else { return nil }
        guard let tagEnd = html[open.upperBound...].firstIndex(of: ">") else { return nil }
        var rest = html[html.index(after: tagEnd)...]
        var out = "", depth = 0
        while !rest.isEmpty {
            if rest.hasPrefix("<span class=\"tip\"") {
                if depth == 0 { break }
                // A nested mark's card: skip to its end (cards hold spans one level deep).
                guard let end = rest.range(of: "</span></span>") ?? rest.range(of: "</span>") else { return nil }
                var after = rest[end.upperBound...]
                while after.hasPrefix("</span>") { after = after.dropFirst("</span>".count) }
                rest = after
                continue
            }
            if rest.hasPrefix("<mark") { depth += 1 }
            if rest.hasPrefix("</mark>") { depth -= 1 }
            if rest.hasPrefix("<a class=\"flag"), let end = rest.range(of: "</a>") {
                rest = rest[end.upperBound...]
                continue
            }
            if rest.first == "<", let end = rest.firstIndex(of: ">") {
                rest = rest[rest.index(after: end)...]
                continue
            }
            out.append(rest.removeFirst())
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                of: "&gt;", with: ">")
    }

    @Test func everySeedFigureIsHighlightedWithItsText() throws {
        let records = try Self.seeds()
        let html = HTMLReport(records: records).render()
        var marks = 0
        for (n, record) in records.enumerated() {
            #expect(record.figures.count >= 12)
            for (i, figure) in record.figures.enumerated() {
                #expect(Self.markText(html, id: "a\(n)-f\(i)") == figure.text, "a\(n)-f\(i)")
                #expect(html.contains("class=\"fig k-\(figure.kind.rawValue)"))
                marks += 1
            }
        }
        #expect(html.components(separatedBy: "<mark class=\"fig").count - 1 == marks)
        #expect(html.components(separatedBy: "</mark>").count - 1 == marks)
    }

    @Test func theDetailsCardSaysWhatTheFigureIs() throws {
        let html = HTMLReport(records: try Self.seeds()).render()
        // "US$10.9 billion": money, its value in full, the currency, its subject.
        let card = try #require(html.range(of: "US$10.9 billion<span class=\"tip\"")).upperBound
        let text = String(html[card...].prefix(600))
        #expect(text.contains("<span class=\"name\">kind</span> money"))
        #expect(text.contains("<span class=\"name\">value</span> 10,900,000,000"))
        #expect(text.contains("<span class=\"name\">unit</span> USD"))
        #expect(text.contains("<span class=\"name\">subject</span> total investment"))
        // "exceeding $5 billion" is a lower bound; "Nov 5–10" resolved against 2024-10-30.
        #expect(html.contains("<span class=\"name\">bound</span> at least (a lower bound)"))
        #expect(html.contains("<span class=\"name\">date</span> 2024-11-05 to 2024-11-10 (year from published)"))
        // "surging 73.8 percent from last year's" states a change.
        #expect(html.contains("<span class=\"name\">change</span> increase from last year"))
    }

    @Test func findingsSitBesideTheFiguresTheyConcern() throws {
        let records = try Self.seeds()
        let html = HTMLReport(records: records).render()
        let finding = try #require(records[0].findings?.first { $0.rule == "change.derived" })
        // The finding is listed with links to its figures, and each figure links back to it.
        #expect(html.contains("<code>change.derived</code> \(finding.message.replacingOccurrences(of: "'", with: "&#39;"))"))
        for i in finding.figures {
            #expect(html.contains("<a href=\"#a0-f\(i)\">\(records[0].figures[i].text)</a>"))
            #expect(html.contains("id=\"a0-f\(i)\""))
        }
        #expect(html.contains("<a class=\"flag sev sev-info\" href=\"#a0-n"))
        #expect(html.contains("flagged flag-info"))
    }

    @Test func theBuyersChartRunsFrom2020To2024() throws {
        let report = HTMLReport(records: try Self.seeds())
        let buyers = try #require(report.charted.first { $0.subject == "buyers" })
        #expect(buyers.points.map(\.published) == ["2020-11-07", "2024-10-30"])
        #expect(buyers.points.map(\.value) == [DecimalValue(14600), DecimalValue(43000)])
        let html = report.render()
        let start = try #require(html.range(of: "<title id=\"chart0-title\">buyers: count by published date</title>"))
        let svg = String(html[start.lowerBound...].prefix(6000))
        let chart = String(svg[..<(svg.range(of: "</svg>")?.lowerBound ?? svg.endIndex)])
        #expect(chart.components(separatedBy: "<circle").count - 1 == 2)
        for label in [
            ">2020-11-07</text>", ">2024-10-30</text>", ">published date</text>", ">buyers</text>", ">14,600</text>", ">43,000</text>",
        ] {
            #expect(chart.contains(label), "\(label)")
        }
        #expect(chart.contains(">50k</text>") && chart.contains(">0</text>"))  // the value axis from 0 to 50,000
    }

    @Test func subjectsOfOneDayOnlyMakeNoChart() throws {
        var records = try Self.seeds()
        records[1].published = "2020-11-07"  // both articles on one day: no change over time to draw
        let report = HTMLReport(records: records)
        #expect(report.charted.isEmpty)
        #expect(report.render().contains("No subject has figures in documents of two or more days"))
    }

    @Test func anyTextIsEscaped() {
        let body = "<script>alert(1)</script> & \"quoted\" 'single' sold 12 cars"
        let start = body.unicodeScalars.count - 7
        let record = Record(
            id: "x", source: "a<b>.txt", url: "javascript:alert(1)", title: "<img src=x onerror=alert(1)>", text: body,
            figures: [
                Figure(kind: .count, text: "12 cars", start: start, end: start + 7, value: DecimalValue(12), subject: "<cars>", sentence: 0)
            ])
        let html = HTMLReport(title: "T <i>", records: [record], failures: [ReportFailure(source: "<f>", reason: "bad & <worse>")]).render()
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<i>") && !html.contains("<f>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
        #expect(html.contains("bad &amp; &lt;worse&gt;"))
        #expect(!html.contains("href=\"javascript:"))  // only http(s) URLs become links
        #expect(Self.markText(html, id: "a0-f0") == "12 cars")
    }

    /// Offsets are Unicode scalars: emoji with a skin tone (two scalars, four UTF-16 units) and
    /// combining accents before a figure must not shift it.
    @Test func offsetsAreUnicodeScalars() {
        let body = "Fans 👍🏽 cafe\u{301} sold 14,600 tickets."
        let start = Array(body.unicodeScalars).count - "14,600 tickets.".unicodeScalars.count
        let record = Record(
            id: "u", source: "u.txt", text: body,
            figures: [Figure(kind: .count, text: "14,600", start: start, end: start + 6, value: DecimalValue(14600), sentence: 0)])
        #expect(Self.markText(HTMLReport(records: [record]).render(), id: "a0-f0") == "14,600")
    }

    @Test func overlappingNestedAndMisplacedFiguresAllStayVisible() {
        let body = "0123456789abcdefghij\n\nsecond paragraph"
        func f(_ s: Int, _ e: Int) -> Figure {
            let scalars = Array(body.unicodeScalars)
            let text = e <= scalars.count && s >= 0 && s < e ? String(String.UnicodeScalarView(scalars[s..<e])) : "?"
            return Figure(kind: .count, text: text, start: s, end: e, value: DecimalValue(1), sentence: 0)
        }
        // Nested (2..<5 inside 0..<10), overlapping (8..<14 crosses the end of 0..<10), across the
        // paragraph break (18..<24), out of range (40..<50) and empty (5..<5).
        let record = Record(id: "o", source: "o.txt", text: body, figures: [f(0, 10), f(2, 5), f(8, 14), f(18, 24), f(40, 50), f(5, 5)])
        let html = HTMLReport(records: [record]).render()
        #expect(Self.markText(html, id: "a0-f0") == "0123456789")
        #expect(Self.markText(html, id: "a0-f1") == "234")
        #expect(Self.markText(html, id: "a0-f2") == "abcd")  // starts where the mark it overlaps ends
        #expect(Self.markText(html, id: "a0-f3")?.hasPrefix("ij") == true)
        #expect(html.contains("ij<br><br>se"))  // a mark across a paragraph break keeps it as line breaks
        #expect(!html.contains("id=\"a0-f4\"") && !html.contains("id=\"a0-f5\""))
        #expect(html.contains("Figures whose offsets do not fit the text (not highlighted): #4 “?”, #5 “?”"))
        // The marks nest properly: every prefix has at least as many openings as closings.
        var depth = 0
        for piece in html.components(separatedBy: "<mark").dropFirst() {
            depth += 1
            depth -= piece.components(separatedBy: "</mark>").count - 1
            #expect(depth >= 0)
        }
        #expect(depth == 0)
    }

    @Test func paragraphsFollowBlankLines() throws {
        let record = Record(id: "p", source: "p.txt", text: "First line\nsame paragraph.\n\nSecond.\n\n\n\nThird.", figures: [])
        let html = HTMLReport(records: [record]).render()
        #expect(html.contains("<p>First line<br>same paragraph.</p>\n<p>Second.</p>\n<p>Third.</p>"))
    }

    @Test func overviewCountsEverything() throws {
        let records = try Self.seeds()
        let report = HTMLReport(
            records: records, failures: [ReportFailure(source: "bad.txt", reason: "empty input")],
            skipped: ["WARC request record": 3, "HTTP status 404": 1])
        let html = report.render()
        let figures = records.reduce(0) { $0 + $1.figures.count }
        #expect(html.contains("<span class=\"big\">2</span> documents"))
        #expect(html.contains("<span class=\"big\">\(figures)</span> figures"))
        #expect(html.contains("<span class=\"big\">1</span> failures"))
        #expect(html.contains("<span class=\"big\">4</span> skipped"))
        #expect(html.contains("<tr><td>bad.txt</td><td>empty input</td></tr>"))
        #expect(html.contains("<tr><td>WARC request record</td><td>3</td></tr><tr><td>HTTP status 404</td><td>1</td></tr>"))
        for kind in FigureKind.allCases {
            let n = records.reduce(0) { $0 + $1.figures.filter { $0.kind == kind }.count }
            #expect(html.contains("\(kind.rawValue)</th><td>\(n)</td>"), "\(kind)")
        }
        #expect(HTMLReport(records: records).render() == HTMLReport(records: records).render())  // deterministic
    }

    @Test func manyArticlesAreCountedButNotAllShown() throws {
        let records = try Self.seeds()
        let html = HTMLReport(records: records, maxArticles: 1).render()
        #expect(html.contains("id=\"a0\"") && !html.contains("id=\"a1\""))
        #expect(html.contains("1 more articles are counted in the overview and the charts but not shown here"))
        #expect(html.contains("buyers: count by published date"))  // the chart still has both
    }

    @Test func thePageIsSelfContainedAndAccessible() throws {
        let html = HTMLReport(records: try Self.seeds()).render()
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=") && !html.contains("url("))
        #expect(html.contains("<html lang=\"en\">") && html.contains("name=\"viewport\""))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("tabindex=\"0\"") && html.contains("role=\"tooltip\"") && html.contains("aria-describedby=\"a0-f0-tip\""))
        #expect(html.contains("role=\"img\" aria-labelledby=\"chart0-title chart0-desc\""))
        #expect(html.contains(".fig:hover > .tip, .fig:focus > .tip { display: block; }"))
    }

    @Test func numbersAreWrittenForPeople() {
        #expect(HTMLText.grouped("10900000000") == "10,900,000,000")
        #expect(HTMLText.grouped("-1234.5") == "-1,234.5")
        #expect(HTMLText.grouped("999") == "999")
        #expect(HTMLText.compact(14600) == "14.6k")
        #expect(HTMLText.compact(10_900_000_000) == "10.9bn")
        #expect(HTMLText.compact(5000) == "5000")
        #expect(HTMLText.compact(2_500_000) == "2.5M")
        #expect(SeriesChart.niceScale(low: 0, high: 43000) == (0, 50000, 10000))
        #expect(SeriesChart.niceScale(low: 0, high: 73.8) == (0, 80, 20))
        #expect(SeriesChart.niceScale(low: -5, high: 12) == (-5, 15, 5))
        #expect(SeriesChart.niceScale(low: 0, high: 7) == (0, 8, 2))
    }
}
