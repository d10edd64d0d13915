import NewsFigures
import Testing

/// Cases found by review: each was wrong once.
@Suite struct RegressionTests {
    @Test func rangesNeedTheSameUnitAtBothEnds() {
        let figures = FigureExtractor.extract(from: "Sales rose 2 percent to 7.5 billion dollars last year.")
        #expect(figures.filter { $0.bound == .range }.isEmpty)
        #expect(figures.contains { $0.kind == .percent && $0.value?.description == "2" && $0.change?.direction == .increase })
        #expect(figures.contains { $0.kind == .money && $0.value?.description == "7500000000" && $0.unit == "USD" })
        let points = FigureExtractor.extract(from: "The rate fell 0.3 percentage points to 4.1 percent.")
        #expect(points.map(\.unit) == ["percentage point", "percent"])
        #expect(points.allSatisfy { $0.bound != .range })
    }

    @Test(arguments: ["Call 1-800-555-0199 for details.", "The ISBN is 978-3-16-148410-0 today."])
    func hyphenChainsAreIdentifiers(_ text: String) {
        #expect(FigureExtractor.extract(from: text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "The 24-year-old striker scored twice.",
        "She was 2nd in the 100-meter race.",
        "They won the match 52-48 on Sunday.",
        "The five-year plan was approved.",
    ])
    func compoundModifiersAndScoresAreNotCounts(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty, "\(text)")
    }

    @Test func elisionNeedsAVerb() throws {
        let figures = FigureExtractor.extract(from: "Officials counted 40 spectators. The event ran over 29 days in the park.")
        let days = try #require(figures.first { $0.value?.description == "29" })
        #expect(days.subject == "days")
        #expect(days.bound == .min)
    }

    @Test func modelNumberContinuationIsPartOfTheName() {
        #expect(FigureExtractor.extract(from: "The Boeing 747-400 landed safely.").isEmpty)
    }

    @Test(arguments: [
        ("It drew 10,000 or more visitors.", Bound.min, "10,000 or more"), ("Groups of 50 or fewer are allowed.", .max, "50 or fewer"),
    ])
    func boundsAfterTheFigure(_ text: String, _ bound: Bound, _ span: String) throws {
        let figure = try #require(FigureExtractor.extract(from: text).first)
        #expect(figure.bound == bound)
        #expect(figure.text == span)
    }

    @Test func changeNounAfterAPercentage() throws {
        let figure = try #require(FigureExtractor.extract(from: "Retailers reported a 5.4% increase from a year earlier.").first)
        #expect(figure.change == Change(direction: .increase, reference: "a year earlier"))
    }

    @Test func yearRanges() throws {
        let figure = try #require(FigureExtractor.extract(from: "Output doubled between 2020 and 2023, the ministry said.").first)
        #expect(figure.kind == .date)
        #expect(figure.date == DateSpan(start: "2020-01-01", end: "2023-12-31"))
        #expect(figure.text == "between 2020 and 2023")
    }

    /// Found by random inputs: rules that look past the last token must not read out of range.
    @Test(arguments: [
        "early/¾ within ", "The \\/HMUSD/up \n\n/minus fell/within", "H up/within", "within", "e year-", "one/Q ” 2020bn second .2/29 ",
    ])
    func textEndingInsideARuleDoesNotCrash(_ text: String) {
        _ = FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2020, month: 2, day: 29)))
        _ = FigureExtractor.extract(from: text)
    }
}
