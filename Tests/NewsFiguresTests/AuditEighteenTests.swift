import Testing

@testable import NewsFigures

/// Audit 18's classes (200 count sentences in 20 new genres, 135 dates on 2028-02-29, 2027-09-05 and 2026-12-31), each
/// with the cases that must stay as they were.
@Suite struct AuditEighteenCountsTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }

    @Test func timesCodesRaceTimesAndVersions() {
        #expect(Self.read("The train leaves London at 07.01 and reaches Paris by 10.20.").isEmpty)
        #expect(Self.read("The train leaves at 7.01 and arrives at 19.45.").isEmpty)
        #expect(Self.read("Firefighters were called after a 000 call.").isEmpty)
        #expect(Self.read("Lyles clocked 9.79 to win the final.").isEmpty)
        #expect(Self.read("The 1.02 patch lands on day one.").isEmpty)
        // A level after "at" with no verb of a timetable is a figure; "0.5" is a number.
        #expect(Self.read("Shares closed at 10.20 on Friday.") == ["10.20=10.2 [Shares]"])
        #expect(Self.read("Inflation eased to 0.5 percent.") == ["0.5 percent=0.5 decrease"])
        #expect(Self.read("The clinic has 2.5 staff per patient.").count == 1)
    }

    @Test func aMultipleOfAPossessorsFigure() {
        #expect(Self.read("It costs roughly 1.5 times a national university's fees.").isEmpty)
        #expect(Self.read("The drug is taken three times a day.") == ["three=3.0 [times]"])
    }

    @Test func overAfterAPhrasalVerb() {
        #expect(Self.read("The jackpot has rolled over 17 times.") == ["17=17.0 [times]"])
        #expect(Self.read("Police handed over 300 files to prosecutors.") == ["300=300.0 [files]"])
        #expect(Self.read("The party won over 50 seats.") == ["over 50=50.0 min [seats]"])
    }

    @Test func onePercentagePointInWords() {
        #expect(Self.read("Rates fell by one percentage point.") == ["one percentage point=1.0 decrease"])
        #expect(Self.read("Only one per cent of voters agreed.") == ["one per cent=1.0 [voters]"])
        // A lone "one" stays no figure.
        #expect(Self.read("One of the managers left.").isEmpty)
    }

    @Test func aChangeByOneAmountToAnother() {
        #expect(
            Self.read("Apple Music raised its plan by $1 to $11.99 a month.") == ["$1=1.0 increase", "$11.99=11.99 increase"])
        #expect(Self.read("The bank cut rates by 0.25% to 4.5%.") == ["0.25%=0.25 decrease", "4.5%=4.5 decrease"])
        // Ends close together stay a range of the change.
        #expect(Self.read("It boosted output by 3% to 4%.") == ["3% to 4%=3.0..4.0 range increase"])
        // "an increase in … from … to …" is a before and after; "in the range from" is a range.
        #expect(
            Self.read("The increase in national insurance from 13.8 per cent to 15 per cent hit firms.")
                == ["13.8 per cent=13.8", "15 per cent=15.0"])
        #expect(Self.read("Growth in the range from 2% to 3% is expected.") == ["from 2% to 3%=2.0..3.0 range"])
    }

    @Test func multiplesOfAnObjectToANewLevel() {
        #expect(Self.read("The company will double its workforce to 1,200.") == ["1,200=1200.0 increase [workforce]"])
        #expect(Self.read("The firm halved its staff to 450 last year.") == ["450=450.0 decrease [staff]"])
        #expect(Self.read("The government plans to halve the budget to £2m.") == ["£2m=2000000.0 decrease"])
        #expect(Self.read("The fleet has shrunk to 1,995 vessels.") == ["1,995=1995.0 decrease [vessels]"])
        // "double" after a determiner is an adjective.
        #expect(Self.read("It was a double murder by 2 men.") == ["2=2.0 [men]"])
    }

    @Test func anAmountLostIsNoChange() {
        #expect(Self.read("Cricket Australia reported a A$12.5 million loss.") == ["A$12.5 million=12500000.0"])
        #expect(Self.read("Investors suffered a 5% loss.") == ["5%=5.0 decrease"])
    }

    @Test func aLevelAfterARateOfItsQuantity() {
        #expect(
            Self.read("Gold prices hit ₹88,000 per 10 grams in Mumbai, up from ₹62,000 a year ago.")
                == ["₹88,000=88000.0 increase", "₹62,000=62000.0"])
    }

    @Test func subjectsOfLevelsTalliesAndCaps() {
        #expect(Self.read("Transits rose to 36 a day from 24.") == ["36=36.0 increase [Transits]", "24=24.0 [Transits]"])
        #expect(
            Self.read("Waiting lists grew by 3,400 pathways to 798,000.")
                == ["3,400=3400.0 increase [pathways]", "798,000=798000.0 increase [pathways]"])
        #expect(
            Self.read("Jio added 4.2 million subscribers in March, taking its total to 478 million.").filter { !$0.hasPrefix("March") }
                == ["4.2 million=4200000.0 increase [subscribers]", "478 million=478000000.0 [subscribers]"])
        #expect(
            Self.read("Republicans hold 220 seats in the House, and Democrats hold 213.")
                == ["220=220.0 [seats]", "213=213.0 [seats]"])
        #expect(
            Self.read("The motion passed with 74 votes in favour and 24 against.") == ["74=74.0 [votes]", "24=24.0 [votes]"])
        #expect(Self.read("Canada will cap study permits at 437,000.") == ["437,000=437000.0 max [study permits]"])
        // Not a count sent somewhere, nor another verb's, nor a verb of intent read as a noun.
        #expect(Self.read("The firm sent 300 troops to 12 countries.") == ["300=300.0 [troops]", "12=12.0 [countries]"])
        #expect(Self.read("Sales rose in 12 markets and fell in 3.") == ["12=12.0 [markets]", "3=3.0"])
        #expect(
            Self.read("The hospital treated 40 patients with burns, and the clinic treated 12.")
                == ["40=40.0 [patients]", "12=12.0 [patients]"])
        #expect(Self.read("The firm aims to reach 25 million by 2026.").first == "25 million=25000000.0")
        #expect(
            Self.read("The firm has 18 million customers and aims to reach 25 million.")
                == ["18 million=18000000.0 [customers]", "25 million=25000000.0"])
    }

    @Test func modelsWithNoMakerListsAndGains() {
        #expect(Self.read("Switzerland approved 36 F-35A jets.") == ["36=36.0 [jets]"])
        #expect(Self.read("The army has 40 MiG-29 fighters.") == ["40=40.0 [fighters]"])
        #expect(Self.read("The firm bought 15 Airbus A350-900 jets.") == ["15=15.0 [jets]"])
        // A code with no noun after it counts nothing.
        #expect(Self.read("Poland bought 48 F-16s.") == ["48=48.0"])
        #expect(
            Self.read("The NHS waiting list in England fell to 7.36 million.") == ["7.36 million=7360000.0 decrease [waiting list]"])
        #expect(
            Self.read("Bluesky passed 30 million registered users, adding more than 1 million in a single day.")
                == ["passed 30 million=30000000.0 min [registered users]", "more than 1 million=1000000.0 min [registered users]"])
        // Not a gain after a comma of another clause's verb.
        #expect(
            Self.read("The firm had 300 stores, and analysts expect 40.") == ["300=300.0 [stores]", "40=40.0"])
    }

    @Test func ofThemReachesBackPastAChange() {
        #expect(
            Self.read("The army plans to recruit 12,000 soldiers. About 4,000 of them will be reservists, up from 2,500.")
                == ["12,000=12000.0 [soldiers]", "About 4,000=4000.0 approx increase [soldiers]", "2,500=2500.0 [soldiers]"])
    }
}

@Suite struct AuditEighteenDatesTests {
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aWinterRunsIntoTheNewYear() {
        #expect(
            Self.dates("It was the coldest night this winter.", "2028-02-29") == ["this winter=2027-12-01..2028-02-29"])
        #expect(Self.dates("Bills will rise next winter.", "2028-02-29") == ["next winter=2028-12-01..2029-02-28"])
        #expect(Self.dates("Last winter was mild.", "2028-02-29") == ["Last winter=2026-12-01..2027-02-28"])
        // Outside January and February, as before.
        #expect(Self.dates("Bills will rise this winter.", "2027-11-15") == ["this winter=2027-12-01..2028-02-29"])
        #expect(Self.dates("Last winter was mild.", "2027-06-15") == ["Last winter=2026-12-01..2027-02-28"])
        #expect(Self.dates("Sales will rise next summer.", "2027-06-15") == ["next summer=2028-06-01..2028-08-31"])
    }

    @Test func aSeasonInAName() {
        #expect(
            Self.dates("The next Winter Olympics open next February.", "2027-06-15") == ["next February=2028-02-01..2028-02-29"])
        #expect(Self.dates("Sales Will Rise Next Summer", "2027-06-15") == ["Next Summer=2028-06-01..2028-08-31"])
    }

    @Test func thisWeekdayGoneByIsNextWeeksAhead() {
        #expect(
            Self.dates("The band plays its final concert this Saturday in Dublin.", "2027-09-05")
                == ["this Saturday=2027-09-11..2027-09-11"])
        #expect(Self.dates("The band will play this Monday.", "2027-09-08") == ["this Monday=2027-09-13..2027-09-13"])
        // In the past, or a day still ahead this week, as before.
        #expect(Self.dates("The band played this Saturday.", "2027-09-05") == ["this Saturday=2027-09-04..2027-09-04"])
        #expect(Self.dates("The band will play this Friday.", "2027-09-08") == ["this Friday=2027-09-10..2027-09-10"])
    }

    @Test func planAsANoun() {
        #expect(
            Self.dates("The minister unveiled a new plan on Tuesday.", "2026-06-15") == ["on Tuesday=2026-06-09..2026-06-09"])
        #expect(
            Self.dates("The minister unveiled new plans on Tuesday.", "2026-06-15") == ["on Tuesday=2026-06-09..2026-06-09"])
        // "plan" and "plans" as verbs look ahead.
        #expect(Self.dates("The drivers plan a stoppage on Friday.", "2026-06-15") == ["on Friday=2026-06-19..2026-06-19"])
        #expect(Self.dates("The union plans a strike on Friday.", "2026-06-15") == ["on Friday=2026-06-19..2026-06-19"])
    }
}

/// Review 22's worse cases of audit 18's rules, kept as they were before them.
@Suite struct ReviewTwentyTwoTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aChangeOfManyThingsByARange() {
        #expect(
            Self.read("Retailers raised prices by 5% to 20%, depending on the product.") == ["5% to 20%=5.0..20.0 range increase"])
        #expect(Self.read("Brokers cut their targets on the stock by 10% to 40%.") == ["10% to 40%=10.0..40.0 range decrease"])
        // One quantity's change and its new level.
        #expect(Self.read("The Fed cut the rate by 0.5% to 1.75%.") == ["0.5%=0.5 decrease", "1.75%=1.75 decrease"])
        #expect(Self.read("The company cut its workforce by 300 to 1,200.") == ["300=300.0 decrease", "1,200=1200.0 decrease [workforce]"])
    }

    @Test func aPriceMoveLostIsAChange() {
        #expect(Self.read("Oil posted a $2 loss on the day.") == ["$2=2.0 decrease"])
        #expect(Self.read("The company reported a $40 net loss.") == ["$40=40.0"])
    }

    @Test func aMarketLeavesItsWeekAtALevel() {
        #expect(Self.read("The euro leaves the week at 1.09.") == ["1.09=1.09"])
        #expect(Self.read("Sales turned over 20 per cent higher.") == ["over 20 per cent=20.0 min increase"])
    }

    @Test func aRunningTotalOfTheCountItAddsUp() {
        #expect(
            Self.read("Officials confirmed 3 deaths and 40 injuries, taking the total to 17.")
                == ["3=3.0 [deaths]", "40=40.0 [injuries]", "17=17.0 [deaths]"])
        #expect(
            Self.read("The airline added 3 routes from 2 airports, taking its total to 45.")
                == ["3=3.0 increase [routes]", "2=2.0 [airports]", "45=45.0 [routes]"])
    }

    @Test func plansAheadAndDaysOfPossessives() {
        #expect(Self.dates("Unions confirmed their plans to strike on Friday.", "2026-06-15") == ["on Friday=2026-06-19..2026-06-19"])
        #expect(
            Self.dates("The ministers will face questions about this Monday's data leak.", "2026-06-17")
                == ["this Monday=2026-06-15..2026-06-15"])
        #expect(
            Self.dates("Fans will celebrate the win this Saturday brought them for years.", "2024-03-10")
                == ["this Saturday=2024-03-09..2024-03-09"])
    }
}
