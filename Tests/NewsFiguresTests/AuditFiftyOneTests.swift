import Testing

@testable import NewsFigures

/// Audit 51's classes (counts in twenty new genres, published 2029-06-11; dates on 2028-02-29, 2027-10-31 and 2029-03-31),
/// the classes found beside them, each with the near misses review 57 found, and audit 52's (published 2030-03-04; dates on
/// 2030-01-01, 2028-11-24 and 2029-08-27) and audit 53's (published 2027-09-13; dates on 2027-05-31, 2028-10-15 and 2029-12-24).
@Suite struct AuditFiftyOneTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aWholeNumberOfMillionsBeforePeopleOrThingsWithNoLength() {
        #expect(Self.read("Sony shipped 2m consoles.") == ["2m=2000000.0 [consoles]"])
        #expect(Self.read("Waiting lists hit 7m patients.") == ["7m=7000000.0 [patients]"])
        // A capitalised plural of people after a bound or a verb.
        #expect(Self.read("Nearly 5m Britons are paying more.") == ["Nearly 5m=5000000.0 max [Britons]"])
        // Over a maker's model and its number: "4.1m Switch 2 consoles", "2.5m iPhone 15 handsets".
        #expect(Self.read("Nintendo sold 4.1m Switch 2 consoles in the quarter.") == ["4.1m=4100000.0 [consoles]"])
        #expect(Self.read("Apple shipped 2.5m iPhone 15 handsets.") == ["2.5m=2500000.0 [handsets]"])
        #expect(Self.read("The 1.8m Boeing 737 wingtips were replaced.").isEmpty)
        // Lengths stay lengths: a race's distance before a nationality, a height, a fall.
        #expect(Self.read("In the women's 200m Americans took gold and silver.").isEmpty)
        #expect(Self.read("The wall is 2m high.").isEmpty)
        #expect(Self.read("They fell 3m from the ladder.").isEmpty)
    }

    @Test func aVerbOfChangeBeforeADateOrPeriodAndBy() {
        #expect(Self.kinds("Exports rose in March by 4%.") == ["4%=4.0 percent percent increase"])
        #expect(Self.kinds("Prices climbed for a third month by 0.4%.") == ["0.4%=0.4 percent percent increase"])
        #expect(Self.kinds("Sales fell last year by 12%.") == ["12%=12.0 percent percent decrease"])
        // Not a denied change, nor a passive's agent.
        #expect(Self.kinds("Sales did not fall last year by 12%.") == ["12%=12.0 percent percent"])
        #expect(Self.read("The plan was drawn up in March by 40 MPs.") == ["40=40.0 [MPs]"])
    }

    @Test func aPastOpeningAClauseBeforeACountIsNoName() {
        #expect(Self.read("Killed 40 people, the storm moved north.") == ["40=40.0 [people]"])
        #expect(Self.read("Rated 212 schools as good, the inspectorate said.") == ["212=212.0 [schools]"])
        // A film and its sequel, with no comma ending a clause.
        #expect(Self.read("Saw 11 trailers were released online.").isEmpty)
        #expect(Self.read("Tangled 2 rumours swirled online.").isEmpty)
    }

    @Test func aHalfOrAQuarterBeforeItsOwnNounIsAnAdjective() {
        #expect(
            Self.kinds("Fees for a half plot will go up from £45 to £52.") == [
                "£45=45.0 money GBP", "£52=52.0 money GBP increase",
            ])
        #expect(Self.read("They bought a half share in the pub.").isEmpty)
        #expect(Self.read("He ran a half marathon.").isEmpty)
        // Still values: a unit, a change's fraction before any word, a comparative.
        #expect(Self.kinds("The bank cut by a half percentage point.") == ["a half percentage point=0.5 percent percentage point decrease"])
        #expect(Self.kinds("Prices fell by a half overnight.") == ["a half=0.5 count decrease"])
        #expect(Self.kinds("The new model is a quarter lighter.") == ["a quarter=0.25 count"])
    }

    @Test func aParticipleCarriesTheChangeToItsTotal() {
        #expect(
            Self.kinds("The state pension will rise by 4.1% in April, taking the full new state pension to £12,480 a year.") == [
                "4.1%=4.1 percent percent increase", "£12,480=12480.0 money GBP increase",
            ])
        #expect(
            Self.kinds("House prices rose 5% last year, bringing the average to £300,000.") == [
                "5%=5.0 percent percent increase", "£300,000=300000.0 money GBP increase",
            ])
        #expect(
            Self.kinds("The club's debt fell by £20m last year, bringing it to £180m.") == [
                "£20m=20000000.0 money GBP decrease", "£180m=180000000.0 money GBP decrease",
            ])
        // Not another measure, nor a total that a falling daily figure adds to.
        #expect(
            Self.kinds("The pound fell 1% last week, pushing import costs to £3bn.") == [
                "1%=1.0 percent percent decrease", "£3bn=3000000000.0 money GBP",
            ])
        #expect(Self.kinds("Deaths fell by 5 on Sunday, taking the total to 200.") == ["5=5.0 count decrease", "200=200.0 count"])
        #expect(
            Self.kinds("Daily cases rose by 300 on Tuesday, taking the cumulative total to 45,000.") == [
                "300=300.0 count increase", "45,000=45000.0 count",
            ])
    }

    @Test func byAndANewLevelAfterADateOfTheVerb() {
        // A change and its new level, no range.
        #expect(
            Self.kinds("Profits jumped in 2023 by £2.4bn to £11bn.") == [
                "£2.4bn=2400000000.0 money GBP increase", "£11bn=11000000000.0 money GBP increase",
            ])
        #expect(Self.kinds("Vacancies fell again in May by 30,000.") == ["30,000=30000.0 count decrease"])
        // A range of percentages stays one, as with no date.
        #expect(Self.kinds("Profits rose in 2023 by 10 to 20 percent.") == ["10 to 20 percent=10.0 percent percent increase"])
    }

    @Test func aTotalAfterAnAdverbOfTimeAndARaisingParticipleAfterAFall() {
        #expect(
            Self.kinds("The death toll rose by 12 overnight, bringing the total to 57.") == [
                "12=12.0 count increase", "57=57.0 count increase",
            ])
        // "boosting" raises whatever went before.
        #expect(
            Self.kinds("Oil fell 5% on Monday, boosting the average margin to 15%.") == [
                "5%=5.0 percent percent decrease", "15%=15.0 percent percent increase",
            ])
    }

    @Test func aMonthAfterThanIsAReference() {
        #expect(
            Self.kinds("More than 4,100 journeys were lost in May, 1,200 more than in April.") == [
                "More than 4,100=4100.0 count", "1,200=1200.0 count increase",
            ])
        // Not "from April", the day a change starts.
        #expect(Self.kinds("Council tax will rise 4.99% from April.") == ["4.99%=4.99 percent percent increase"])
    }

    @Test func aRelativeThatBeforeAPresentVerbOfAnEvent() {
        #expect(
            Self.dates("The space agency is targeting a launch window that opens on the 9th.", "2028-02-29")
                == ["the 9th=2028-03-09..2028-03-09"])
        // Not in a sentence of the past, nor "that" as a conjunction before a plural noun.
        #expect(Self.dates("The team that hosts the final lost on the 9th.", "2028-02-29") == ["the 9th=2028-02-09..2028-02-09"])
        #expect(
            Self.dates("Residents complained that changes on the 3rd had confused drivers.", "2025-03-12")
                == ["the 3rd=2025-03-03..2025-03-03"])
    }

    @Test func aSpanFromAHolidayJustGoneIsUnderWay() {
        #expect(
            Self.dates("The gallery will be closed from Good Friday until Easter Monday.", "2029-03-31")
                == ["from Good Friday until Easter Monday=2029-03-30..2029-04-02"])
        // Once the span is over, the next one.
        #expect(
            Self.dates("The gallery will be closed from Good Friday until Easter Monday.", "2029-04-03")
                == ["from Good Friday until Easter Monday=2030-04-19..2030-04-22"])
    }

    @Test func aSpansHolidayMovedToAnotherYearIsThatYearsHoliday() {
        // Not the month and day of the holiday in the year read first.
        #expect(
            Self.dates("The gallery is closed between Good Friday and Easter Monday.", "2025-04-20")
                == ["between Good Friday and Easter Monday=2025-04-18..2025-04-21"])
        #expect(
            Self.dates("The pool was open from Memorial Day through Labor Day.", "2025-07-10")
                == ["from Memorial Day through Labor Day=2025-05-26..2025-09-01"])
        #expect(
            Self.dates("Services were reduced from Palm Sunday through Easter Sunday.", "2025-04-15")
                == ["from Palm Sunday through Easter Sunday=2025-04-13..2025-04-20"])
        #expect(
            Self.dates("Sales were strong from Christmas until Easter.", "2026-01-20") == [
                "from Christmas until Easter=2025-12-25..2026-04-05"
            ])
        #expect(
            Self.dates("The route is closed from Good Friday to April 22.", "2025-04-19") == [
                "from Good Friday to April 22=2025-04-18..2025-04-22"
            ])
        // Both ends moved: the span under way.
        #expect(
            Self.dates("The castle is open from Easter Sunday to 31 October.", "2025-04-25")
                == ["from Easter Sunday to 31 October=2025-04-20..2025-10-31"])
        // Days written as days keep their month and day across the year's turn.
        #expect(
            Self.dates("The market runs from November 20 to January 4.", "2025-11-03") == [
                "November 20 to January 4=2025-11-20..2026-01-04"
            ])
    }

    @Test func manFridayAndGirlFridayAreNames() {
        #expect(Self.dates("He played Man Friday in the new production.", "2029-03-31").isEmpty)
        #expect(Self.dates("His Girl Friday, the 1940 comedy, returns to cinemas.", "2029-03-31").isEmpty)
        // A day after a name that ends in "Man", and a headline's object.
        #expect(
            Self.dates("Voters on the Isle of Man Friday elected a new chief minister.", "2029-03-31") == ["Friday=2029-03-30..2029-03-30"])
        #expect(Self.dates("Police Arrest Man Friday After Town Centre Attack", "2029-03-31") == ["Friday=2029-03-30..2029-03-30"])
    }

    @Test func audit52ChangesOverWhatTheyAreMeasuredByAndANamesNumber() {
        #expect(
            Self.kinds("French wine exports fell 11.4% by value to €15.9 billion.") == [
                "11.4%=11.4 percent percent decrease", "€15.9 billion=15900000000.0 money EUR decrease",
            ])
        #expect(
            Self.kinds("A single filling now costs patients £73.20 under the Band 2 charge, up from £70.70.") == [
                "£73.20=73.2 money GBP increase", "£70.70=70.7 money GBP",
            ])
        // Not over a figure of its own.
        #expect(
            Self.kinds("A filling costs £73.20 under the charge of 2 dentists, up from £70.70.") == [
                "£73.20=73.2 money GBP", "2=2.0 count", "£70.70=70.7 money GBP",
            ])
    }

    @Test func audit52SubjectsReferBackOverOnlyADateAndAnEstimate() {
        #expect(
            Self.read("Growers will need 9,000 seasonal workers but expect to recruit only 6,000.") == [
                "9,000=9000.0 [seasonal workers]", "6,000=6000.0 [seasonal workers]",
            ])
        #expect(
            Self.read("Nearly 1,200 refugees arrived last week, bringing the total this year to 9,400.") == [
                "Nearly 1,200=1200.0 max [refugees]", "9,400=9400.0 [refugees]",
            ])
        #expect(
            Self.read("Cycling trips rose 5% last year to an estimated 1.33 million.") == [
                "5%=5.0 increase", "an estimated 1.33 million=1330000.0 approx increase [Cycling trips]",
            ])
        // An age group's age before an adverb is no count.
        #expect(Self.read("Children under five now travel free.").isEmpty)
    }

    @Test func audit52ADurationFromAWeekdayAndItsDate() {
        #expect(
            Self.dates("Junior doctors will strike for five days from Monday, September 17.", "2029-08-27")
                == ["for five days from Monday, September 17=2029-09-17..2029-09-21"])
        #expect(
            Self.dates("Junior doctors will strike for five days from September 17.", "2029-08-27")
                == ["for five days from September 17=2029-09-17..2029-09-21"])
    }

    @Test func audit52ARelativeClauseAfterTheFirstWordHasItsOwnPast() {
        #expect(
            Self.dates("Families who booked late summer holidays face a further rise in prices from September 1.", "2029-08-27")
                == ["September 1=2029-09-01..2029-09-01"])
        // Its own day stays past.
        #expect(Self.dates("Families who booked holidays in July paid more.", "2029-08-27") == ["July=2029-07-01..2029-07-31"])
    }

    @Test func review58NearMisses() {
        // A phrasal verb of change before a date and "by" an amount; a count only after a verb of motion.
        #expect(Self.kinds("Prices came down in March by 3%.") == ["3%=3.0 percent percent decrease"])
        #expect(Self.read("The plan was drawn up in March by 40 MPs.") == ["40=40.0 [MPs]"])
        // A weekday's comma before a count is no date's.
        #expect(
            Self.dates("Shops will close for five days from Monday, 5 shops said.", "2029-08-27")
                == ["for five days from Monday=2029-08-27..2029-08-31"])
    }

    @Test func audit53ABareCurrencyNameComparedWithTheSameNameQualified() {
        #expect(
            Self.kinds("Farmers are paid 300 CFA francs a kilo, up from 250 francs last year.") == [
                "300 CFA francs=300.0 money XOF increase", "250 francs=250.0 money XOF",
            ])
        // As the qualified amount was read: XAF in a text of Cameroon.
        #expect(
            Self.kinds("In Cameroon, farmers get 5 million CFA francs, up from 4 million francs.") == [
                "5 million CFA francs=5000000.0 money XAF increase", "4 million francs=4000000.0 money XAF",
            ])
        // Not another's amount, nor one with no qualified name before it.
        #expect(
            Self.kinds("The ministry paid 400 million Hong Kong dollars and a US investor later offered 60 million dollars.") == [
                "400 million Hong Kong dollars=400000000.0 money HKD", "60 million dollars=60000000.0 money USD",
            ])
        #expect(Self.kinds("The fine was 500 francs.") == ["500 francs=500.0 money CHF"])
    }

    @Test func audit53OneInEvery() {
        #expect(Self.read("The disease affects one in every 182 people.") == ["one in every 182=0.005494505494505495 [people]"])
        #expect(Self.read("One in every five adults smokes.") == ["One in every five=0.2 [adults]"])
    }

    @Test func audit53ANounOfChangeCarriesItsFigureToTheLevelAfterTo() {
        #expect(
            Self.kinds("The firm reported a 19% rise in second-quarter revenue to $4.1bn.") == [
                "19%=19.0 percent percent increase", "$4.1bn=4100000000.0 money USD increase",
            ])
        #expect(
            Self.kinds("Ofgem announced a 10% cut in the price cap to £1,568.") == [
                "10%=10.0 percent percent decrease", "£1,568=1568.0 money GBP decrease",
            ])
        // An amount only: not a count, which may be where a flow went or whom it reached.
        #expect(
            Self.kinds("It reported a 10% rise in exports to 30 countries.") == [
                "10%=10.0 percent percent increase", "30=30.0 count",
            ])
    }
}
