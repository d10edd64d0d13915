import Testing

@testable import NewsFigures

/// Audit 34's classes (100 count sentences in 20 more genres: mountain rescue, cocoa, chess, orchestras, toll roads, dairy,
/// meteorites, snooker, lifeboats, allotments, cruise ships, textiles, vaccination, animal shelters, auctions, hydrogen buses,
/// student housing, salmon farming, food banks, data centres), each with the cases that must stay as they were.
@Suite struct AuditThirtyFourCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func aPresentVerbFromOneAmountToAnotherIsAChange() {
        #expect(Self.read("Adoption fees at the shelter rise from £150 to £195 next month.") == ["£150=150.0", "£195=195.0 increase"])
        #expect(Self.read("Ticket prices rise from $40 to $55 next season.") == ["$40=40.0", "$55=55.0 increase"])
        // The past and the future as before.
        #expect(Self.read("Fares rose from £2.50 to £2.75 last year.") == ["£2.50=2.5", "£2.75=2.75 increase"])
        // A range of prices with no verb of change stays one.
        #expect(Self.read("Prices range from £150 to £195.") == ["from £150 to £195=150.0..195.0 range"])
        #expect(Self.read("Tickets cost from £150 to £195.") == ["from £150 to £195=150.0..195.0 range"])
        // Heights after a plural's phrase of place are a span.
        #expect(Self.read("Buildings on the site rise from six to 12 storeys.") == ["from six to 12=6.0..12.0 range [storeys]"])
    }

    @Test func millionsWithDecimalsBeforeCapitalisedWords() {
        #expect(Self.read("Pharmacies gave 4.6m Covid boosters, about 38% of the total.").first == "4.6m=4600000.0 [Covid boosters]")
        #expect(Self.read("Port of Southampton: 1.9m Cruise Passengers Expected In 2027") == ["1.9m=1900000.0 [Cruise Passengers]"])
        // Not lengths, nor a capitalised name with more words after it.
        #expect(Self.read("He swam the 1.5m Olympic pool in record time.").isEmpty)
        #expect(Self.read("The 2.5m Channel swim attracts 40 entrants.") == ["40=40.0 [entrants]"])
        #expect(Self.read("She cleared 1.95m in the high jump at the European Championships.").isEmpty)
        // Not after a determiner or a number, nor before things of a length.
        #expect(Self.read("Residents want the 1.8m Victorian railings restored.").isEmpty)
        #expect(Self.read("The museum displays two 1.7m Egyptian mummies.") == ["two=2.0"])
        #expect(Self.read("Council Installs 2.5m Fences Around Park").isEmpty)
        #expect(Self.read("Amazon shipped 3.2m Kindle devices in the quarter.") == ["3.2m=3200000.0 [Kindle devices]"])
    }

    @Test func theSubjectOfALevel() {
        // Over a count inside the subject's phrase, after a determiner.
        #expect(
            Self.read("Volunteer hours logged by its 28 teams rose to more than 41,000.") == [
                "28=28.0 [teams]", "more than 41,000=41000.0 min increase [Volunteer hours]",
            ])
        #expect(
            Self.read("Parking fines issued by the council's 12 wardens rose to 8,400.") == [
                "12=12.0 [wardens]", "8,400=8400.0 increase [Parking fines]",
            ])
        // Not past a figure of another clause.
        #expect(Self.read("Sales rose in 12 markets and fell in 3.") == ["12=12.0 [markets]", "3=3.0"])
        // A noun in "-ing" inside the subject; a participle with its object stays one.
        #expect(Self.read("Darts viewing figures peaked at 3.7 million.") == ["3.7 million=3700000.0 [Darts viewing figures]"])
        #expect(Self.read("Migrants crossing the Channel rose to 45,000.") == ["45,000=45000.0 increase [Migrants]"])
        #expect(Self.read("Shops selling vapes in the city rose to 600.") == ["600=600.0 increase [Shops]"])
        // A capitalised plural before a headline's verb.
        #expect(Self.read("Avalanche Deaths Fall To 9 In Swiss Alps") == ["9=9.0 decrease [Avalanche Deaths]"])
        #expect(Self.read("Avalanche deaths fall to 9 in the Alps.") == ["9=9.0 decrease [Avalanche deaths]"])
    }

    @Test func anEarlierForecastOrTarget() {
        #expect(
            Self.read("The tax will raise NOK 3.8 billion, up from a forecast of NOK 3.2 billion.") == [
                "NOK 3.8 billion=3800000000.0 increase", "NOK 3.2 billion=3200000000.0 [forecast]",
            ])
        #expect(Self.read("Exports reached £3bn, up from an estimate of £2.6bn.").first == "£3bn=3000000000.0 increase")
        // In brackets too.
        #expect(Self.read("A loaf now costs £3 (up from £2).") == ["£3=3.0 increase", "£2=2.0"])
        // Not a forecast named with no "up/down from".
        #expect(
            Self.read("The tax will raise NOK 3.8 billion against a forecast of NOK 3.2 billion.").first == "NOK 3.8 billion=3800000000.0")
    }

    @Test func animalsByTheirAge() {
        #expect(Self.read("The shelter offers free vaccinations for dogs under two.").isEmpty)
        #expect(Self.read("Horses over 20 need a check-up.").isEmpty)
        // Animals counted stay counts.
        #expect(Self.read("The vet saw 12 dogs under anaesthetic.") == ["12=12.0 [dogs]"])
        #expect(Self.read("The charity neutered 300 cats over the summer.") == ["300=300.0 [cats]"])
    }
}
