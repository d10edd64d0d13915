import Testing

@testable import NewsFigures

/// Audit 58's classes (counts in twenty new genres, published 2029-09-20; dates on 2028-02-27, 2029-06-30 and
/// 2030-12-28), each with the cases that must stay as they were.
@Suite struct AuditFiftyEightTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }

    @Test func aLayOffTakesItsCountAway() {
        #expect(
            Self.read("Diamond polishing units have laid off between 25,000 and 30,000 workers since April.") == [
                "between 25,000 and 30,000=25000.0..30000.0 range decrease [workers]"
            ])
        #expect(Self.read("The firm laid off 500 workers.") == ["500=500.0 decrease [workers]"])
        #expect(Self.read("The council will lay off 8% of its staff.") == ["8%=8.0 decrease [staff]"])
        // Other verbs before a particle, and a lay-off's noun, are no cut.
        #expect(Self.read("He laid out 40 chairs.") == ["40=40.0 [chairs]"])
        #expect(Self.read("The firm announced 500 lay-offs.") == ["500=500.0 [lay-offs]"])
        // Nor one negated, an adjective, or one of an amount.
        #expect(Self.read("The bank has not laid off 50 workers.") == ["50=50.0 [workers]"])
        #expect(Self.read("The firm won't lay off 500 workers.") == ["500=500.0 [workers]"])
        #expect(Self.read("The laid off 2,000 workers will be eligible for retraining.") == ["2,000=2000.0 [workers]"])
        #expect(Self.read("The bookmaker laid off £2 million in bets.") == ["£2 million=2000000.0"])
    }

    @Test func anAgeAfterNowSetOffByCommas() {
        #expect(Self.read("Smith, now 81, said he would retire.").isEmpty)
        #expect(Self.read("The victim, now 27, was treated in hospital.").isEmpty)
        // Not a size after "now": "The town, now 8,000 strong".
        #expect(Self.read("The town, now 8,000 strong, grew quickly.") == ["8,000=8000.0"])
        #expect(Self.read("The veteran striker, now 38, signed a one-year deal.").isEmpty)
        // Nor a tally of a count's noun or of a place's.
        #expect(Self.read("The death toll, now 15, is expected to rise.") == ["15=15.0"])
        #expect(Self.read("Cases at Manchester Airport, now 11, prompted a health alert.") == ["11=11.0"])
    }

    @Test func aPartAfterWithFromWhereItCame() {
        #expect(
            Self.read("The club fielded 14 players from the same parish, with three from the Reid family.") == [
                "14=14.0 [players]", "three=3.0 [players]",
            ])
        // A part no more than its whole only.
        #expect(Self.read("The firm sent 15 engines, with 80 from other brigades.") == ["15=15.0 [engines]", "80=80.0"])
        // Nor a part of a count in a preposition's phrase.
        #expect(
            Self.read("Ten people were injured in the crash involving 4 cars, with two from the same family.").last != "two=2.0 [cars]")
    }

    @Test func headlineThresholdVerbsInTheBaseForm() {
        #expect(Self.read("Indian Patent Filings Cross 1 Lakh For First Time") == ["1 Lakh=100000.0 [Indian Patent Filings]"])
        #expect(Self.read("Visitor Numbers Surpass 2 Million") == ["Surpass 2 Million=2000000.0 min [Visitor Numbers]"])
        // "Cross" and "Near" are names as often: before a large number only.
        #expect(Self.read("Red Cross 21 Club Opens").isEmpty)
    }

    @Test func aRaiseIsARise() {
        #expect(Self.read("Staff got a 3% raise.") == ["3%=3.0 increase"])
        #expect(Self.read("They raise 40 cattle a year.") == ["40=40.0 [cattle]"])
        // Not a verb after a share, nor a round of funding.
        #expect(Self.read("Nearly 40% raise the issue with their GP.") == ["Nearly 40%=40.0 max"])
        #expect(Self.read("The startup closed a $50 million raise led by Sequoia.") == ["$50 million=50000000.0"])
    }

    @Test func anInitialismsPluralAfterAPossessiveIsCounted() {
        #expect(Self.read("Canada's 343 MPs will receive a 2.5% raise.") == ["343=343.0 [MPs]", "2.5%=2.5 increase"])
        #expect(Self.read("India's 23 IITs admitted 17,000 students.") == ["23=23.0 [IITs]", "17,000=17000.0 [students]"])
        // A model after a possessive stays a name, a brand's initialism too.
        #expect(Self.read("Boeing's 737 Max jets were grounded.").isEmpty)
        #expect(Self.read("Samsung's 990 SSDs topped the charts.").isEmpty)
        #expect(Self.read("Toyota's 86 GTs are popular.").isEmpty)
    }

    @Test func australianFootballScoresAreNoFigures() {
        #expect(
            Self.read("Collingwood kicked 15.9 (99) to Brisbane's 11.12 (78) in front of a crowd of 96,410 at the MCG.") == [
                "96,410=96410.0 [crowd]"
            ])
        // Only when the total in brackets is six points a goal and one a behind.
        #expect(Self.read("Sales were 15.9 (16.2) million.") == ["15.9=15.9"])
        #expect(Self.read("Earnings per share rose to 1.2 (8) cents.").first?.hasPrefix("1.2=1.2") == true)
    }

    @Test func aMonthThatIsAGivenNameBeforeASurnameIsNoDate() {
        #expect(Self.dates("April Jones, 52, said she would march on parliament.", "2028-02-27").isEmpty)
        #expect(Self.dates("The singer April Wine will perform in Leeds.", "2028-02-27").isEmpty)
        // After a preposition, alone, or in a headline in title case, a month.
        #expect(Self.dates("In April Apple launched a new phone.", "2028-02-27") == ["April=2027-04-01..2027-04-30"])
        #expect(Self.dates("April was the wettest month.", "2028-02-27") == ["April=2027-04-01..2027-04-30"])
        #expect(Self.dates("June Sales Rise 5% At Retailers", "2028-02-27") == ["June=2028-06-01..2028-06-30"])
        #expect(Self.dates("August Wilson's plays are staged across America.", "2027-06-19").isEmpty)
        // Not an event's or a release's name, nor a noun's modifier.
        #expect(Self.dates("Visitors flocked to the June Paris Air Show.", "2030-05-05") == ["June=2029-06-01..2029-06-30"])
        #expect(Self.dates("Economists expect June CPI to rise.", "2030-05-05") == ["June=2030-06-01..2030-06-30"])
        #expect(
            Self.dates("Sales fell in April. June Retail sales rebounded strongly.", "2030-09-05") == [
                "April=2030-04-01..2030-04-30", "June=2030-06-01..2030-06-30",
            ])
    }

    @Test func theMonthOfAnEarlierLevelIsTheLatestBegun() {
        #expect(
            Self.dates("The chancellor said the economy would grow by 1.4% next year, down from a forecast of 1.8% in March.", "2030-12-28")
                == ["next year=2031-01-01..2031-12-31", "March=2030-03-01..2030-03-31"])
        #expect(
            Self.dates("Inflation will fall to 2.5% next year, down from 4.1% in November.", "2030-12-28") == [
                "next year=2031-01-01..2031-12-31", "November=2030-11-01..2030-11-30",
            ])
        // Before a month named before it in the sentence, the later level's: the December before that January.
        #expect(
            Self.dates("The rate will be 5% in January, up from 4.8% in December.", "2030-11-20") == [
                "January=2031-01-01..2031-01-31", "December=2030-12-01..2030-12-31",
            ])
        // Not a month of what is to come.
        #expect(Self.dates("The festival will return in March.", "2030-12-28") == ["March=2031-03-01..2031-03-31"])
        #expect(Self.dates("Prices will rise to 4.1% in March.", "2030-12-28") == ["March=2031-03-01..2031-03-31"])
    }

    @Test func aQuarterNotBegunIsLastYearsOnlyInAPastReport() {
        #expect(
            Self.dates("OPEC+ ministers meet on Sunday to decide whether to extend output cuts into the third quarter.", "2029-06-30") == [
                "on Sunday=2029-07-01..2029-07-01", "the third quarter=2029-07-01..2029-09-30",
            ])
        #expect(Self.dates("The firm must cut costs in the third quarter.", "2029-06-30") == ["the third quarter=2029-07-01..2029-09-30"])
        // A past report, and what was said last year, keep last year's.
        #expect(Self.dates("Profits fell in the third quarter.", "2029-06-30") == ["the third quarter=2028-07-01..2028-09-30"])
        #expect(
            Self.dates("Last year the company said profit would rise 5% in the fourth quarter.", "2028-04-16") == [
                "Last year=2027-01-01..2027-12-31", "the fourth quarter=2027-10-01..2027-12-31",
            ])
    }

    @Test func aWeekdayBeforeANounOfEveryWeekIsNoDay() {
        #expect(
            Self.dates("Tributes have been paid to Sunday league footballer Harry Christmas, 27, who died on Friday.", "2030-12-28") == [
                "on Friday=2030-12-27..2030-12-27"
            ])
        #expect(Self.dates("She got a Saturday job at the bakery.", "2030-12-28").isEmpty)
        // After a word that dates it, a day.
        #expect(Self.dates("On Sunday lunch was served at noon.", "2030-12-28") == ["On Sunday=2030-12-22..2030-12-22"])
    }
}
