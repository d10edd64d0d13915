import Testing

@testable import NewsFigures

/// Audit 60's classes (counts in twenty new genres, published 2031-02-18; dates on 2031-03-09, 2030-12-24 and
/// 2031-07-31), each with the cases that must stay as they were.
@Suite struct AuditSixtyTests {
    static func read(_ text: String) -> [String] { ThresholdsHeadlinesAndModifiersTests.read(text) }
    static func dates(_ text: String, _ published: String) -> [String] { DateAuditThreeTests.dates(text, published) }
    static func units(_ text: String) -> [String?] { NewsCopyRuleTests.figures(text).filter { $0.kind == .money }.map(\.unit) }

    @Test func anAgeOverAnAdverbOrAfterAPlacesPossessive() {
        #expect(Self.read("The keeper, 71, first climbed the 115 steps in 1979.") == ["115=115.0 [steps]"])
        #expect(Self.read("Smith, 71, later said he regretted it.").isEmpty)
        #expect(Self.read("The farmer, 58, then planted oats.").isEmpty)
        #expect(Self.read("Oxford's stroke, 23, said the crew was tired.").isEmpty)
        #expect(Self.read("Ireland's oldest cheesemaker, 93, retired on Friday.").isEmpty)
        // A figure's noun, a day's possessive, and a group's size keep their numbers.
        #expect(Self.read("Kenya's tally, 12, was the highest.") == ["12=12.0"])
        #expect(Self.read("The squad, 23, flew out on Monday.") == ["23=23.0"])
        #expect(Self.read("The death toll, 15, later rose to 20.") == ["15=15.0", "20=20.0 increase"])
        #expect(Self.read("Ireland's lead, 5, was cut in the second half.") == ["5=5.0"])
        #expect(Self.read("Monday's reading, 48, was the lowest this year.") == ["48=48.0"])
    }

    @Test func wonBeforeANumberIsTheVerb() {
        #expect(Self.read("Trap 6 won 21% of races at the track.") == ["21%=21.0 [races]"])
        #expect(Self.read("Team 4 won 12 of their 15 games.") == ["12=12.0 [games]", "15=15.0 [games]"])
        // The currency as before: a price, and a scaled amount.
        #expect(Self.units("Tickets cost 5,000 won in Seoul.") == ["KRW"])
        #expect(Self.units("He paid 500 won.") == ["KRW"])
        #expect(Self.units("The firm spent 3 billion won on chips.") == ["KRW"])
        // An amount before a year or a span of time, with no label before it, is the currency too.
        #expect(Self.units("Collectors say a 10 won 1959 coin is now rare.") == ["KRW"])
        #expect(Self.units("The ticket cost 800 won 20 years ago.") == ["KRW"])
    }

    @Test func aCountInThousandsAfterScoredIsNoRating() {
        #expect(Self.read("The team scored 1,012 raid points this season.") == ["1,012=1012.0 [raid points]"])
        #expect(Self.read("He scored 1,200 career runs.") == ["1,200=1200.0 [career runs]"])
        // A rating or a race time has a point.
        #expect(Self.read("She scored 9.87 on her second wave.").isEmpty)
        #expect(Self.read("Bolt clocked 9.58 to win.").isEmpty)
        // Nor a number in thousands with no counted noun after it: a rating, a test's scale.
        #expect(Self.read("The player is rated 2,500 by the federation.").isEmpty)
        #expect(Self.read("She scored 1,200 on the SAT.").isEmpty)
    }

    @Test func aPlacesPossessiveReachesOverThreeWords() {
        #expect(Self.read("Quebec's 130 artisanal cheese producers saw sales rise.") == ["130=130.0 [artisanal cheese producers]"])
        #expect(Self.read("Ontario's 444 small municipal councils must publish budgets.") == ["444=444.0 [small municipal councils]"])
        #expect(Self.read("Canada's 343 elected MPs met on Monday.") == ["343=343.0 [elected MPs]"])
        // A maker's models stay names.
        #expect(Self.read("Embraer's 190 regional jets are popular.").isEmpty)
        #expect(Self.read("Boeing's 737 Max jets were grounded.").isEmpty)
        #expect(Self.read("Samsung's 990 fast SSDs sold out.").isEmpty)
        // The longer reach only over an adjective first: a number that is a name stays one.
        #expect(Self.read("Alberta's 911 emergency call centres were overwhelmed.").isEmpty)
        #expect(Self.read("Ontario's 401 express toll lanes will open next year.").isEmpty)
        // Nor a model's initialism over a word.
        #expect(Self.read("India's 737 new MAXs have been grounded.").isEmpty)
    }

    @Test func aHeadlinesParticipleAfterAnAmountCountsWhatFollows() {
        #expect(Self.read("Irish Lights Spends €4.2m Restoring 12 Lighthouses") == ["€4.2m=4200000.0", "12=12.0 [Lighthouses]"])
        #expect(Self.read("Airline Loses $2bn Grounding 40 Jets") == ["$2bn=2000000000.0", "40=40.0 [Jets]"])
        #expect(Self.read("Council Spends £2m, Hiring 40 Wardens") == ["£2m=2000000.0", "40=40.0 [Wardens]"])
        // A noun in "-ing" is no participle.
        #expect(Self.read("Council Spends £2m Building 7 Tenants") == ["£2m=2000000.0"])
    }

    @Test func aSeasonAfterAModalOfWhatIsToCome() {
        #expect(
            Self.dates("The council said the new cycle lanes would be reviewed in the spring.", "2031-03-09")
                == ["the spring=2031-03-01..2031-05-31"])
        #expect(Self.dates("The lanes should be reviewed in the spring.", "2031-03-09") == ["the spring=2031-03-01..2031-05-31"])
        #expect(Self.dates("Rates could fall in the autumn, the governor said.", "2031-07-31") == ["the autumn=2031-09-01..2031-11-30"])
        // What might have been is gone; a habit, or a sentence of a time gone, gives no season ahead.
        #expect(Self.dates("The pool would have closed in the autumn.", "2031-07-31") == ["the autumn=2030-09-01..2030-11-30"])
        #expect(Self.dates("The work could not have finished in the autumn.", "2031-07-31") == ["the autumn=2030-09-01..2030-11-30"])
        #expect(Self.dates("Bears would normally hibernate in the winter.", "2031-07-31").isEmpty)
        #expect(
            Self.dates("The council said last year the work would be finished in the autumn.", "2031-07-31")
                == ["last year=2030-01-01..2030-12-31"])
        // A participle before the season tells of one gone, whatever modal follows.
        #expect(
            Self.dates("Water restrictions imposed in the spring could stay.", "2031-07-31") == ["the spring=2031-03-01..2031-05-31"])
    }

    @Test func fathersDayInATextOfAustraliaOrNewZealandIsInSeptember() {
        #expect(
            Self.dates("Australian retailers expect Father's Day spending to hit a record.", "2031-07-31")
                == ["Father's Day=2031-09-07..2031-09-07"])
        #expect(
            Self.dates("Retailers in Auckland are preparing for Father's Day.", "2031-07-31") == ["Father's Day=2031-09-07..2031-09-07"])
        // Elsewhere, and where the US is named too, the third Sunday of June.
        #expect(Self.dates("US retailers expect Father's Day spending to rise.", "2031-07-31") == ["Father's Day=2032-06-20..2032-06-20"])
        #expect(
            Self.dates("Australian and American retailers are preparing for Father's Day.", "2031-08-20")
                == ["Father's Day=2032-06-20..2032-06-20"])
    }

    @Test func choosingPresentingAndJudgingPutAWeekdayAhead() {
        #expect(
            Self.dates("The Springboks name their squad for the Rugby Championship on Monday.", "2031-07-31")
                == ["on Monday=2031-08-04..2031-08-04"])
        #expect(Self.dates("The council presents its budget on Monday.", "2031-07-31") == ["on Monday=2031-08-04..2031-08-04"])
        #expect(Self.dates("The judge sentences the pair on Friday.", "2031-07-31") == ["on Friday=2031-08-01..2031-08-01"])
        #expect(Self.dates("Parliament debates the bill on Tuesday.", "2031-07-31") == ["on Tuesday=2031-08-05..2031-08-05"])
        // A past verb, a noun, and a headline's present tell of the day gone.
        #expect(Self.dates("The coach named his squad on Monday.", "2031-07-31") == ["on Monday=2031-07-28..2031-07-28"])
        #expect(Self.dates("The league table on Monday showed Leeds top.", "2031-07-31") == ["on Monday=2031-07-28..2031-07-28"])
        #expect(Self.dates("The debates on Tuesday drew large crowds.", "2031-07-31") == ["on Tuesday=2031-07-29..2031-07-29"])
        #expect(Self.dates("Springboks Name Squad On Monday", "2031-07-31") == ["On Monday=2031-07-28..2031-07-28"])
        // Evidence of what was, and a currency, are no events ahead.
        #expect(
            Self.dates("Documents reveal a secret meeting on Monday between the two ministers.", "2031-07-31")
                == ["on Monday=2031-07-28..2031-07-28"])
    }
}
