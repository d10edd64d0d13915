import NewsFigures
import Testing

/// Rule packs applied by the extractor: each kind of entry, with and without the pack.
@Suite struct RulePackTests {
    static func texts(_ text: String, _ packs: [RulePack]) -> [String] {
        var options = ExtractionOptions()
        options.rulePacks = packs
        return FigureExtractor.extract(from: text, options: options).map { "\($0.kind.rawValue):\($0.text):\($0.unit ?? "")" }
    }

    @Test func currencyWords() {
        let pack = RulePack(name: "t", currencies: ["Cedis": "GHS"])
        #expect(Self.texts("Deals worth 95 million cedis were signed.", []) == ["count:95 million:"])
        #expect(Self.texts("Deals worth 95 million cedis were signed.", [pack]) == ["money:95 million cedis:GHS"])
        // Only right after the number.
        #expect(Self.texts("Some 95 deals in cedis were signed.", [pack]) == ["count:Some 95:"])
    }

    @Test func namesWithNumbers() {
        let pack = RulePack(name: "t", namesWithNumbers: ["100 Buyers Club"])
        #expect(Self.texts("Members of the 100 Buyers Club met 40 buyers.", []) == ["count:100:", "count:40:"])
        #expect(Self.texts("Members of the 100 buyers club met 40 buyers.", [pack]) == ["count:40:"])
    }

    @Test func pluralsOfCountedNouns() {
        let pack = RulePack(name: "t", countedNouns: ["company", "box", "buyer"], onlyCountedNouns: true)
        #expect(
            Self.texts("It had 14 companies, 30 boxes, 200 buyers and 6 halls.", [pack]) == ["count:14:", "count:30:", "count:200:"])
    }

    @Test func onlyCountedNouns() {
        let text = "The fair had 860 exhibitors, 25,000 visitors and eight halls."
        #expect(Self.texts(text, [RulePack(name: "t", countedNouns: ["exhibitor", "visitors"])]).count == 3)
        #expect(
            Self.texts(text, [RulePack(name: "t", countedNouns: ["exhibitor", "visitors"], onlyCountedNouns: true)]) == [
                "count:860:", "count:25,000:",
            ])
    }
}
