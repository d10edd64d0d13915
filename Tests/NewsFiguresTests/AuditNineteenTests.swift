import Testing

@testable import NewsFigures

/// Audit 19's classes (200 count sentences in 20 more genres; 135 dates on 2027-05-31, 2026-11-27 and 2027-07-04), each
/// with the cases that must stay as they were.
@Suite struct AuditNineteenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func thanPlannedIsNoFuture() {
        #expect(
            Self.dates("The Indianapolis 500 was run on Sunday, a day later than planned.", "2027-05-31")
                == ["on Sunday=2027-05-30..2027-05-30"])
        #expect(Self.dates("The race was run on Sunday, later than expected.", "2027-05-31") == ["on Sunday=2027-05-30..2027-05-30"])
        // "expected" before its day still looks ahead.
        #expect(Self.dates("A ruling is expected on Friday.", "2027-05-31") == ["on Friday=2027-06-04..2027-06-04"])
    }

    @Test func moreIrregularPasts() {
        #expect(
            Self.dates("The Yankees, who swept the Red Sox over the weekend, open a homestand on Tuesday.", "2027-05-31")
                == ["the weekend=2027-05-29..2027-05-30", "on Tuesday=2027-06-01..2027-06-01"])
    }

    @Test func seasonsBeforeAVerbAndAfterBefore() {
        #expect(
            Self.dates("Water restrictions imposed in the spring will stay in place through the summer.", "2027-08-31")
                == ["the spring=2027-03-01..2027-05-31", "the summer=2027-06-01..2027-08-31"])
        #expect(
            Self.dates("The club will appoint a successor before the spring.", "2026-11-27") == ["the spring=2027-03-01..2027-05-31"])
        #expect(Self.dates("The rules will be reviewed in the spring.", "2027-08-31") == ["the spring=2028-03-01..2028-05-31"])
        // Not a noun: "the spring" of water.
        #expect(Self.dates("The spring water is bottled on site.", "2027-08-31").isEmpty)
    }

    @Test func holidaysMovedJoinedAndUnderWay() {
        #expect(
            Self.dates("The studio moved the film's release from Thanksgiving to Christmas Day.", "2027-07-04")
                == ["Thanksgiving=2027-11-25..2027-11-25", "Christmas Day=2027-12-25..2027-12-25"])
        // (In a text of Canada, Canada's Thanksgiving, as when it is read alone.)
        #expect(
            Self.dates("In Canada, the studio moved the release from Thanksgiving to Christmas Day.", "2027-07-04")
                == ["Thanksgiving=2027-10-11..2027-10-11", "Christmas Day=2027-12-25..2027-12-25"])
        #expect(
            Self.dates("Box office receipts over the Thanksgiving weekend are forecast to top $250 million.", "2026-11-27")
                == ["Thanksgiving weekend=2026-11-26..2026-11-29"])
        #expect(
            Self.dates("The retailer plans to hire 40,000 workers ahead of Thanksgiving and Christmas.", "2027-05-31")
                == ["Thanksgiving=2027-11-25..2027-11-25", "Christmas=2027-12-25..2027-12-25"])
        // A bare holiday after "and" with no holiday before it is a name's.
        #expect(Self.dates("Sales of Easter eggs and Christmas trees rose.", "2027-05-31").isEmpty)
    }

    @Test func aQuarterNamedByItsLastMonth() {
        #expect(
            Self.dates("The retailer flagged a weaker June quarter.", "2027-05-31") == ["June quarter=2027-04-01..2027-06-30"])
        #expect(Self.dates("Profit rose 5% in the June quarter.", "2027-08-15") == ["the June quarter=2027-04-01..2027-06-30"])
        // Other months are no quarter's end.
        #expect(Self.dates("Sales in the April quarter rose.", "2027-08-15") == ["April=2027-04-01..2027-04-30"])
    }

    @Test func aWeekdayAfterBeforeAndANoun() {
        #expect(
            Self.dates("Celtic host Aberdeen on Sunday before a Champions League trip to Lisbon on Wednesday.", "2026-11-27")
                == ["on Sunday=2026-11-29..2026-11-29", "on Wednesday=2026-12-02..2026-12-02"])
        // After a day gone, as before.
        #expect(
            Self.dates("Celtic beat Aberdeen on Sunday before a trip to Lisbon on Wednesday.", "2026-11-27")
                == ["on Sunday=2026-11-22..2026-11-22", "on Wednesday=2026-11-25..2026-11-25"])
    }
}

@Suite struct AuditNineteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func anEarlierLevelAfterAHedge() {
        #expect(
            Self.read("The Louvre will cap daily entries at 30,000, down from about 45,000 at peak.")
                == ["30,000=30000.0 max decrease [daily entries]", "about 45,000=45000.0 approx [daily entries]"])
    }

    @Test func moreThanDoubleIsAComparison() {
        #expect(
            Self.read("A Basquiat canvas sold for $67.1 million, more than double its $30 million low estimate.")
                == ["$67.1 million=67100000.0", "$30 million=30000000.0"])
        #expect(Self.read("The firm will double its dividend to 40p.") == ["40p=0.4 increase"])
    }

    @Test func runningLossesAndListedYears() {
        #expect(
            Self.read("A further 600 sheep died in the snowstorm, bringing losses to more than 2,500.")
                == ["600=600.0 [sheep]", "more than 2,500=2500.0 min [sheep]"])
        #expect(Self.read("The table covers the 1991, 2001 and 2011 censuses.").isEmpty)
        #expect(Self.read("The firm sold 1,500 and 2,000 units.") == ["1,500=1500.0", "2,000=2000.0 [units]"])
        #expect(Self.read("The show returns for series 6 in May.").allSatisfy { !$0.hasPrefix("6=") })
    }

    @Test func aChangeByInThePassiveAndOverALongObject() {
        #expect(
            Self.read("Funding for crisis accommodation was lifted by A$200 million to A$1.1 billion a year.")
                == ["A$200 million=200000000.0 increase", "A$1.1 billion=1100000000.0 increase"])
        #expect(
            Self.read("Fonterra lifted its farmgate milk price forecast by NZ$0.50 to NZ$10.00 per kilogram.")
                == ["NZ$0.50=0.5 increase", "NZ$10.00=10.0 increase"])
        // An agent after "by" is no change; a range of changes stays one.
        #expect(Self.read("The bill was raised by 2 senators.") == ["2=2.0 [senators]"])
        #expect(Self.read("Prices were raised by 5% to 20%.") == ["5% to 20%=5.0..20.0 range increase"])
    }
}

/// Review 23's worse cases of audit 19's rules and of review 22's fixes, and the last of audit 19's classes.
@Suite struct ReviewTwentyThreeTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func turnedOverIsTheVerbsUnlessAComparativeFollows() {
        #expect(Self.read("The company turned over £5 million last year.").first == "£5 million=5000000.0")
        #expect(Self.read("Police turned over 200 documents to prosecutors.") == ["200=200.0 [documents]"])
        #expect(Self.read("Sales turned over 20 per cent higher.") == ["over 20 per cent=20.0 min increase"])
    }

    @Test func anIncreaseInCountsFromOneLevelToAnother() {
        #expect(
            Self.read("The increase in staff from 200 to 350 people strained the office.")
                == ["200=200.0", "350=350.0 [people]"])
        // Ages and spans of time stay a range.
        #expect(Self.read("A rise in rainfall from 5 to 10 days a year is likely.") == ["from 5 to 10=5.0..10.0 range [days]"])
    }

    @Test func aListOfThingsCountsThem() {
        #expect(Self.read("The list of banned books grew to 300.") == ["300=300.0 increase [banned books]"])
        #expect(
            Self.read("The NHS waiting list in England fell to 7.36 million.") == ["7.36 million=7360000.0 decrease [waiting list]"])
    }

    @Test func plansApprovedAndPlansAhead() {
        #expect(
            Self.dates("The council approved plans for 300 homes on Tuesday.", "2023-10-09") == ["on Tuesday=2023-10-03..2023-10-03"])
        #expect(
            Self.dates("The plans for Saturday's parade were finalised.", "2023-10-09") == ["Saturday=2023-10-14..2023-10-14"])
    }

    @Test func aHolidayWeekendOfLastYearAndAQuarterOfNoTense() {
        #expect(
            Self.dates("Sales rose 5% over the Thanksgiving weekend last year.", "2023-11-24")
                == ["Thanksgiving weekend last year=2022-11-24..2022-11-27"])
        #expect(
            Self.dates("Reliance reported a 19% jump in its March quarter profit.", "2023-05-10")
                == ["March quarter=2023-01-01..2023-03-31"])
    }

    @Test func aQuarterOfAYearWrittenAndThisWinterGone() {
        #expect(
            Self.dates("In the June quarter of 2019, sales fell 3%.", "2020-11-20") == ["the June quarter of 2019=2019-04-01..2019-06-30"])
        #expect(
            Self.dates("This winter was the warmest on record.", "2028-03-03") == ["This winter=2027-12-01..2028-02-29"])
        // Ahead, the coming one.
        #expect(Self.dates("This winter will be cold.", "2028-03-03") == ["This winter=2028-12-01..2029-02-28"])
    }

    @Test func thisMondaysEventAhead() {
        #expect(
            Self.dates("This Monday's strike will close 300 schools.", "2023-10-11") == ["This Monday=2023-10-16..2023-10-16"])
        #expect(
            Self.dates("The minister will face questions about this Monday's data leak.", "2023-10-11")
                == ["this Monday=2023-10-09..2023-10-09"])
        #expect(Self.dates("The strike went ahead on Friday as planned.", "2023-05-08") == ["on Friday=2023-05-05..2023-05-05"])
    }

    @Test func agesAfterARoleAndPartsThatFoundBuyers() {
        #expect(Self.read("The concierge, 61, can be reached on the phone.").isEmpty)
        #expect(Self.read("The show's star, 38, lives at 5 Abbey Road.").isEmpty)
        // Not a group's size.
        #expect(Self.read("The squad, 23, can travel.") == ["23=23.0"])
        #expect(
            Self.read("Of the 1,120 works in the sale, 930 found buyers.") == ["1,120=1120.0 [works]", "930=930.0 [works]"])
        #expect(Self.read("Police found 930 stolen bikes.") == ["930=930.0 [stolen bikes]"])
    }
}
