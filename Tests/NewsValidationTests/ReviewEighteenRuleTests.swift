import NewsFigures
import Testing

@testable import NewsValidation

/// Review 18's false alarms of audit 14's checks, and the catches kept beside them.
enum ReviewEighteen {
    static func errors(_ text: String, _ rule: any ValidationRule) -> [String] {
        RuleTests.findings(text, published: "2025-03-14", rule: rule).filter { $0.severity == .error }.map(\.rule)
    }
}

/// A change total's two parts are one whole only when their kinds exclude each other ("fibre connections … cable
/// upgrades", "permanent … temporary"); kinds that may overlap are two cuts of it.
@Suite struct ChangeTotalOfExclusiveKindsTests {
    @Test(arguments: [
        "The operator added 310,000 broadband customers, of which 190,000 were fibre connections and 160,000 were cable upgrades.",
        "The firm added 400 jobs, of which 250 were permanent roles and 200 were temporary roles.",
        "The firm added 400 jobs, of which 250 were full-time positions and 200 were part-time positions.",
        "The bank added 20,000 customers, of which 12,000 were domestic customers and 10,000 were international customers.",
    ])
    func exclusive(_ text: String) {
        #expect(ReviewEighteen.errors(text, TotalsRule()) == ["totals.parts"])
    }

    @Test(arguments: [
        "The company added 1,000 staff, of which 600 were software engineers and 500 were remote workers.",
        "The service added 80,000 subscribers, of which 50,000 were annual subscriptions and 40,000 were family plans.",
        "The city added 5,000 homes, of which 3,000 were social housing units and 2,500 were brick buildings.",
        "The firm added 400 jobs, of which 250 were permanent roles and 200 were part-time positions.",
        "The airline added 900 flights, of which 500 were new routes and 450 were weekend services.",
        "The fund gained 2,000 clients, of which 1,200 were retail investors and 900 were first-time savers.",
        "The bank added 20,000 customers, of which 12,000 were young savers and 10,000 were online accounts.",
        // Exclusive kinds that fit.
        "The firm added 400 jobs, of which 250 were permanent roles and 150 were temporary roles.",
    ])
    func overlappingOrFitting(_ text: String) {
        #expect(ReviewEighteen.errors(text, TotalsRule()).isEmpty)
    }
}

/// A participle between a change and two levels restates the change only when its object is the measure that changed
/// (its noun, a pronoun or a level of it) or it has none.
@Suite struct ParticipleOfTheChangedMeasureTests {
    @Test(arguments: [
        "Sales rose 4 percent in April, taking sales from £1 billion to £1.2 billion.",
        "Membership rose 5 percent last year, taking it from 2,000 to 2,400.",
        "Exports rose 10 percent in May, lifting exports from $2 billion to $3 billion.",
        "The state pension will increase by 4.1 percent in April, taking the full new weekly rate from £230.25 to £246.10.",
        "Ship calls rose 5 percent over the decade, rising from 40 to 210.",
    ])
    func ofTheChangedMeasure(_ text: String) {
        #expect(ReviewEighteen.errors(text, ChangeArithmeticRule()) == ["change.mismatch"])
    }

    @Test(arguments: [
        "Monthly sales rose 4 percent in April, taking the year's total from 30,000 to 40,000.",
        "Exports rose 10 percent in May, lifting the trade surplus from $2 billion to $3 billion.",
        "Output rose 6 percent last year, bringing total capacity from 100 to 150 plants.",
        "Sales rose 4 percent in April, taking total revenue from £1 billion to £1.2 billion.",
        "The workforce grew 2 percent last year, taking the wage bill from £10 million to £11 million.",
    ])
    func ofAnotherMeasure(_ text: String) {
        #expect(ReviewEighteen.errors(text, ChangeArithmeticRule()).isEmpty)
    }

    @Test func restatedBeforeFrom() {
        #expect(ChangeArithmeticRule.restatedBeforeFrom(" in , taking sales from ", subject: "monthly sales rose "))
        #expect(ChangeArithmeticRule.restatedBeforeFrom(" in , taking it from ", subject: "membership rose "))
        #expect(!ChangeArithmeticRule.restatedBeforeFrom(" in , taking the year's total from ", subject: "monthly sales rose "))
        #expect(!ChangeArithmeticRule.restatedBeforeFrom(" in , lifting the trade surplus from ", subject: "exports rose "))
    }
}

/// A share after ", or" followed by a comparative is a comparison, not the part restated.
@Suite struct ComparisonAfterOrTests {
    @Test(arguments: [
        "The UK will pay £600 million of the £2.4 billion cost, or 40 percent less than France.",
        "The UK will pay £600 million of the £2.4 billion cost, or 40 percent above last year.",
        "The club spent £30 million of its £120 million budget, or 10 percent more than rivals.",
        "The plant laid off 120 of its 400 workers, or 45 percent fewer than planned.",
    ])
    func comparison(_ text: String) {
        #expect(ReviewEighteen.errors(text, PartWholeRule()).isEmpty)
    }

    @Test(arguments: [
        "The UK will pay £600 million of the £2.4 billion cost, or 40 percent, more than France.",
        "The UK will pay £600 million of the £2.4 billion cost, or 40 percent.",
        "The plant laid off 120 of its 400 workers, or 45 percent.",
        // A count cut from its whole (a decrease) is a part of it too.
        "The plant cut 120 of its 400 jobs, or 45 percent.",
    ])
    func restated(_ text: String) {
        #expect(ReviewEighteen.errors(text, PartWholeRule()) == ["part-whole"])
    }

    @Test(arguments: [
        "The plant cut 120 of its 400 jobs, or 30 percent.", "The plant laid off 120 of its 400 workers, or 30 percent.",
        // A rise is no part of anything.
        "The plant added 120 workers, an increase of 17 from last year's 103.",
    ])
    func cutsThatAgreeWithTheirWhole(_ text: String) {
        #expect(ReviewEighteen.errors(text, PartWholeRule()).isEmpty)
    }
}

/// Ballot answers said of different places or rounds ("In Leeds … in Bradford …") are of different wholes; an answer
/// after the first may leave out "voted" ("61% voted in favour, 42% against").
@Suite struct BallotsOfPlacesTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-03-14", rule: SharesRule()).filter { $0.severity != .info }.map(\.rule)
    }

    @Test(arguments: [
        "In Leeds 58 percent voted yes, and in Bradford 47 percent voted no.",
        "In the first ballot 55% voted yes; in the second 52% voted no.",
        "In Scotland, 55 percent voted no; in Wales, 52 percent voted yes and 2 percent abstained.",
        "Among men, 58 percent voted yes, while among women 47 percent voted no.",
        "At the union meeting, 61% voted in favour, 37% against and 2% abstained.",
        // With no comma before the join, and parts of a country.
        "In Cork 57 percent voted yes and in Galway 51 percent voted no.",
        "In the north, 62% voted yes and in the south 58% voted no.",
        "In the north, 62% voted yes, while in the south, 58% voted no.",
    ])
    func separateWholes(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }

    @Test(arguments: [
        "In Leeds, 58 percent voted yes and 47 percent voted no.",
        "In Leeds 58 percent voted yes, 47 percent voted no; in Bradford 40 percent voted against.",
        "At the union meeting, 61% voted in favour, 42% against and 3% abstained.",
        "In the vote, 52 percent voted yes, 50 percent against.",
        "In Leeds 58 percent voted yes and 47 percent voted no.",
        "In the referendum 58 percent voted yes and 47 percent voted no.",
    ])
    func oneWhole(_ text: String) {
        #expect(Self.rules(text) == ["shares.total"])
    }
}

/// A share over 100 of teenagers or staff opening its clause is of people; of a measure of them it is a ratio.
@Suite struct ShareOverAHundredOfMorePeopleTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-03-14", rule: PlausibilityRule()).map(\.rule)
    }

    @Test(arguments: [
        "The survey found that 120% of teenagers own a smartphone.",
        "Nearly 130 percent of staff said they were satisfied.",
    ])
    func ofPeople(_ text: String) {
        #expect(Self.rules(text) == ["plausibility.share-over-100"])
    }

    @Test(arguments: [
        "Nearly 130 percent of staff costs were paid by the council.",
        "Agency spending reached 120 percent of staff costs.",
        "Tourist numbers reached 250 percent of teenagers in the town.",
    ])
    func ratio(_ text: String) {
        #expect(Self.rules(text).isEmpty)
    }
}
