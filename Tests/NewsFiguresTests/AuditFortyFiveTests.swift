import Testing

@testable import NewsFigures

/// Audit 45's classes (counts in twenty new genres, published 2028-01-17; dates on 2027-11-25, 2027-03-17 and 2028-10-31) and
/// the left-alone date cases of the sessions before, each with the cases that must stay as they were.
@Suite struct AuditFortyFiveCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }

    @Test func presentAndParticipleHikesAndUpped() {
        #expect(Self.kinds("Bolt Hikes Fares By 7% After Drivers Win Pay Rise") == ["7%=7.0 percent percent increase"])
        #expect(Self.kinds("Bolt is hiking fares by 7%.") == ["7%=7.0 percent percent increase"])
        #expect(Self.kinds("Uber upped its fares by 5%.") == ["5%=5.0 percent percent increase"])
        // "axed", "slashed" a part of a whole are cuts, as "cut" is.
        #expect(Self.kinds("The airline axed 6 of its 14 routes.") == ["6=6.0 count decrease", "14=14.0 count"])
        #expect(Self.kinds("The airline slashed 6 of its 14 routes.") == ["6=6.0 count decrease", "14=14.0 count"])
        #expect(Self.kinds("The chef is cutting 2 of his 12 onions.") == ["2=2.0 count", "12=12.0 count"])
        // A verb in "-s" after "and" before its count of things is no second plural of the subject.
        #expect(
            Self.read("The quarry employs nearly 200 workers and produces 24 different products.") == [
                "nearly 200=200.0 max [workers]", "24=24.0 [products]",
            ])
        #expect(Self.read("The club has 20 boys and girls aged under 12.").first == "20=20.0 [boys and girls]")
        // Pence after a bound, after a verb of price.
        #expect(Self.kinds("Councils now charge up to 50p to use a toilet in tourist hotspots.") == ["up to 50p=0.5 money GBP"])
        #expect(Self.kinds("Tickets cost about 50p.") == ["about 50p=0.5 money GBP"])
        #expect(Self.kinds("The camera records up to 60p.").isEmpty)
        // A short past before a count in a headline of title case is a verb, no name; a present's object's count of more time is none.
        #expect(Self.read("The Loo Of The Year Awards Drew 1,400 Entries") == ["1,400=1400.0 [Entries]"])
        #expect(Self.read("Festival Sold 40,000 Tickets") == ["40,000=40000.0 [Tickets]"])
        #expect(Self.read("Court Gives Firm 6 More Months").isEmpty)
        #expect(Self.read("Microsoft Windows 11 Devices Get Update").isEmpty)
        // Walks are no rises.
        #expect(Self.kinds("The park's hikes of 12 miles are popular with walkers.") == ["12=12.0 count"])
        // Hikes "by" or "of" a figure, the noun, are its rises.
        #expect(Self.kinds("Rate hikes by 25 basis points are expected.") == ["25 basis points=0.25 percent percentage point increase"])
        #expect(
            Self.kinds("After three hikes of 25 basis points, rates stand at 5%.") == [
                "three=3.0 count", "25 basis points=0.25 percent percentage point increase", "5%=5.0 percent percent",
            ])
    }

    @Test func aWordOfChangeAsTheNounOfAnotherVerbsObject() {
        #expect(Self.kinds("Barbers Raise Price Of Men's Cut To £25 As VAT Bites") == ["£25=25.0 money GBP increase"])
        #expect(Self.kinds("The salon raised the price of a cut by 10%.") == ["10%=10.0 percent percent increase"])
        #expect(Self.kinds("The salon raised the price of a men's cut to £25.") == ["£25=25.0 money GBP increase"])
        // No other verb of change: the word of change is the change.
        #expect(Self.kinds("Markets priced in the chance of a cut to 4.25%.") == ["4.25%=4.25 percent percent decrease"])
        #expect(Self.kinds("The salon cut the price to £25.") == ["£25=25.0 money GBP decrease"])
        #expect(Self.kinds("The price of a cut rose to £25.") == ["£25=25.0 money GBP increase"])
        // A cut expected, not priced: the cut's own way.
        #expect(Self.kinds("Investors raised expectations for a cut to 3.75%.") == ["3.75%=3.75 percent percent decrease"])
        #expect(Self.kinds("The bank lowered expectations for a hike to 5%.") == ["5%=5.0 percent percent increase"])
    }

    @Test func aRunningTotalOverModifiersOrAPossessive() {
        #expect(
            Self.read("Toni & Guy Opens 3 New Salons, Taking Its UK Total To 226") == [
                "3=3.0 [Salons]", "226=226.0 [Salons]",
            ])
        #expect(
            Self.read("Vodafone added 112,000 contract customers in the quarter, taking its UK total to 18.3 million.") == [
                "112,000=112000.0 increase [contract customers]", "18.3 million=18300000.0 [contract customers]",
            ])
        #expect(
            Self.read("The chain opened 12 stores, bringing the group's total to 340.") == [
                "12=12.0 [stores]", "340=340.0 [stores]",
            ])
        // No verb of a running total before it: no subject borrowed.
        #expect(Self.read("The chain opened 12 stores; its UK total is 340.") == ["12=12.0 [stores]", "340=340.0"])
    }

    @Test func aWordInLyRightBeforeThePluralItCounts() {
        #expect(Self.read("Hasbro shipped 3 million Monopoly sets.") == ["3 million=3000000.0 [Monopoly sets]"])
        #expect(Self.read("Volunteers planted 40 holly bushes.") == ["40=40.0 [holly bushes]"])
        #expect(Self.read("The shop sold 200 jelly babies.") == ["200=200.0 [jelly babies]"])
        // An adverb before an adjective and the plural still goes on; one after the count with no plural ends it.
        #expect(Self.read("The hospital hired 1,200 newly qualified nurses.") == ["1,200=1200.0 [newly qualified nurses]"])
        #expect(Self.read("Shares rose 5 largely on hopes of a deal.") == ["5=5.0 increase"])
    }
}

@Suite struct AuditFortyFiveDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aSecondVerbWithAndInsideARelativeClauseIsThatClauses() {
        #expect(
            Self.dates(
                "The Bank of England, which cut rates in December and held them on Thursday, will publish its report on Monday.",
                "2027-03-12") == [
                    "December=2026-12-01..2026-12-31", "on Thursday=2027-03-11..2027-03-11", "on Monday=2027-03-15..2027-03-15",
                ])
        #expect(
            Self.dates(
                "The striker, who scored on Saturday and was booked on Sunday, will miss the match on Wednesday.", "2027-03-12") == [
                    "on Saturday=2027-03-06..2027-03-06", "on Sunday=2027-03-07..2027-03-07", "on Wednesday=2027-03-17..2027-03-17",
                ])
        #expect(
            Self.dates("Consultants who walked out on Monday and returned on Tuesday will meet officials on Wednesday.", "2027-03-12") == [
                "on Monday=2027-03-08..2027-03-08", "on Tuesday=2027-03-09..2027-03-09", "on Wednesday=2027-03-17..2027-03-17",
            ])
        // A relative clause that goes on to the future keeps it.
        #expect(
            Self.dates("The council, which met on Monday and will vote on Friday, has not said more.", "2027-03-11") == [
                "on Monday=2027-03-08..2027-03-08", "on Friday=2027-03-12..2027-03-12",
            ])
    }

    @Test func aPresentVerbOfAnEventAfterAPastIsAMainVerbOfItsOwn() {
        #expect(
            Self.dates("A man arrested on Tuesday appears in court on September 14.", "2027-03-12") == [
                "on Tuesday=2027-03-09..2027-03-09", "September 14=2027-09-14..2027-09-14",
            ])
        #expect(
            Self.dates("A man arrested on Tuesday and charged on Wednesday appears in court on September 14.", "2027-03-12") == [
                "on Tuesday=2027-03-09..2027-03-09", "on Wednesday=2027-03-10..2027-03-10", "September 14=2027-09-14..2027-09-14",
            ])
        #expect(
            Self.dates("The striker scored on Saturday, returns to training on Monday.", "2027-03-12") == [
                "on Saturday=2027-03-06..2027-03-06", "on Monday=2027-03-15..2027-03-15",
            ])
        // Two pasts, or a plural noun after a past verb, stay of the past.
        #expect(
            Self.dates("The firm posted a loss on Tuesday and cut jobs in September.", "2027-03-12") == [
                "on Tuesday=2027-03-09..2027-03-09", "September=2026-09-01..2026-09-30",
            ])
        #expect(Self.dates("The company reported losses in September.", "2027-03-12") == ["September=2026-09-01..2026-09-30"])
        #expect(Self.dates("Tesla beat forecasts on Tuesday.", "2027-03-12") == ["on Tuesday=2027-03-09..2027-03-09"])
    }
    @Test func aYearRightAfterAHolidayIsItsOwn() {
        #expect(Self.dates("Crowds fell on Christmas Eve last year.", "2028-10-31") == ["Christmas Eve last year=2027-12-24..2027-12-24"])
        #expect(
            Self.dates("Sales jumped on the day after Thanksgiving last year.", "2027-11-25") == [
                "the day after=2026-11-27..2026-11-27", "Thanksgiving last year=2026-11-26..2026-11-26",
            ])
        // A year further on is a date of its own.
        #expect(
            Self.dates("Halloween falls on a Tuesday this year.", "2028-10-31") == [
                "Halloween=2028-10-31..2028-10-31", "this year=2028-01-01..2028-12-31",
            ])
    }

    @Test func theDaysAfterADate() {
        #expect(
            Self.dates("Crowds fell in the week after Bonfire Night last year.", "2028-10-31") == [
                "the week after Bonfire Night last year=2027-11-06..2027-11-12"
            ])
        #expect(
            Self.dates("Footfall is expected to fall 2% in the week after Christmas.", "2028-10-31") == [
                "the week after Christmas=2028-12-26..2029-01-01"
            ])
        #expect(
            Self.dates("In the two weeks after Christmas, sales are expected to fall 20%.", "2027-11-25") == [
                "the two weeks after Christmas=2027-12-26..2028-01-08"
            ])
        // "a week after" is one day, counted on.
        #expect(
            Self.dates("Crowds fell a week after Christmas.", "2028-10-31") == [
                "a week after=2028-01-01..2028-01-01", "Christmas=2027-12-25..2027-12-25",
            ])
    }

    @Test func aMonthsYearBeforeAfterAFigure() {
        #expect(
            Self.dates("Ryanair carried 17.2 million passengers in February, up from 15.8 million a year earlier.", "2027-11-25") == [
                "February=2027-02-01..2027-02-28", "a year earlier=2026-02-01..2026-02-28",
            ])
        #expect(
            Self.dates("The plant opened in March 2019 and closed two years later.", "2027-11-25") == [
                "March 2019=2019-03-01..2019-03-31", "two years later=2021-03-01..2021-03-31",
            ])
        // A month's last day stays its last.
        #expect(
            Self.dates("Sales rose in February 2027, and a year later they fell.", "2028-03-01") == [
                "February 2027=2027-02-01..2027-02-28", "a year later=2028-02-01..2028-02-29",
            ])
        // The change's reference after "from", and a day's year before a figure, are no date.
        #expect(
            Self.dates("Ryanair carried 17.2 million passengers in February, up 9% from a year earlier.", "2027-11-25") == [
                "February=2027-02-01..2027-02-28"
            ])
        #expect(
            Self.dates("Profit was £200m on Tuesday against £150m a year earlier.", "2027-11-25") == ["on Tuesday=2027-11-23..2027-11-23"])
    }

    @Test func aWeekdayBeforeANounOfItsOwnAfterA() {
        #expect(
            Self.dates("Trams would run on a Sunday timetable on Wednesday, St Patrick's Day, the operator said.", "2027-03-17") == [
                "on Wednesday=2027-03-17..2027-03-17", "St Patrick's Day=2027-03-17..2027-03-17",
            ])
        #expect(Self.dates("The bus runs on a Sunday timetable today.", "2027-03-17") == ["today=2027-03-17..2027-03-17"])
        // A part of the day, or none, in a past report: the day gone.
        #expect(
            Self.dates("Police said the attack, on a Saturday night, left three dead.", "2027-03-17") == ["Saturday=2027-03-13..2027-03-13"]
        )
        #expect(Self.dates("The bakery said it held the ceremony on a Monday.", "2027-03-17") == ["Monday=2027-03-15..2027-03-15"])
    }

    @Test func twoDaysRunningBeforeAnotherClause() {
        #expect(
            Self.dates("Trams will not run on March 24 and 25 and again on April 7 while the line is upgraded.", "2027-03-17") == [
                "March 24 and 25=2027-03-24..2027-03-25", "April 7=2027-04-07..2027-04-07",
            ])
        #expect(
            Self.dates("Trams will not run on March 24 and 25 while the line is upgraded.", "2027-03-17") == [
                "March 24 and 25=2027-03-24..2027-03-25"
            ])
        // A count before its verb in the same clause stays one.
        #expect(Self.dates("On July 29 and 30 people died in the heat.", "2027-03-17") == ["July 29=2026-07-29..2026-07-29"])
    }

    @Test func aYearAsAPercentagesBase() {
        #expect(Self.dates("Sales of costumes were up 30% on 2027.", "2028-10-31") == ["2027=2027-01-01..2027-12-31"])
        #expect(Self.dates("Sales of costumes were up 30% compared with 2027.", "2028-10-31") == ["2027=2027-01-01..2027-12-31"])
        // Not a count or an address after "with" or "on".
        #expect(Self.dates("The party won 30% with 2027 votes counted.", "2028-10-31").isEmpty)
        #expect(Self.dates("The shop is on 2027 Main Street.", "2028-10-31").isEmpty)
    }
    @Test func theReviewsNearMissesOfTheseRules() {
        // A weekday after "a" before a day's event stays a date; before a noun of how things run, over an adjective too, none.
        #expect(
            Self.dates("Services will run on a reduced Sunday timetable on Friday.", "2025-06-18") == ["on Friday=2025-06-20..2025-06-20"])
        #expect(Self.dates("The vote followed a Monday debate that lasted 9 hours.", "2025-06-18") == ["Monday=2025-06-16..2025-06-16"])
        // A month's year earlier: not across another verb's clause, an aside or a pair; a later one only of a year written.
        #expect(
            Self.dates("He joined the club in May and scored 12 goals, up from 8 a year earlier.", "2025-06-18") == [
                "May=2025-05-01..2025-05-31"
            ])
        #expect(
            Self.dates("The company, founded in May, has 300 staff, up from 200 a year earlier.", "2025-06-18") == [
                "May=2025-05-01..2025-05-31"
            ])
        #expect(Self.dates("The index was 102 in May; a year later it was 110.", "2025-06-18") == ["May=2025-05-01..2025-05-31"])
        #expect(
            Self.dates("Output rose in March and April, to 2.1 million tonnes, from 1.9 million a year earlier.", "2025-06-18") == [
                "March=2025-03-01..2025-03-31", "April=2025-04-01..2025-04-30",
            ])
        #expect(
            Self.dates("In May 2023, 500 people applied, up from 420 a year earlier.", "2025-06-18") == [
                "May 2023=2023-05-01..2023-05-31", "a year earlier=2022-05-01..2022-05-31",
            ])
        // A count told of a time after it is no year compared with.
        #expect(
            Self.dates("The race drew 2,300 runners, compared with 2027 last year.", "2025-06-18") == ["last year=2024-01-01..2024-12-31"])
        // A holiday's year is not one a change is measured from.
        #expect(
            Self.dates("Spending on Christmas Eve rose 5% on last year to £1.3 billion.", "2024-12-28") == [
                "Christmas Eve=2024-12-24..2024-12-24", "last year=2023-01-01..2023-12-31",
            ])
        #expect(
            Self.dates("Footfall on Boxing Day fell 3% compared with last year.", "2024-12-28") == [
                "Boxing Day=2024-12-26..2024-12-26", "last year=2023-01-01..2023-12-31",
            ])
    }

    @Test func aWeekdayInAVerblessPhraseOfAfterBesideAPresentEvent() {
        #expect(
            Self.dates("The chess match resumes on Saturday after a rest day on Friday.", "2027-11-25") == [
                "on Saturday=2027-11-27..2027-11-27", "on Friday=2027-11-26..2027-11-26",
            ])
        // Not with no day of the clause's own, nor one the phrase's day would follow: the phrase's event is gone.
        #expect(Self.dates("The team flies home after its match on Sunday.", "2027-11-25") == ["on Sunday=2027-11-21..2027-11-21"])
        #expect(Self.dates("The minister faces questions after a leak on Sunday.", "2025-03-12") == ["on Sunday=2025-03-09..2025-03-09"])
        #expect(
            Self.dates("The league meets on Thursday after a brawl on Saturday.", "2025-03-12") == [
                "on Thursday=2025-03-13..2025-03-13", "on Saturday=2025-03-08..2025-03-08",
            ])
        // A verb of its own in the phrase keeps its past; a past main clause keeps both gone.
        #expect(
            Self.dates("The team returns to training after it lost on Saturday.", "2027-11-25") == ["on Saturday=2027-11-20..2027-11-20"])
        #expect(
            Self.dates("Shares fell on Monday after a profit warning on Friday.", "2027-11-25") == [
                "on Monday=2027-11-22..2027-11-22", "on Friday=2027-11-19..2027-11-19",
            ])
    }

    @Test func wouldAfterSayingOverAParticiplesAside() {
        #expect(
            Self.dates("The theatre said its new production of Macbeth, first staged in 1847, would open on November 18.", "2028-10-31")
                == ["1847=1847-01-01..1847-12-31", "November 18=2028-11-18..2028-11-18"])
        #expect(
            Self.dates("The theatre said its new production of Macbeth, first staged in Florence, would open on Saturday.", "2028-10-31")
                == ["on Saturday=2028-11-04..2028-11-04"])
    }

    @Test func aFoundingYearInAnAsideNamesNoYearForTheEndOfTheMonth() {
        #expect(
            Self.dates("The bridge club, founded in 1932, said on Tuesday that it would close at the end of the month.", "2027-03-17") == [
                "1932=1932-01-01..1932-12-31", "on Tuesday=2027-03-16..2027-03-16", "end of the month=2027-03-16..2027-03-31",
            ])
        // A year of the clause's own, with no comma before its verb, is the year's.
        #expect(
            Self.dates("The club was founded in 1932 and by the end of the year had 40 members.", "2025-03-12") == [
                "1932=1932-01-01..1932-12-31", "end of the year=1932-09-01..1932-12-31",
            ])
        // A year the sentence names itself still leaves a "would" of no year taken.
        #expect(
            Self.dates("In 2023 the company said it would close the plant by the end of the year.", "2027-03-17") == [
                "2023=2023-01-01..2023-12-31"
            ])
    }
    @Test func auditFortySixHeldOutClasses() {
        // "the first Sunday of November" in a sentence of the past is the latest gone; of what is to come, the next.
        #expect(
            Self.dates("The race was held on the first Sunday of November.", "2028-02-14") == [
                "the first Sunday of November=2027-11-07..2027-11-07"
            ])
        #expect(
            Self.dates("The race will be held on the first Sunday of November.", "2028-02-14") == [
                "the first Sunday of November=2028-11-05..2028-11-05"
            ])
        #expect(
            Self.dates("The fair was held on the second Monday of February.", "2028-02-14") == [
                "the second Monday of February=2028-02-14..2028-02-14"
            ])
        // The days at a month's start or end.
        #expect(
            Self.dates("Sales rose in the first two weeks of February.", "2028-02-14") == [
                "the first two weeks of February=2028-02-01..2028-02-14"
            ])
        #expect(
            Self.dates("Sales fell in the last two weeks of January.", "2028-02-14") == [
                "the last two weeks of January=2028-01-18..2028-01-31"
            ])
        #expect(
            Self.dates("Sales rose in the first 10 days of February.", "2028-02-14") == [
                "the first 10 days of February=2028-02-01..2028-02-10"
            ])
        // A half is its own rule's; no edge word, the month.
        #expect(Self.dates("Sales rose in the first half of February.", "2028-02-14") == ["first half of February=2028-02-01..2028-02-15"])
        #expect(Self.dates("Sales rose in two weeks of February.", "2028-02-14") == ["February=2028-02-01..2028-02-29"])
        // A bare holiday before a part of its day; not before a noun of its own.
        #expect(Self.dates("Crowds gathered on Christmas morning.", "2027-12-27") == ["Christmas=2027-12-25..2027-12-25"])
        #expect(Self.dates("The Christmas tree was lit.", "2027-12-27").isEmpty)
    }
}
