import Testing

@testable import NewsFigures

/// Audit 62's classes (counts in twenty new genres, published 2032-05-17; dates on 2032-04-05, 2031-09-01 and
/// 2032-01-02), each with the cases that must stay as they were.
@Suite struct AuditSixtyTwoTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aClockTimeAfterUntilIsNoDay() {
        #expect(Self.dates("The kick-off was delayed until 8.15pm.", "2032-01-02").isEmpty)
        #expect(Self.dates("Voting continues until 10.00pm.", "2032-01-02").isEmpty)
        #expect(Self.dates("The bar stays open until 2.20 a.m.", "2032-01-02").isEmpty)
        // A month and day after "on" or "until" with no time of the clock after it is a day, as before.
        #expect(Self.dates("Polls close on 4.22 for the primary.", "2032-01-02") == ["4.22=2032-04-22..2032-04-22"])
    }

    @Test func aQuarterNamedByItsMonthOfResultsStillToBeReported() {
        #expect(
            Self.dates("Apple will report its December quarter results next week.", "2032-01-02")
                == ["December quarter=2031-10-01..2031-12-31", "next week=2032-01-05..2032-01-11"])
        #expect(Self.dates("The bank will post its June quarter results soon.", "2031-09-01") == ["June quarter=2031-04-01..2031-06-30"])
        // Not results: the quarter to come in a sentence of the future, as before.
        #expect(Self.dates("Sales will rise in the December quarter.", "2032-01-02") == ["the December quarter=2032-10-01..2032-12-31"])
    }

    @Test func aHeadlinesWeekdayOfWhatIsCalledOffIsTheNearest() {
        #expect(Self.dates("Ferry Operator Cancels Sailings On Saturday", "2032-01-02") == ["On Saturday=2032-01-03..2032-01-03"])
        #expect(Self.dates("Airline Cancels Flights On Tuesday", "2032-04-05") == ["On Tuesday=2032-04-06..2032-04-06"])
        // A headline's present of something done, not called off, is of the day gone, as before.
        #expect(Self.dates("Ferry Operator Posts Record Profit On Tuesday", "2032-01-02") == ["On Tuesday=2031-12-30..2031-12-30"])
    }

    @Test func aClockTimeBeforeItsDayAfterAVerbOfOpening() {
        #expect(Self.read("Ringing starts at 7.30 on Sunday.").isEmpty)
        #expect(Self.read("Mass begins at 10.00 tomorrow.").isEmpty)
        // A market's level stays a figure.
        #expect(Self.read("The stock opened at 7.30 on Friday.") == ["7.30=7.3"])
    }

    @Test func anAmountAndANumberWordAfterAMillionAreTwoFigures() {
        #expect(
            Self.read("Kidnappers demanded N15 million and two motorcycles.")
                == ["N15 million=15000000.0", "two=2.0 [motorcycles]"])
        // A part with a scale of its own, and after a hundred or a thousand, as before.
        #expect(
            Self.read("The estate was worth three million and forty thousand pounds.") == [
                "three million and forty thousand pounds=3040000.0"
            ])
        #expect(Self.read("About two thousand and five people came.") == ["About two thousand and five=2005.0 approx [people]"])
        #expect(Self.read("It cost one hundred and sixty-one dollars.") == ["one hundred and sixty-one dollars=161.0"])
    }

    @Test func anOrdinalAfterAIsNoFraction() {
        #expect(Self.read("She won a ninth global medal.").isEmpty)
        #expect(Self.read("He claimed a fourth world title.").isEmpty)
        // A fraction: before "of", a comparative, a period, or a verb.
        #expect(Self.read("Output is a fifth higher.") == ["a fifth=0.2"])
        #expect(Self.read("A third of voters backed it.") == ["A third=0.3333333333333333 [voters]"])
        #expect(
            Self.read("Some 2,300 of 9,200 is 25 percent, not the about a third stated.").contains(
                "about a third=0.3333333333333333 approx"))
    }

    @Test func aLocalLettersWholeAmountWithItsScaleLetter() {
        #expect(Self.read("Gunmen Demand N500m Ransom") == ["N500m=500000000.0"])
        #expect(Self.read("The firm paid R500m in fines.") == ["R500m=500000000.0"])
        // A road's name stays none.
        #expect(Self.read("Traffic on the N2 was diverted.").isEmpty)
    }

    @Test func anAgeAfterAPluralOfPeopleByItsForm() {
        #expect(Self.read("Half of the nurses are over 45.").isEmpty)
        #expect(Self.read("Most public servants are over 45.").isEmpty)
        // Not things: a level.
        #expect(Self.read("Prices are over 45.") == ["over 45=45.0 min"])
        #expect(Self.read("The numbers are over 45.") == ["over 45=45.0 min"])
    }

    @Test func subjectsInIcsAndWholesAndNamesWithNumberWords() {
        #expect(
            Self.read("The state needs about 6,300 maths and physics teachers.") == [
                "about 6,300=6300.0 approx [maths and physics teachers]"
            ])
        #expect(Self.read("The college hired 200 physics teachers.") == ["200=200.0 [physics teachers]"])
        #expect(
            Self.read("The rolls added 2.1 crore voters, taking the electorate to 98.6 crore.")
                == ["2.1 crore=21000000.0 increase [voters]", "98.6 crore=986000000.0 [electorate]"])
        #expect(Self.read("Tickets for the Six Nations sold out.").isEmpty)
        // A number word opening the sentence, or in a headline, counts as before.
        #expect(Self.read("Six nations signed the treaty.") == ["Six=6.0 [nations]"])
    }

    /// Review 66's worse cases, each back to what it was before the audit's rules.
    @Test func theReviewsNearMissesStayAsBefore() {
        #expect(Self.read("The protesters were over 50, witnesses said.") == ["over 50=50.0 min"])
        #expect(Self.read("Police arrested Two Kenyans at the border.") == ["Two=2.0 [Kenyans]"])
        #expect(Self.read("Supply was cut by a third overnight.") == ["a third=0.3333333333333333 decrease"])
        #expect(
            Self.read("The census counted forty-seven million and fifty-six people.") == [
                "forty-seven million and fifty-six=47000056.0 [people]"
            ])
        #expect(Self.read("MTN Nigeria opened at 22.30 on Friday.") == ["22.30=22.3"])
        #expect(Self.dates("Ryanair Cancelled Flights On Monday", "2032-04-07") == ["On Monday=2032-04-05..2032-04-05"])
        #expect(
            Self.dates("Analysts forecast December quarter earnings for 2024 will rise 8%.", "2024-01-10")
                == ["December quarter=2024-10-01..2024-12-31", "2024=2024-01-01..2024-12-31"])
    }
}
