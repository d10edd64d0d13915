import NewsFigures
import Testing

/// PercentRules+English.
@Suite struct PercentRuleTests {
    @Test(arguments: [
        ("surging «73.8 percent» from last year's", "73.8", "percent"),
        ("a «60-percent» share of the market", "60", "percent"),
        ("inflation hit «12%» in May", "12", "percent"),
        ("rates rose «5 per cent» this year", "5", "percent"),
        ("margins of «3 pct» were reported", "3", "percent"),
        ("unemployment fell «2 percentage points»", "2", "percentage point"),
        ("«about six percent» of voters", "6", "percent"),
    ])
    func positive(_ marked: String, _ value: String, _ unit: String) throws {
        let figure = try #require(expectSpans(marked, kind: .percent).first)
        #expect(figure.value?.description == value)
        #expect(figure.unit == unit)
    }

    @Test(arguments: ["The percent sign is missing here.", "The team scored 100 points in the game."])
    func negative(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .percent }.isEmpty)
    }
}
