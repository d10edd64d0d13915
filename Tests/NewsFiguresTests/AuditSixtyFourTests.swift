import Testing

@testable import NewsFigures

/// Audit 64's classes (counts in sixteen new genres, published 2033-02-14; dates on 2033-02-14, 2032-11-29 and
/// 2033-07-01), each with the cases that must stay as they were.
@Suite struct AuditSixtyFourTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }
    static func units(_ text: String) -> [String?] { NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map(\.unit) }

    @Test func aHolidayBeforeAPluralInAHeadlineOfCapitals() {
        #expect(Self.dates("Black Friday Deals Drive Record Traffic", "2032-11-29") == ["Black Friday=2032-11-26..2032-11-26"])
        #expect(Self.dates("Canada Day Crowds Pack Ottawa", "2033-07-01") == ["Canada Day=2033-07-01..2033-07-01"])
        // A name after the holiday in prose stays one.
        #expect(Self.dates("The Good Friday Agreement was signed.", "2033-07-01").isEmpty)
    }

    @Test func aHolidayOfSeveralDaysUnderWay() {
        #expect(
            Self.dates("Menorah lightings are planned across the city for Hanukkah.", "2032-11-29")
                == ["Hanukkah=2032-11-28..2032-12-05"])
        // Once it is over, the next one in a sentence of the future, as before.
        #expect(Self.dates("Families will light candles during Hanukkah.", "2032-12-20") == ["Hanukkah=2033-12-17..2033-12-24"])
    }

    @Test func agesInMonthsWomenAsAModifierAndKenyasLakes() {
        #expect(Self.read("The trial enrolled children aged 5 to 17 months.").isEmpty)
        #expect(Self.read("It enrolled children aged between 6 and 59 months in Kenya.").isEmpty)
        // A span of months that is no age stays a count.
        #expect(Self.read("The project lasted 5 to 17 months.") == ["5 to 17=5.0..17.0 range [months]"])
        #expect(
            Self.read("The bank lent to about 1.1 million women borrowers.") == ["about 1.1 million=1100000.0 approx [women borrowers]"])
        #expect(Self.read("About 300 women were hired.") == ["About 300=300.0 approx [women]"])
        #expect(Self.units("Growers around Lake Naivasha earn Sh9,000 a month.") == ["KES"])
    }

    @Test func aPartRestatedAsAShareIsNoAge() {
        #expect(
            Self.read("Of the 90 firms that bid in Leeds, 31, or 34 per cent, won contracts.")
                == ["90=90.0 [firms]", "31=31.0", "34 per cent=34.0"])
        // An age set off by commas after a name, as before.
        #expect(Self.read("Smith, 71, was found on Sunday.").isEmpty)
    }
}
