import Testing

@testable import NewsFigures

/// Audit 47's classes found in the main session (counts in twenty new genres, published 2027-09-13; dates on 2027-03-29,
/// 2027-11-26 and 2028-10-01) and audit 46's left-alone counts, each with the cases that must stay as they were.
@Suite struct AuditFortySevenTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func kinds(_ text: String) -> [String] { AuditFortyThreeCountsTests.kinds(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func moreOrLessOfANounThanAnEarlierTimeIsAChange() {
        #expect(
            Self.kinds("Farmers applied 18% less nitrogen fertiliser this spring than last.") == [
                "18%=18.0 percent percent decrease"
            ])
        #expect(Self.kinds("The park drew 12% more visitors than a year earlier.") == ["12%=12.0 percent percent increase"])
        #expect(Self.kinds("Shoppers bought 7% fewer trees than last year.").first == "7%=7.0 percent percent decrease")
        // A comparison with another thing is no change, nor is a bare "last" that is no period's.
        #expect(Self.kinds("The new engine uses 30 percent less fuel than its predecessor.") == ["30 percent=30.0 percent percent"])
        #expect(Self.kinds("Teens spend 130% more time online than their parents.") == ["130%=130.0 percent percent"])
        #expect(Self.kinds("The festival sold 30% more tickets than last year's event.") == ["30%=30.0 percent percent increase"])
        #expect(Self.kinds("The rival uses 30% less water than last month's model did.").first == "30%=30.0 percent percent")
    }

    @Test func aBareCountAfterAPresentVerbAndCountsWhatThePresentBeforeDid() {
        #expect(
            Self.read("The shop stocks more than 20,000 records and sells about 350 a week.") == [
                "more than 20,000=20000.0 min [records]", "about 350=350.0 approx [records]",
            ])
        #expect(Self.read("The farm keeps 300 cows and milks 250 twice a day.") == ["300=300.0 [cows]", "250=250.0 [cows]"])
        #expect(Self.read("The charity houses 40 families and feeds 200.") == ["40=40.0 [families]", "200=200.0 [families]"])
        #expect(Self.read("The hospital employs 400 nurses and trains 30 each year.") == ["400=400.0 [nurses]", "30=30.0 [nurses]"])
        #expect(Self.read("The team signs 5 players and releases 3.") == ["5=5.0 [players]", "3=3.0 [players]"])
        // Not a verb of staff after another verb's count of people, nor one of room.
        #expect(Self.read("The hospital treats 5,000 patients a year and employs 800.") == ["5,000=5000.0 [patients]", "800=800.0"])
        #expect(Self.read("The restaurant serves 300 meals a night and seats 80.") == ["300=300.0 [meals]", "80=80.0"])
        // Not a verb done to people after a count of things, nor of things after a count of people; a past before keeps `secondVerbs`.
        #expect(Self.read("The clinic treats 300 dogs and employs 12.") == ["300=300.0 [dogs]", "12=12.0"])
        #expect(Self.read("The firm employs 300 staff and sells 5,000.") == ["300=300.0 [staff]", "5,000=5000.0"])
        #expect(Self.read("The company made 2,000 cars and employed 450.") == ["2,000=2000.0 [cars]", "450=450.0"])
        // A plural and an age after "and" stay one phrase.
        #expect(Self.read("The camp takes 50 boys and girls 12 and under.").first == "50=50.0 [boys and girls]")
    }

    @Test func daysGivenOrTakenAreCountedNoDuration() {
        #expect(
            Self.read("Strikes are planned, with the union on 9 days of action this year.") == ["9=9.0 [days of action]"])
        #expect(Self.read("Budget adds 20 more days of leave.") == ["20=20.0 [days of leave]"])
        // A length of time before "of" is a duration.
        #expect(Self.read("The shop closed after 12 years of trading.").isEmpty)
        #expect(Self.read("They endured three days of rain.").isEmpty)
    }

    @Test func aPartAfterAWholeThatOpensTheSentenceBeforeItsVerb() {
        #expect(
            Self.read("Of the club's 60 members, 45 shoot recurve bows and 12 compete at county level.") == [
                "60=60.0 [members]", "45=45.0 [members]", "12=12.0 [members]",
            ])
        #expect(
            Self.read("Of the 90 pupils, 60 walk to school and 20 take the bus.") == [
                "90=90.0 [pupils]", "60=60.0 [pupils]", "20=20.0 [pupils]",
            ])
        #expect(Self.read("Of the 300 firms, 120 plan layoffs.") == ["300=300.0 [firms]", "120=120.0 [firms]"])
        // A noun of the part's own, before its verb, stays.
        #expect(
            Self.read("Of the 60 members, 45 junior players joined this year.") == ["60=60.0 [members]", "45=45.0 [junior players]"])
        #expect(Self.read("Of the 60 staff, 45 full-time workers earn more.") == ["60=60.0 [staff]", "45=45.0 [full-time workers]"])
        // Not without a whole that opens the sentence.
        #expect(Self.read("The club said 45 shoot regularly.") == ["45=45.0"])
    }

    @Test func headlinesOfTitleCase() {
        // The object of a verb of change before "To" and the new level, capitalised.
        #expect(Self.read("Quantum Firm IonQ Doubles Headcount To 1,200") == ["1,200=1200.0 increase [Headcount]"])
        #expect(Self.read("Retailer Cuts Workforce To 900") == ["900=900.0 decrease [Workforce]"])
        #expect(Self.read("Airline Cuts Flights To 12 Cities") == ["12=12.0 [Cities]"])
        // "Won" and a past the same as its base before a count are verbs, no name's number.
        #expect(Self.read("Flower Show Won 12 Gold Medals") == ["12=12.0 [Gold Medals]"])
        #expect(Self.read("Storm Hit 400 Homes") == ["400=400.0 [Homes]"])
        #expect(Self.read("Microsoft Windows 11 Devices Get Update").isEmpty)
        #expect(Self.read("Court Gives Firm 6 More Months").isEmpty)
        // A participle in "-ing" before a count, after a comma too; not a noun in "-ing" before a name's number.
        #expect(Self.read("Bakery Chain Opens 25 Sites, Creating 300 Jobs") == ["25=25.0 [Sites]", "300=300.0 [Jobs]"])
        #expect(Self.read("Airline Adding 12 New Routes This Summer") == ["12=12.0 [Routes]"])
        #expect(Self.read("Building 7 Tenants Complain About Heating").isEmpty)
    }

    @Test func holidaysInHeadlinesOfTitleCase() {
        #expect(
            Self.dates("Black Friday Deals Drive Record Traffic To Car Sites, Auto Trader Says", "2027-11-26") == [
                "Black Friday=2027-11-26..2027-11-26"
            ])
        #expect(
            Self.dates("Storage Firms Report Busiest Easter Weekend Since 2019", "2027-03-29") == [
                "Easter Weekend=2027-03-26..2027-03-29", "2019=2019-01-01..2019-12-31",
            ])
        // A capitalised singular after it still makes a name; a bare holiday before a noun is none.
        #expect(Self.dates("The Good Friday Agreement Turns 30 On Saturday", "2028-04-03").count == 1)
        #expect(Self.dates("Peace Deal: Good Friday Agreement At 30", "2028-04-03").isEmpty)
        #expect(Self.dates("Christmas Trees Sell Out Early", "2027-12-10").isEmpty)
        // In prose, a capitalised word after a holiday makes a name as before.
        #expect(Self.dates("Fans queued for the Halloween Kills premiere.", "2027-10-20").isEmpty)
    }
    @Test func whatWasSaidToComeAfterAReportDay() {
        // A holiday after "would" and a verb of saying is ahead, over a past perfect and the figures between.
        #expect(
            Self.dates(
                "The dry-cleaning chain said on Thursday it had closed 14 stores in September and would shut another six before Christmas.",
                "2028-10-01") == [
                    "on Thursday=2028-09-28..2028-09-28", "September=2028-09-01..2028-09-30", "Christmas=2028-12-25..2028-12-25",
                ])
        #expect(
            Self.dates("The minister said the new homes would be ready by Christmas.", "2025-06-18") == [
                "Christmas=2025-12-25..2025-12-25"
            ])
        // Ahead of the day it was said, not of the day published.
        #expect(
            Self.dates(
                "CarMart said on Wednesday it would keep its showrooms closed on Thanksgiving and open at 7 a.m. on Friday.",
                "2027-11-26") == [
                    "on Wednesday=2027-11-24..2027-11-24", "Thanksgiving=2027-11-25..2027-11-25", "on Friday=2027-11-26..2027-11-26",
                ])
        // Without "would", a past perfect keeps a holiday gone.
        #expect(
            Self.dates("The chain said last month it had closed 14 stores and had shut another six by Christmas.", "2028-10-01").last
                == "Christmas=2027-12-25..2027-12-25")
        // "and would" joins the day to the report's "that" over a year between.
        #expect(
            Self.dates(
                "The cathedral said on Thursday that it expected record numbers for the holy year in 2027 and would open a second pilgrim office on Saturday.",
                "2027-03-29") == [
                    "on Thursday=2027-03-25..2027-03-25", "2027=2027-01-01..2027-12-31", "on Saturday=2027-03-27..2027-03-27",
                ])
        #expect(
            Self.dates(
                "The cathedral said on Thursday that it had opened an office in 2026 and held a service on Saturday.", "2027-03-29"
            ).last
                == "on Saturday=2027-03-27..2027-03-27")
    }

    @Test func aWarningFromATimeOfDayOnAWeekday() {
        #expect(
            Self.dates("The Met Office has issued a yellow warning for ice from 6pm on Saturday until 10am on Sunday.", "2027-11-26") == [
                "on Saturday=2027-11-27..2027-11-27", "on Sunday=2027-11-28..2027-11-28",
            ])
        #expect(
            Self.dates("The Met Office has issued a yellow warning for rain from 9pm on Monday.", "2027-11-26") == [
                "on Monday=2027-11-29..2027-11-29"
            ])
        // One told in the past, and the day a warning was issued, stay gone.
        #expect(
            Self.dates("A yellow warning for ice was in force from 6pm on Saturday until 10am on Sunday.", "2027-11-26") == [
                "on Saturday=2027-11-20..2027-11-20", "on Sunday=2027-11-21..2027-11-21",
            ])
        #expect(Self.dates("The Met Office issued a warning on Monday.", "2027-11-26") == ["on Monday=2027-11-22..2027-11-22"])
        #expect(
            Self.dates("The road was closed from 9pm on Monday until 6am on Tuesday.", "2027-11-26") == [
                "on Monday=2027-11-22..2027-11-22", "on Tuesday=2027-11-23..2027-11-23",
            ])
    }
    @Test func reviewFiftyFourNearMisses() {
        // A holiday gone by 45 days or fewer after "would" and a verb of saying stays the one gone, unless the day it was said
        // puts it ahead.
        #expect(
            Self.dates("Walmart said it would keep its stores closed on Thanksgiving.", "2027-11-26") == [
                "Thanksgiving=2027-11-25..2027-11-25"
            ])
        #expect(
            Self.dates("The council said on Friday it would keep the ice rink open on Boxing Day.", "2027-12-27") == [
                "on Friday=2027-12-24..2027-12-24", "Boxing Day=2027-12-26..2027-12-26",
            ])
        // A warning after a simple past is the one gone or in force.
        #expect(
            Self.dates("The Met Office issued a yellow warning for ice from 6pm on Friday until 10am on Saturday.", "2028-12-24") == [
                "on Friday=2028-12-22..2028-12-22", "on Saturday=2028-12-23..2028-12-23",
            ])
        // A headline's present tells of what happened; a plural after "To" opens no infinitive.
        #expect(Self.dates("Black Friday Shoppers Flock To Malls Despite Rain", "2027-11-28") == ["Black Friday=2027-11-26..2027-11-26"])
        #expect(Self.dates("Shoppers Flock To Stores For Black Friday", "2027-11-28") == ["Black Friday=2027-11-26..2027-11-26"])
        #expect(Self.dates("NYSE To Shut Early On Friday", "2028-04-03") == ["On Friday=2028-04-07..2028-04-07"])
        // A season after a verb of what is feared is no season gone; one after the season tells of another thing.
        #expect(Self.dates("Farmers warned of a fall in yields over the winter.", "2028-10-01").isEmpty)
        #expect(
            Self.dates("Retailers reported a rise in sales over the summer, but warned of a slowdown.", "2028-10-01") == [
                "the summer=2028-06-01..2028-08-31"
            ])
        // Counts: a hyphenated compound of several words kept whole; "For every" that opens the sentence keeps its count.
        #expect(
            Self.read("Out-of-town retail park closures rose to 40 in March.") == ["40=40.0 increase [Out-of-town retail park closures]"])
        #expect(Self.read("For every 100 applicants, only 4 were accepted.") == ["100=100.0 [applicants]", "4=4.0 [applicants]"])
        #expect(Self.read("The pool has one lifeguard for every 32 swimmers.").isEmpty)
    }
    @Test func auditFortyEightClasses() {
        // An ordinal weekday of a month after a participle it hangs on is the latest gone; one ahead stays ahead.
        #expect(
            Self.dates("The appeal, heard on the second Tuesday of December, was dismissed.", "2027-01-05") == [
                "the second Tuesday of December=2026-12-08..2026-12-08"
            ])
        #expect(
            Self.dates("The race, scheduled for the first Sunday of November, will go ahead.", "2027-01-05") == [
                "the first Sunday of November=2027-11-07..2027-11-07"
            ])
        // A year before a harvest is its year.
        #expect(Self.dates("The 2026 harvest was poor.", "2027-08-31") == ["2026=2026-01-01..2026-12-31"])
        #expect(Self.dates("The farm planted 2000 apple trees.", "2027-08-31").isEmpty)
        // A new level after ", to" over what the change is measured as.
        #expect(
            Self.kinds("Exports rose 3.5 percentage points as a share of EU trade, to 24.1%.") == [
                "3.5 percentage points=3.5 percent percentage point increase", "24.1%=24.1 percent percent increase",
            ])
        // Times of the clock: after a relative pronoun of a place that keeps hours, a person's round, an hour before another
        // time; not a stock's level.
        #expect(Self.read("The market, which opens at 7.30, has 40 stalls.") == ["40=40.0 [stalls]"])
        #expect(Self.read("The postman starts his round at 5.45 every morning.").isEmpty)
        #expect(Self.read("The show runs at 7 and 9.30pm.").isEmpty)
        #expect(Self.read("The stock, which opened at 7.30, fell 3%.").first == "7.30=7.3")
        #expect(Self.read("The team scored at 7 and 9 minutes.").first == "7=7.0")
        // A rating of ten or under is no count: after "rated" before a verb, after "rating of", and the other side of "or".
        #expect(Self.read("Restaurants rated 5 rose to 400, while 30 had a rating of 0 or 1.") == ["400=400.0 increase", "30=30.0"])
        #expect(Self.read("About 120 outlets were rated 4 or 5.") == ["About 120=120.0 approx [outlets]"])
        #expect(Self.read("Inspectors rated 212 of the region's homes.") == ["212=212.0 [homes]"])
        // One with its earlier level keeps both.
        #expect(Self.read("The airline was handed a rating of 2, down from 4.").count == 2)
    }
}
