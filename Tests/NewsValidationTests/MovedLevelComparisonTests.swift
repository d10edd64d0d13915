import NewsFigures
import Testing

@testable import NewsValidation

/// A comparison with an earlier level after a level moved the comparison's way ("fell to 700, 10% fewer than the 900").
@Suite struct MovedLevelComparisonTests {
    static func errors(_ text: String) -> [String] { ChangeAsAComparisonWithALevelTests.errors(text) }

    @Test(arguments: [
        "Arrests fell to 700, 10% fewer than the 900 recorded in 2024.",
        "Sales rose to $800 million, 10% more than the $700 million of 2024.",
    ])
    func disagreeing(_ text: String) {
        #expect(Self.errors(text) == ["change.mismatch"])
    }

    @Test(arguments: [
        "Arrests fell to 700, 22% fewer than the 900 recorded in 2024.",
        "Sales fell to $630 million, 10% less than the $700 million of 2024.",
        // A level moved the other way is not read as the comparison's.
        "Arrests rose to 700, 10% fewer than the 900 recorded in 2024.",
    ])
    func agreeingOrOtherwiseMoved(_ text: String) {
        #expect(Self.errors(text).isEmpty)
    }
}
