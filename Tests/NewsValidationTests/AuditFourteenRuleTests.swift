import NewsFigures
import Testing

@testable import NewsValidation

/// A period or a participle restating a change may stand between the change and its levels: "increase by 4.1 percent in
/// April, taking the weekly rate from £230.25 to £246.10" (a range to the extractor), "fall 4.1 percent in April, from
/// £246.10 to £230.25", "nearly quadrupled over the decade, rising from 40 to 210"; and a date between a level and a
/// comparison with an earlier one ("14,300 homes between July and September, 6% more than the 12,100").
@Suite struct PhraseBetweenAChangeAndItsLevelsTests {
    static func errors(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2024-11-30", rule: ChangeArithmeticRule()).filter { $0.severity == .error }.map(\.message)
    }

    @Test(arguments: [
        "The state pension will increase by 4.1 percent in April, taking the full new weekly rate from £230.25 to £246.10.",
        "The state pension will increase by 4.1 percent, taking the weekly rate from £230.25 to £246.10.",
        "The weekly rate will rise 4.1 percent in April, from £230.25 to £246.10.",
        "Fares will rise 5 percent in January, taking a single ticket from £2.80 to £3.10.",
        "The weekly rate will fall 4.1 percent in April, from £246.10 to £230.25.",
        "Membership rose by 300 last year, from 2,000 to 2,400.",
        "Ship calls nearly quadrupled over the decade, rising from 40 to 210.",
        "Ship calls nearly tripled over the decade, rising from 40 to 210.",
        "Builders started 14,300 homes between July and September, 6% more than the 12,100 started in the same quarter a year earlier.",
    ])
    func disagreeing(_ text: String) {
        #expect(Self.errors(text).count == 1)
    }

    @Test func messages() {
        #expect(
            Self.errors("The state pension will increase by 4.1 percent in April, taking the full new weekly rate from £230.25 to £246.10.")
                == ["from £230.25 to £246.10 is a rise of about 6.9 percent, not the 4.1 percent increase stated"])
        #expect(
            Self.errors("Membership rose by 300 last year, from 2,000 to 2,400.")
                == ["from 2,000 to 2,400 is a rise of 400, not the 300 increase stated"])
    }

    @Test(arguments: [
        "The state pension will increase by 6.9 percent in April, taking the full new weekly rate from £230.25 to £246.10.",
        "Fares will rise 5 percent in January, taking a single ticket from £2.80 to £2.94.",
        "The weekly rate will fall 6.4 percent in April, from £246.10 to £230.25.",
        "Membership rose 15 percent last year, from 2,000 to 2,300.",
        "Membership rose by 400 last year, from 2,000 to 2,400.",
        "Ship calls nearly quadrupled over the decade, rising from 40 to 150.",
        "Builders started 14,300 homes between July and September, 18% more than the 12,100 started in the same quarter a year earlier.",
        // Another clause, or a participle of another measure, between the change and the levels: no link.
        "Sales rose 5% as revenue in the quarter went from 100 to 130.",
        "Profits rose 5 percent last year, including gains from 2,000 to 2,400 stores.",
        "Output grew 3 percent in the quarter, with exports climbing from 200 to 260 tonnes.",
        "Fares will rise 5 percent in January, with the price of a single ticket going from £2.80 to £3.50.",
        // Levels of percentages are no amounts to divide.
        "Revenue rose 12 percent in 2024, lifting the margin from 8% to 9%.",
    ])
    func agreeingOrUnlinked(_ text: String) {
        #expect(Self.errors(text).isEmpty)
    }

    @Test func restatedBeforeFrom() {
        #expect(ChangeArithmeticRule.restatedBeforeFrom(" in , taking the full new weekly rate from "))
        #expect(ChangeArithmeticRule.restatedBeforeFrom(" over the decade, rising from "))
        #expect(ChangeArithmeticRule.restatedBeforeFrom(" in , from "))
        #expect(!ChangeArithmeticRule.restatedBeforeFrom(" as revenue in the quarter went from "))
        #expect(!ChangeArithmeticRule.restatedBeforeFrom(" last year, including gains from "))
    }
}

/// A difference of two counts or amounts said as a comparison: "87,900 this week, 1,200 more than the 87,100" (800), as
/// "rose by 1,200 to 87,900, from 87,100" is.
@Suite struct DifferenceAsAComparisonTests {
    static func errors(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-02-07", rule: ChangeArithmeticRule()).filter { $0.severity == .error }.map(\.message)
    }

    @Test(arguments: [
        "It stood at 87,900 this week, 1,200 more than the 87,100 recorded a year ago.",
        "The team scored 87 goals, 10 more than the 75 it scored last season.",
        "The team scored 65 goals, 12 fewer than the 75 it scored last season.",
        "The bill is £4.5 million, £2 million more than the £3 million budgeted.",
    ])
    func disagreeing(_ text: String) {
        #expect(Self.errors(text).count == 1)
    }

    @Test func message() {
        #expect(
            Self.errors("It stood at 87,900 this week, 1,200 more than the 87,100 recorded a year ago.")
                == ["87,900 is 800 more than 87,100, not the 1,200 more stated"])
        // The same numbers as a change were already caught.
        #expect(!Self.errors("The prison population rose by 1,200 to 87,900, from 87,100 a year ago.").isEmpty)
    }

    @Test(arguments: [
        "It stood at 87,900 this week, 800 more than the 87,100 recorded a year ago.",
        "The team scored 87 goals, 12 more than the 75 it scored last season.",
        "The bill is £4.5 million, £1.5 million more than the £3 million budgeted.",
        // A hedged difference, a level of another noun, another clause: no check.
        "It stood at 87,900 this week, about 1,200 more than the 87,100 recorded a year ago.",
        "The hospital treated 900 patients, 300 more than the 500 beds it has.",
        "It had 87,900 members, and the rival has 1,200 more than the 87,100 it had.",
    ])
    func agreeingOrUnlinked(_ text: String) {
        #expect(Self.errors(text).isEmpty)
    }
}

/// A share over 100 that opens its clause is of people who did what it counts: "said 118 percent of residents … could
/// now get", "About 118 percent of residents have fibre"; a ratio after a verb or preposition is not ("reached 104% of
/// children", "equal 130% of residents").
@Suite struct ShareOverAHundredAsASubjectTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-06-03", rule: PlausibilityRule()).map(\.rule)
    }

    @Test(arguments: [
        "The telecom regulator said 118 percent of residents in the valley could now get a fibre connection.",
        "About 118 percent of residents have fibre.",
        "The survey found that 114 percent of residents support the plan.",
        "Some 114 percent of voters back the plan, the poll shows.",
        // Already caught: the agent of a passive, a share of people by its name.
        "The plan was backed by 114 percent of residents.",
    ])
    func shareOfPeople(_ text: String) {
        #expect(Self.rules(text) == ["plausibility.share-over-100"])
    }

    @Test(arguments: [
        "Gross enrolment reached 104% of children of primary age.",
        "Subscriptions equal 130% of residents.",
        "The report said mobile subscriptions equal 130% of residents.",
        "Mobile penetration reached 130 percent of residents, the regulator said.",
        "The ratio is at 130% of residents.",
        "The regulator said 118 percent of residents' income goes on rent.",
    ])
    func ratioToPeople(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// A ballot's answers are shares of one whole with no word of shares ("46.2 percent voted yes, 53.9 percent voted no and
/// 2.4 percent spoiled their ballots"), and no other cut after two that make 100; answers to two questions each are no
/// whole, after an "Among …" too ("Among people in their fifties, 45% did not know …, and 72% could not say …").
@Suite struct BallotsAndSeparateQuestionsTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-06-16", rule: SharesRule()).filter { $0.severity != .info }.map(\.rule)
    }

    @Test(arguments: [
        "In Sunday's referendum, 46.2 percent voted yes, 53.9 percent voted no and 2.4 percent spoiled their ballots.",
        "In Sunday's referendum, 44.2 percent voted yes, 53.9 percent voted no and 4.4 percent spoiled their ballots.",
        "In Sunday's referendum, 46 percent voted yes, 57 percent voted no.",
        "In the vote, 48 percent voted in favour, 49 percent voted against and 6 percent abstained.",
        // A poll's answers to one question, one of them "did not know", are still one whole.
        "Asked how they would vote, 44.2 percent said yes, 53.9 percent said no and 4.4 percent did not know.",
        "Among the respondents, 56% said yes, 38% said no and 16% did not know.",
    ])
    func oneWhole(_ text: String) {
        #expect(Self.rules(text) == ["shares.total"])
    }

    @Test(arguments: [
        "In Sunday's referendum, 44.2 percent voted yes, 53.9 percent voted no and 1.9 percent spoiled their ballots.",
        "In the two referendums, 58 percent voted yes on the first question and 62 percent voted yes on the second.",
        "Of those who voted, 52 percent voted yes and 60 percent voted in person.",
        "In the vote, 52 percent voted yes, 47 percent voted no and 38 percent voted by post.",
        "Among people in their fifties, 45% did not know their state pension age, and 72% could not say how much they would receive.",
        "Among people in their fifties, 45% did not know who their MP was, and 72% could not name their local councillor.",
        "Among the respondents, 45% did not know who their MP was, and 72% could not name their local councillor.",
        "Among people in their fifties, 45% knew their state pension age, and 72% knew their pension provider.",
    ])
    func noWhole(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// A change total with two parts each said to be a kind of its own ("added 310,000 broadband customers, of which 190,000
/// were fibre connections and 160,000 were cable upgrades"); parts told by one word, kinds of one noun or people cut
/// another way may overlap.
@Suite struct ChangeTotalOfTwoKindsTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-04-24", rule: TotalsRule()).filter { $0.severity == .error }.map(\.rule)
    }

    @Test(arguments: [
        "It added 310,000 broadband customers in the quarter, of which 190,000 were fibre connections and 160,000 were cable upgrades.",
        "The league added 40 clubs, of which 30 were new entrants and 20 were former members.",
    ])
    func exceeding(_ text: String) {
        #expect(Self.rules(text) == ["totals.parts"])
    }

    @Test(arguments: [
        "It added 310,000 broadband customers in the quarter, of which 190,000 were fibre connections and 120,000 were cable upgrades.",
        "It added 2,000 jobs, of which 1,500 were permanent and 1,200 were full-time.",
        "It added 2,000 jobs, of which 1,500 were engineers and 1,200 were graduates.",
        "It added 2,000 customers, of which 1,500 were new customers and 1,200 were business customers.",
        "It added 300 staff, of which 200 were women and 150 were senior engineers.",
        "The firm added 2,000 jobs last year, including 1,500 engineers and 1,200 graduates.",
    ])
    func fittingOrOverlapping(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}

/// Beyond the README's earlier claims: an amount of an amount restated as a share ("£600 million of the £2.4 billion
/// cost, or 40 percent": 25).
@Suite struct AmountRestatedAsAShareTests {
    static func rules(_ text: String, _ rule: any ValidationRule) -> [String] {
        RuleTests.findings(text, published: "2025-05-20", rule: rule).filter { $0.severity == .error }.map(\.rule)
    }

    @Test func amountRestatedAsAShare() {
        #expect(
            RuleTests.findings(
                "The government will cover £600 million of the £2.4 billion cost, or 40 percent, with the rest from the port.",
                rule: PartWholeRule()
            ).map(\.message) == ["£600 million of £2.4 billion is 25 percent, not the 40 percent stated"])
    }

    @Test(arguments: [
        "The government will cover £600 million of the £2.4 billion cost, or 25 percent, with the rest from the port.",
        "The government will cover £1.3 billion of the £4.7 billion cost, or 28 percent.",
        // A part may overrun its whole; a share of another whole is no restatement.
        "The project has spent £3 billion of its £2.4 billion budget, or 125 percent.",
        "The project has spent £3 billion of its £2.4 billion budget.",
        "The council will spend £600 million of the £2.4 billion, or 40 percent of its capital budget.",
    ])
    func amountSharesAgreeing(_ text: String) {
        #expect(Self.rules(text, PartWholeRule()).isEmpty)
    }
}
