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

    @Test func elisionNeedsAVerbAndDurationsAreNotCounts() throws {
        let figures = FigureExtractor.extract(from: "Officials counted 40 spectators. The event ran over 29 days in the park.")
        // "over 29 days" is a duration: no count, and it takes no subject from the sentence before.
        #expect(figures.map(\.text) == ["40"])
        #expect(figures.first?.subject == "spectators")
        #expect(FigureExtractor.extract(from: "The plan will invest ₹75,000 crore over five years.").map(\.kind) == [.money])
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

    /// A text cut after any word of a rule's phrase ("2 weeks starting next" crashed the anchored-period rule).
    @Test(arguments: [
        "away 2 weeks starting next Monday then", "the week of the 18th then", "the week starting on February 4 then",
        "between now and November 15th then", "from Jan 22 until now then", "a two-thirds majority then",
    ])
    func everyCutOfAPhraseIsRead(_ phrase: String) {
        let words = phrase.split(separator: " ")
        for n in 1...words.count {
            let text = words.prefix(n).joined(separator: " ")
            _ = FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2016, month: 11, day: 7)))
        }
    }
}

/// Cases from the second review.
@Suite struct SecondReviewTests {
    static let march15 = CalendarDate(year: 2024, month: 3, day: 15)

    static func dates(_ text: String) -> [DateSpan?] {
        FigureExtractor.extract(from: text, options: ExtractionOptions(published: march15)).filter { $0.kind == .date }.map(\.date)
    }

    @Test func quartersFollowThePublishedDateAndTense() {
        #expect(Self.dates("Profit fell 5% last quarter.") == [DateSpan(start: "2023-10-01", end: "2023-12-31")])
        #expect(Self.dates("Results for next quarter are due.") == [DateSpan(start: "2024-04-01", end: "2024-06-30")])
        #expect(Self.dates("The economy shrank 0.3% in the fourth quarter.") == [DateSpan(start: "2023-10-01", end: "2023-12-31")])
        #expect(Self.dates("Sales will rise in the fourth quarter.") == [DateSpan(start: "2024-10-01", end: "2024-12-31")])
    }

    @Test func monthSpansShareTheirYear() {
        #expect(Self.dates("Exports grew from March to May 2023, data showed.") == [DateSpan(start: "2023-03-01", end: "2023-05-31")])
    }

    @Test func rangeAfterAChangeVerb() throws {
        let figure = try #require(FigureExtractor.extract(from: "Prices rose 10 to 20 percent.").first)
        #expect(figure.kind == .percent)
        #expect(figure.bound == .range)
        #expect(figure.high?.description == "20")
        #expect(figure.change?.direction == .increase)
    }

    @Test func easedToIsADecrease() throws {
        let figure = try #require(FigureExtractor.extract(from: "Inflation eased to 2.6% from 2.8%.").first)
        #expect(figure.change?.direction == .decrease)
    }

    @Test func subjects() {
        let figures = FigureExtractor.extract(
            from: "Cases rose in the first two months. The number of cases hit 142, an increase of 17 from last year. "
                + "Toyota expects operating profit of ¥4.9 trillion. At least 25 heads of state attended.")
        #expect(figures.filter { $0.kind != .date }.map(\.subject) == ["cases", "cases", "operating profit", "heads of state"])
    }
}
