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
