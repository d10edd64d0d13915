import NewsFigures
import Testing

/// MoneyRules+English: symbols, prefixes, codes, currency words; scale applied.
@Suite struct MoneyRuleTests {
    @Test(arguments: [
        ("a total investment of «US$10.9 billion» so far", "10900000000", "USD"),
        ("volume «exceeding $5 billion».", "5000000000", "USD"),
        ("sold for «HK$3m», the agent said", "3000000", "HKD"),
        ("a fine of «€2m» was paid", "2000000", "EUR"),
        ("revenue of «3 billion yuan» last year", "3000000000", "CNY"),
        ("a budget of «RMB 5 billion» was set", "5000000000", "CNY"),
        ("it cost «£450,000» to build", "450000", "GBP"),
        ("a deal worth «500 million euros» was signed", "500000000", "EUR"),
        ("tickets at «₹1,500» each", "1500", "INR"),
        ("the «$10K» prize", "10000", "USD"),
        ("sales of «USD 12.5 million» in May", "12500000", "USD"),
        ("grants of «S$40,000» each", "40000", "SGD"),
        ("it raised «A$1.2bn» in bonds", "1200000000", "AUD"),
        ("a «50 million US dollars» loan", "50000000", "USD"),
    ])
    func positive(_ marked: String, _ value: String, _ unit: String) throws {
        let figures = expectSpans(marked, kind: .money)
        let figure = try #require(figures.first)
        #expect(figure.value?.description == value)
        #expect(figure.unit == unit)
    }

    @Test func yenSignFollowsTheText() throws {
        let yuan = try #require(only("The Chinese firm paid ¥300 million for the plant.", kind: .money))
        #expect(yuan.unit == "CNY")
        let ambiguous = try #require(only("The bill came to ¥3,000 in total.", kind: .money))
        #expect(ambiguous.unit == nil)
        #expect(ambiguous.unitCandidates == ["CNY", "JPY"])
    }

    @Test(arguments: [
        "He lost 5 pounds of weight over the summer.",  // weight, not sterling
        "The $ sign was printed in red.",  // no amount
        "Try 3 times before giving up.",  // "try" is not TRY
    ])
    func negative(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .money }.isEmpty, "\(text)")
    }
}
