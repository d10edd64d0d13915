import Testing

@testable import NewsFigures

/// Audit 59's classes (held out: counts published 2030-06-13; dates on 2029-12-31, 2030-06-30 and 2031-01-04), each with
/// the cases that must stay as they were.
@Suite struct AuditFiftyNineTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }
    static func units(_ text: String) -> [String?] {
        FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2030, month: 6, day: 13)))
            .filter { $0.kind == .money }.map(\.unit)
    }

    @Test func aWarningIssuedForADayIsForThatDayAhead() {
        #expect(
            Self.dates("Storm Warning Issued For Monday As Heavy Rain Sweeps In", "2030-06-30") == ["Monday=2030-07-01..2030-07-01"])
        #expect(Self.dates("A storm warning has been issued for Monday.", "2030-06-30") == ["Monday=2030-07-01..2030-07-01"])
        // The day a warning was issued on is gone.
        #expect(Self.dates("An amber warning for rain was issued on Saturday.", "2030-06-30") == ["on Saturday=2030-06-29..2030-06-29"])
        #expect(Self.dates("A warning was issued on Saturday.", "2030-06-30") == ["on Saturday=2030-06-29..2030-06-29"])
    }

    @Test func aBareRupeeIsTheOneTheTextsPlacesName() {
        #expect(Self.units("The port in Colombo earned 48 billion rupees last year.") == ["LKR"])
        #expect(Self.units("Karachi traders paid 5,000 rupees.") == ["PKR"])
        // With no place, or an Indian one, the Indian rupee as before.
        #expect(Self.units("Mumbai traders paid 5,000 rupees.") == ["INR"])
        #expect(Self.units("The fine was 5,000 rupees.") == ["INR"])
        #expect(Self.units("Sri Lanka spent 3 billion Indian rupees.") == ["INR"])
    }

    /// A range in cents or pence: the hundredths scale its top too (it was 10 for "5 to 10 cents").
    @Test func aRangeOfHundredthsScalesItsTop() throws {
        let options = ExtractionOptions(published: CalendarDate(year: 2030, month: 6, day: 13))
        for (text, low, high) in [
            ("Bakeries will raise prices by 5 to 10 cents a loaf.", 0.05, 0.1), ("Stamps cost between 50 and 60 pence.", 0.5, 0.6),
        ] {
            let money = try #require(FigureExtractor.extract(from: text, options: options).first { $0.kind == .money }, "\(text)")
            #expect(money.bound == .range)
            #expect(money.value?.doubleValue == low, "\(text)")
            #expect(money.high?.doubleValue == high, "\(text)")
        }
        // Basis points as before; dollars are not scaled.
        let points = try #require(FigureExtractor.extract(from: "Rates rose 25 to 50 basis points.", options: options).first)
        #expect(points.high?.doubleValue == 0.5)
        let dollars = try #require(FigureExtractor.extract(from: "Tickets cost $5 to $10.", options: options).first { $0.kind == .money })
        #expect(dollars.high?.doubleValue == 10)
    }
}
