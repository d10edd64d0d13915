import NewsFigures
import TestSupport
import Testing

/// The figures issue 2 requires on the two seed articles' bodies, written out independently of the
/// golden files: nothing missing, nothing extra, no chrome.
@Suite struct SeedFigureTests {
    struct Expected: CustomStringConvertible {
        var kind: FigureKind
        var value: String?
        var unit: String? = nil
        var subject: String? = nil
        var bound: Bound? = .exact
        var change: ChangeDirection? = nil
        var date: (String, String)? = nil
        var description: String { "\(kind) \(value ?? "") \(subject ?? "") \(date.map { "\($0.0)..\($0.1)" } ?? "")" }
    }

    static func body(_ name: String) throws -> String {
        // Seed bodies as the chrome stripper must produce them (checked in NewsContentTests).
        let text = try #require(TestFiles.readText(Paths.fixture("bodies/\(name)")))
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    static func check(_ figures: [Figure], _ expected: [Expected], body: String) {
        var remaining = figures
        for e in expected {
            let index = remaining.firstIndex { f in
                f.kind == e.kind && f.value?.description == e.value && (e.unit == nil || f.unit == e.unit)
                    && (e.kind == .date || f.subject == e.subject) && (e.kind == .date || f.bound == e.bound)
                    && f.change?.direction == e.change
                    && (e.date == nil || (f.date?.start == e.date?.0 && f.date?.end == e.date?.1))
            }
            #expect(index != nil, "missing: \(e)")
            if let index { remaining.remove(at: index) }
        }
        #expect(remaining.isEmpty, "extra figures: \(remaining.map { "\($0.kind) \($0.text)" })")
        let scalars = Array(body.unicodeScalars)
        for f in figures {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[f.start..<f.end])
            #expect(String(slice) == f.text)
        }
    }

    @Test func article2020() throws {
        let body = try Self.body("ciie-2020-zhejiang.txt")
        let figures = FigureExtractor.extract(
            from: body, options: ExtractionOptions(published: CalendarDate(year: 2020, month: 11, day: 7)))
        let saturday = ("2020-11-07", "2020-11-07")
        let lastYear = ("2019-01-01", "2019-12-31")
        Self.check(
            figures,
            [
                Expected(kind: .date, value: nil, bound: nil, date: saturday),
                Expected(kind: .date, value: nil, bound: nil, date: saturday),
                Expected(kind: .count, value: "61", subject: "foreign investment projects"),
                Expected(kind: .money, value: "10900000000", unit: "USD", subject: "total investment"),
                Expected(kind: .count, value: "14600", subject: "buyers"),
                Expected(kind: .count, value: "6", subject: "areas"),
                Expected(kind: .count, value: "4230", subject: "companies"),
                Expected(kind: .percent, value: "73.8", unit: "percent", change: .increase),
                Expected(kind: .count, value: "43", subject: "events"),
                Expected(kind: .count, value: "17", subject: "events", change: .increase),
                Expected(kind: .count, value: "26", subject: "projects"),
                Expected(kind: .money, value: "15700000000", unit: "USD", subject: "total investment"),
                Expected(kind: .count, value: "40", subject: "intangible cultural heritages", bound: .approx),
                Expected(kind: .count, value: "26", subject: "foreign investment projects"),
                Expected(kind: .count, value: "25", subject: "foreign investment projects"),
                // "last year" four times: welcome, per the issue.
                Expected(kind: .date, value: nil, bound: nil, date: lastYear),
                Expected(kind: .date, value: nil, bound: nil, date: lastYear),
                Expected(kind: .date, value: nil, bound: nil, date: lastYear),
                Expected(kind: .date, value: nil, bound: nil, date: lastYear),
            ], body: body)
        #expect(!figures.contains { $0.text.contains("3M") || $0.text.contains("third") })
        let saturdays = figures.filter { $0.text == "on Saturday" }
        #expect(saturdays.count == 2)
        let percent = try #require(figures.first { $0.kind == .percent })
        #expect(percent.change?.reference == "last year")
    }

    @Test func article2024() throws {
        let body = try Self.body("ciie-2024-zhejiang.txt")
        let figures = FigureExtractor.extract(from: body)
        Self.check(
            figures,
            [
                Expected(kind: .date, value: nil, bound: nil, date: ("--11-05", "--11-10")),
                Expected(kind: .count, value: "43000", subject: "buyers", bound: .min),
                Expected(kind: .money, value: "5000000000", unit: "USD", subject: "anticipated purchasing volume", bound: .min),
                Expected(kind: .percent, value: "33.9", unit: "percent"),
                Expected(kind: .percent, value: "24.2", unit: "percent"),
                Expected(kind: .percent, value: "18.6", unit: "percent"),
                Expected(kind: .percent, value: "60", unit: "percent", subject: "share"),
                Expected(kind: .count, value: "23", subject: "events"),
                Expected(kind: .count, value: "22", subject: "activities"),
                Expected(kind: .count, value: "70", subject: "multinational companies", bound: .min),
                Expected(kind: .count, value: "15", subject: "countries and regions"),
                Expected(kind: .count, value: "63", subject: "historic industries"),
            ], body: body)
        for forbidden in ["500", "7th", "Fortune"] {
            #expect(!figures.contains { $0.text.contains(forbidden) }, "\(forbidden) must not be a figure")
        }
        let range = try #require(figures.first { $0.kind == .date })
        #expect(range.text == "Nov 5–10")
        #expect(range.resolved == nil)
    }

    /// With a published date the same "Nov 5–10" takes the nearest year.
    @Test func yearlessRangeResolvesAgainstPublished() throws {
        let body = try Self.body("ciie-2024-zhejiang.txt")
        let figures = FigureExtractor.extract(
            from: body, options: ExtractionOptions(published: CalendarDate(year: 2024, month: 10, day: 30)))
        let range = try #require(figures.first { $0.text == "Nov 5–10" })
        #expect(range.date == DateSpan(start: "2024-11-05", end: "2024-11-10"))
        #expect(range.resolved == "year from published")
        // "This year's summit" now resolves too.
        #expect(figures.contains { $0.text == "This year" && $0.date == DateSpan(start: "2024-01-01", end: "2024-12-31") })
    }
}
