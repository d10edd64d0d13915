import NewsFigures
import Testing

@testable import NewsValidation

/// Irregular past tenses that are also participles, present tenses or nouns ("brought", "found", "hit") date a later day
/// in the past as well as "-ed" forms do.
@Suite struct IrregularPastBeforeALaterDayTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2026-05-20", rule: DateConsistencyRule()).map(\.rule)
    }

    @Test(arguments: [
        "Mountain rescuers brought 14 hikers down from the gorge on June 3, 2026, after a flash flood cut off the path, police said.",
        "Rescuers brought the hikers home on June 3, 2026, police said.",
        "Divers found the wreck on June 3, 2026, police said.",
        "The storm hit the coast on June 3, 2026, forecasters said.",
        "The club held its annual dinner on June 3, 2026, the secretary said.",
        "The firm sold its last plant on June 3, 2026.",
    ])
    func pastVerb(_ text: String) {
        #expect(Self.rules(text) == ["dates.future-in-past"])
    }

    @Test(arguments: [
        "Mountain rescuers will bring the hikers down from the gorge on June 3, 2026, police said.",
        "The storm is expected to hit the coast on June 3, 2026, forecasters said.",
        "Supplies are brought up to the hut on June 3, 2026, the warden said.",
        "The lost property, found on June 3, 2026, goes on sale next month.",
        "The ceremony, held every year since 1990, returns on June 3, 2026.",
        "Storms that hit the coast last year return on June 3, 2026, forecasters fear.",
    ])
    func noPastOfTheDate(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }

    @Test func participleOpeningItsClauseIsNoPast() {
        #expect(!DateConsistencyRule.isPast(["held", "on"], 0))
        #expect(DateConsistencyRule.isPast(["the", "club", "held", "its", "dinner", "on"], 2))
        #expect(!DateConsistencyRule.isPast(["a", "lost", "bag", "on"], 1))
    }
}

/// A change written as a comparison with the earlier level named after "than", or set beside the current level by
/// "compared with" before the change.
@Suite struct ChangeAsAComparisonWithALevelTests {
    static func errors(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-03-26", rule: ChangeArithmeticRule()).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "The ice hockey league sold 412,000 tickets this season, 9% more than the 360,000 it sold last season, the commissioner said.",
        "The league sold 412,000 tickets this season, 9% more than last season's 360,000.",
        "Ticket sales of 412,000 were 9% higher than the 360,000 sold last season.",
        "The league sold 412,000 tickets this season, compared with 360,000 last season, an increase of 9%.",
        "The league sold 300,000 tickets this season, 9% fewer than the 360,000 it sold last season.",
        "The museum's budget is $5.5 million, 20% higher than the $4 million it had last year.",
    ])
    func disagreeing(_ text: String) {
        #expect(Self.errors(text) == ["change.mismatch"])
    }

    @Test(arguments: [
        "The league sold 412,000 tickets this season, 14% more than the 360,000 it sold last season.",
        "The league sold 412,000 tickets this season, 9% more than last season's 378,000.",
        "Ticket sales of 412,000 were 14% higher than the 360,000 sold last season.",
        "The league sold 412,000 tickets this season, compared with 360,000 last season, an increase of 14%.",
        "The league sold 327,600 tickets this season, 9% fewer than the 360,000 it sold last season.",
        // No level named, or a level of another noun or kind.
        "The league sold 412,000 tickets this season, 9% more than a year earlier.",
        "The league sold 412,000 tickets this season, 9% more than the 360,000 seats the old arenas held.",
        "The league sold 412,000 tickets this season, 9% more than the $360,000 it paid in fees.",
        "The league sold 412,000 tickets this season, 9% more than in 2019.",
    ])
    func agreeingOrNoLevel(_ text: String) {
        #expect(Self.errors(text).isEmpty)
    }
}

/// "including" parts after the first may leave out the unit noun the first repeats from the total.
@Suite struct IncludedPartsWithAnElidedUnitTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, TotalsRule()) }

    @Test(arguments: [
        "India's tea estates produced 318 million kilograms of tea in the first half, including 164 million kilograms from Assam, 97 million from the Dooars and 71 million from the Nilgiris, the tea board said.",
        "The estates produced 318,000 tonnes of tea, including 164,000 tonnes from Assam, 97,000 from the Dooars and 71,000 from the Nilgiris.",
    ])
    func partsExceedTheTotal(_ text: String) {
        #expect(Self.rules(text) == ["totals.parts"])
    }

    @Test(arguments: [
        "The estates produced 318,000 tonnes of tea, including 164,000 tonnes from Assam, 97,000 from the Dooars and 41,000 from the Nilgiris.",
        // The first part of another noun than the total's: the rest may be anything.
        "The estates produced 318,000 tonnes of tea, including 164,000 bags for export, 97,000 in 2024 and 71,000 last year.",
    ])
    func partsThatFitOrAreOfAnotherNoun(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// A percentage of people over 100: no more than all of them can do anything.
@Suite struct ShareOfPeopleOverAHundredTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, PlausibilityRule()) }

    @Test(arguments: [
        "The tram extension was backed by 114 percent of those voting in the borough's referendum.",
        "The tram extension was backed by 114 percent of voters.",
        "The plan was backed by 114 percent of residents, the poll found.",
        "The scheme was used by 120 percent of those who applied.",
    ])
    func shareOfPeople(_ text: String) {
        #expect(Self.rules(text) == ["plausibility.share-over-100"])
    }

    @Test(arguments: [
        "House prices are 120 percent of those in 2019.",
        "Rents rose to 130 percent of residents' average income.",
        "Turnout reached 95 percent of voters.",
        "Ticket sales rose 150 percent on the year before.",
        "Spending on the scheme is 115 percent of voters' expectations.",
    ])
    func notAShareOfPeople(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// A part restated after a possessive of more than two words, or as a bare "half".
@Suite struct RestatementsAfterALongPossessiveOrBareHalfTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, PartWholeRule()) }

    @Test(arguments: [
        "About 600 of the sea rescue charity's 2,400 volunteer crew members, or roughly half, are under 30.",
        "About 600 of the sea rescue charity's 2,400 volunteers, or 50 percent, are under 30.",
        "600 of the charity's 2,400 volunteers, or half, are under 30.",
    ])
    func disagreeing(_ text: String) {
        #expect(Self.rules(text) == ["part-whole"])
    }

    @Test(arguments: [
        "About 1,200 of the sea rescue charity's 2,400 volunteer crew members, or roughly half, are under 30.",
        "1,150 of the charity's 2,400 volunteers, or half, are under 30.",
        // Half of another whole, or no restatement.
        "600 of the charity's 2,400 volunteers, or half of its boat crews, are under 30.",
        "600 of the charity's 2,400 volunteers are under 30, or half the national average.",
    ])
    func agreeingOrNoRestatement(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }

    @Test func possessiveWholes() {
        #expect(PartWholeRule.ofWhole(" of the sea rescue charity's "))
        #expect(PartWholeRule.ofWhole(" of the city's "))
        #expect(!PartWholeRule.ofWhole(" of the sea rescue charity "))
        #expect(!PartWholeRule.ofWhole(" of the people who run the sea rescue charity's "))
    }
}

/// A colon list after a total with a possessive date phrase between: the possessive is one word, the total's noun none.
@Suite struct ColonPartsAfterAPossessivePhraseTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, TotalsRule()) }

    @Test(arguments: [
        "The national judo team collected 14 medals in total at this year's European championships: six gold, four silver and five bronze.",
        "The national judo team won 14 medals in total at this year's European championships: six gold, four silver and five bronze.",
    ])
    func partsExceedTheTotal(_ text: String) {
        #expect(Self.rules(text) == ["totals.parts"])
    }

    @Test(arguments: [
        "The national judo team collected 15 medals in total at this year's European championships: six gold, four silver and five bronze.",
        "The team collected 14 medals, which its coach said was more than anyone had hoped for at the start of the year: six gold, four silver and five bronze.",
    ])
    func partsThatFitOrAFarColon(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// Overlapping answers told as leave to give several ("free to name several things") or a verb of answering with
/// several things.
@Suite struct SeveralAnswersAllowedTests {
    static let festival =
        "Asked what they enjoyed most at the festival, 68% of visitors mentioned the music, 55% named the food and 41% the setting by the lake."

    @Test(arguments: [
        festival + " Visitors were free to name several things.",
        festival + " Visitors were allowed to pick any they liked.",
        festival + " Most visitors named two or more things.",
    ])
    func overlapTold(_ text: String) {
        #expect(RuleTests.rules(text, SharesRule()).isEmpty)
    }

    @Test(arguments: [
        festival + " Visitors were asked to name their favourite.",
        festival + " The organisers thanked their sponsors.",
    ])
    func noOverlapTold(_ text: String) {
        #expect(RuleTests.rules(text, SharesRule()) == ["shares.total"])
    }

    @Test func severalAnswersAllowed() {
        #expect(SharesRule.severalAnswersAllowed("Visitors were free to name several things."))
        #expect(SharesRule.severalAnswersAllowed("Respondents listed as many as they wanted."))
        #expect(!SharesRule.severalAnswersAllowed("Respondents were asked to name one thing."))
        #expect(!SharesRule.severalAnswersAllowed("The report named the town's three biggest employers."))
    }
}

/// A sentence ending in a colon and the bulleted lines after it, one share each, are one list of shares.
@Suite struct BulletedSharesTests {
    static func rules(_ text: String) -> [String] { RuleTests.rules(text, SharesRule()) }

    @Test(arguments: [
        "Its annual review gives the share of rehomed animals by species:\n- dogs: 52%\n- cats: 39%\n- rabbits and other small pets: 15%\nThe centre depends on donations.",
        "Of the animals the centre rehomed last year:\n- 52% were dogs\n- 39% were cats\n- 15% were rabbits\nThe centre depends on donations.",
        "The share of rehomed animals by species:\n• dogs 52%\n• cats 39%\n• rabbits 15%",
    ])
    func listOverAHundred(_ text: String) {
        #expect(Self.rules(text) == ["shares.total"])
    }

    @Test(arguments: [
        // Within a hundred, no word of shares before the colon, no colon, lines with no bullet, or overlap told.
        "Its annual review gives the share of rehomed animals by species:\n- dogs: 52%\n- cats: 33%\n- rabbits: 15%",
        "Rehomed animals by species:\n- dogs 52%\n- cats 39%\n- rabbits 15%",
        "Its annual review gives the share of rehomed animals by species.\n- dogs: 52%\n- cats: 39%\n- rabbits: 15%",
        "Of the animals the centre rehomed last year:\n52% were dogs\n39% were cats\n15% were rabbits",
        "Asked what they enjoyed, the share of visitors naming each:\n- music: 68%\n- food: 55%\n- the lake: 41%\nVisitors could name several things.",
        // A line of two figures is no list item of one share.
        "Of the animals the centre rehomed last year:\n- 52% were dogs, up from 40%\n- 39% were cats\n- 15% were rabbits",
    ])
    func noListOverAHundred(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// Review 16: ratios to a number of people may pass 100; lines that each finish "with:" are no whole.
@Suite struct ReviewSixteenRuleTests {
    @Test func aRatioToPeopleIsNoShare() {
        #expect(RuleTests.findings("Gross enrolment reached 104% of children of primary age.", rule: PlausibilityRule()).isEmpty)
        #expect(RuleTests.findings("Mobile phone subscriptions equal 130% of residents.", rule: PlausibilityRule()).isEmpty)
        #expect(
            RuleTests.findings("Turnout was put at 114 percent of voters in two districts.", rule: PlausibilityRule()).map(\.rule) == [
                "plausibility.share-over-100"
            ])
        #expect(
            RuleTests.findings("The tram extension was backed by 114 percent of voters.", rule: PlausibilityRule()).map(\.rule) == [
                "plausibility.share-over-100"
            ])
    }

    @Test func linesThatEachFinishTheOpeningAreNoWhole() {
        #expect(
            RuleTests.findings("The share of homes with:\n- broadband: 92%\n- a car: 78%\n- a garden: 64%", rule: SharesRule()).isEmpty)
        #expect(
            RuleTests.findings("The share of rehomed animals by species:\n- dogs: 52%\n- cats: 39%\n- rabbits: 15%", rule: SharesRule())
                .map(\.rule) == ["shares.total"])
    }
}

@Suite struct LinesOfWhatEachOwnsTests {
    @Test func ownedThingsAreNoWhole() {
        #expect(
            RuleTests.findings("The share of households that own:\n- a car: 78%\n- a bike: 45%\n- a dog: 14%", rule: SharesRule()).isEmpty)
    }
}
