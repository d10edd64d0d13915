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
}
