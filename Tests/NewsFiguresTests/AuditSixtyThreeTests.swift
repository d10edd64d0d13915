import Testing

@testable import NewsFigures

/// Audit 63's classes (counts in sixteen new genres, published 2032-08-23; dates on 2032-06-30, 2031-12-01 and
/// 2032-10-10), each with the cases that must stay as they were.
@Suite struct AuditSixtyThreeTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }
    static func units(_ text: String) -> [String?] { NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map(\.unit) }

    @Test func aWeekdayOfWhatIsCalledOffOverItsCount() {
        #expect(
            Self.dates("Heathrow Cancels 300 Flights On Tuesday As Strike Looms", "2032-10-10") == ["On Tuesday=2032-10-12..2032-10-12"])
        // In prose, or after a headline's past, a count makes the weekday the act's, as before.
        #expect(Self.dates("Ryanair cancelled 400 flights on Monday.", "2032-06-30") == ["on Monday=2032-06-28..2032-06-28"])
        #expect(
            Self.dates("Qantas has cancelled 52 flights on Friday as fog blanketed Sydney.", "2032-06-30") == [
                "on Friday=2032-06-25..2032-06-25"
            ])
        #expect(Self.dates("Ryanair Cancelled 400 Flights On Monday", "2032-06-30") == ["On Monday=2032-06-28..2032-06-28"])
    }

    @Test func kenyasTownsNameTheShilling() {
        #expect(Self.units("In Eldoret, a 90kg bag sold for Sh3,600.") == ["KES"])
        #expect(Self.units("In Nakuru, maize sold for Sh3,400, down from Sh4,100.") == ["KES", "KES"])
        // With no place of a shilling's country, none; another country's named, its own; a lake's name, none.
        #expect(Self.units("Traders sold a bag for Sh3,600.").isEmpty)
        #expect(Self.units("Turkana cattle bought in Kampala sold for Sh900,000.") == ["UGX"])
        #expect(Self.units("Traders at Lake Turkana sold fish for Sh300.").isEmpty)
    }

    @Test func theCedisSign() {
        #expect(
            Self.read("The scheme will pay GH₵50 a month, costing about GH₵48 million.")
                == ["GH₵50=50.0", "about GH₵48 million=48000000.0 approx"])
        #expect(Self.units("A loaf costs ₵15 in Accra.") == ["GHS"])
    }

    @Test func headlineVerbsOfAClauseAndOfBarring() {
        #expect(Self.read("Titmus Claims Gold As Dolphins Haul 14 Medals In Adelaide") == ["14=14.0 [Medals]"])
        #expect(Self.read("NCC Bars 40 Million SIMs") == ["40 Million=40000000.0 [SIMs]"])
        #expect(Self.read("Police Nab 40 Suspects In Lagos") == ["40=40.0 [Suspects]"])
        // Not a noun after a clause's opener that is no plural, a small number's name, nor the nouns before a unit or a pack.
        #expect(Self.read("Court Gives Firm 6 More Months As Banks Wait").isEmpty)
        #expect(Self.read("Kids Club 2 Closes").isEmpty)
        #expect(Self.read("Tea Bags 80 Pack").isEmpty)
        #expect(Self.read("Sand Bars 3 Metres").isEmpty)
    }

    @Test func ofAndTheFirstWordOfACompound() {
        #expect(Self.read("Officers seized 12 tonnes of hand-rolling tobacco.") == ["12=12.0 [tonnes]"])
        // "of" and one bare noun, as before.
        #expect(Self.read("The summit drew 40 heads of state.") == ["40=40.0 [heads of state]"])
    }
}
