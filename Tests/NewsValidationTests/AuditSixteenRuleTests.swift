import NewsFigures
import Testing

@testable import NewsValidation

/// A whole whose noun comes after a modifier or two ("36 new volunteers", "12 young local players") is the whole a later
/// "of them" refers back to, as "36 volunteers" is; not a count of which the number is itself a part ("36 of the
/// volunteers").
@Suite struct WholeWithAModifierTests {
    static func messages(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2026-06-15", rule: PartWholeRule()).filter { $0.severity == .error }.map(\.message)
    }

    @Test func largerPartAfterAModifiedWhole() {
        #expect(
            Self.messages("The charity trained 36 new volunteers this spring, and 41 of them now run food banks.")
                == ["41 refers back to 36 volunteers but is larger"])
        #expect(
            Self.messages("The club signed 12 young local players, and 15 of them have left.")
                == ["15 refers back to 12 young local players but is larger"])
    }

    @Test(arguments: [
        "The charity trained 36 new volunteers this spring, and 20 of them now run food banks.",
        "The club signed 12 young local players, and 5 of them have left.",
        // (The count before "of them" is a part itself: its whole is not written.)
        "The charity trained 36 of the new volunteers, and 41 of them now run food banks.",
    ])
    func noError(_ text: String) {
        #expect(Self.messages(text).isEmpty)
    }
}

/// Two years written as a span with the later one first ("between 2024 and 2021", "from 2024 to 2021") run backwards;
/// two years compared ("the difference between 2024 and 2021") or in order are no span to judge.
@Suite struct BackwardsYearsTests {
    static func messages(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2026-06-15", rule: DateConsistencyRule()).filter { $0.rule == "dates.range-order" }.map(
            \.message)
    }

    @Test func backwards() {
        #expect(
            Self.messages("Turnout in the region fell between 2024 and 2021, the report said.")
                == ["between 2024 and 2021 starts (2024) after it ends (2021)"])
        #expect(Self.messages("Prices rose 20% from 2024 to 2021.") == ["from 2024 to 2021 starts (2024) after it ends (2021)"])
        #expect(
            Self.messages("The club played in the league from 1998 until 1995.") == [
                "from 1998 until 1995 starts (1998) after it ends (1995)"
            ])
    }

    @Test(arguments: [
        "Turnout in the region fell between 2021 and 2024, the report said.",
        "Prices rose 20% from 2021 to 2024.",
        "The difference between 2024 and 2021 is stark.",
        "Comparisons between 2024 and 2019 show a fall.",
        // (Review 20: a comparison or a change a few words before.)
        "The survey compared results between 2022 and 2018 to measure change.",
        "The change in output between 2023 and 2019 was small.",
        "Sales rose 5% in 2024 and 3% in 2021.",
        "The plan, drafted in 2024 and revised to 2021 levels, was dropped.",
    ])
    func notBackwards(_ text: String) {
        #expect(Self.messages(text).isEmpty)
    }
}
