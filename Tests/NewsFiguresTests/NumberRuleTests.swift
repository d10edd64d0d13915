import NewsFigures
import Testing

/// NumberRules+English: digits, words, scales.
@Suite struct NumberRuleTests {
    @Test(arguments: [
        ("The fair drew «14,600» buyers.", "14600"),
        ("It covered «six» areas.", "6"),
        ("There were «forty-two» entries.", "42"),
        ("They sold «a dozen» cars.", "12"),
        ("The city has «half a million» residents.", "500000"),
        ("The region has «1.2bn» residents.", "1200000000"),
        ("The app has «3 mln» users.", "3000000"),
        ("It employs «2.5 million» people.", "2500000"),
        ("It hired «two hundred and five» workers.", "205"),
        ("Temperatures fell to «-5» degrees.", "-5"),
    ])
    func positive(_ marked: String, _ value: String) throws {
        let figures = expectSpans(marked, kind: .count)
        #expect(figures.first?.value?.description == value)
    }

    @Test(arguments: [
        "One of the buyers left early.",  // a lone "one"
        "It was the third expo.",  // ordinal word
        "It was the 7th expo.",  // ordinal suffix
        "Dozens of people came.",  // not a number
        "A new plan was announced.",  // "a" is not a figure
        "The meeting starts at 16:50 today.",  // time of day
        "Call 8621-52920043 for tickets.",  // phone number
        "Licence 31120180004 was issued.",  // identifier digits
    ])
    func negative(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty, "\(text)")
    }

    /// A 10,000-digit number is reported by skipping it, never wrapped into a wrong value.
    @Test func overflowIsNotWrapped() {
        let text = "The code was " + String(repeating: "9", count: 10_000) + " long, and 12 people saw it."
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.count == 1)
        #expect(figures.first?.value?.description == "12")
    }
}
