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
        ("The Fed raised rates by «half a percentage point».", "0.5", "percentage point"),
        ("The bank cut rates by «a quarter of a percentage point».", "0.25", "percentage point"),
        ("Rates rose «three-quarters of a percentage point» in the spring.", "0.75", "percentage point"),
        ("«Half a percent» of voters abstained.", "0.5", "percent"),
        ("«About 40pc» of homes were affected.", "40", "percent"),
    ])
    func positive(_ marked: String, _ value: String, _ unit: String) throws {
        let figure = try #require(expectSpans(marked, kind: .percent).first)
        #expect(figure.value?.description == value)
        #expect(figure.unit == unit)
    }

    /// Percentage points to a percent are a change and the new level, not a range.
    @Test(arguments: ["The Fed raised rates by «0.5 percentage point» to «4.5%».", "It lifted rates «half a percentage point» to «4.75%»."])
    func pointsToLevel(_ marked: String) throws {
        let figures = expectSpans(marked, kind: .percent)
        #expect(figures.map(\.unit) == ["percentage point", "percent"])
        #expect(figures.allSatisfy { $0.high == nil })
    }

    @Test(arguments: [
        "The percent sign is missing here.", "The team scored 100 points in the game.", "Half of the voters stayed home.",
        "A quarter of the staff left.", "The school gave 1 PC per student.",
    ])
    func negative(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .percent }.isEmpty)
    }
}

/// PercentRules.basisPointAbbreviations: basis points are hundredths of a percentage point.
@Suite struct BasisPointTests {
    @Test(arguments: [
        ("The bank cut rates by «25 basis points».", 0.25, nil as Double?),
        ("Yields rose «12 bps».", 0.12, nil),
        ("It raised rates by «50bp».", 0.5, nil),
        ("Spreads widened «25-50 basis points».", 0.25, 0.5),
    ])
    func basisPoints(_ marked: String, _ value: Double, _ high: Double?) {
        let figures = expectSpans(marked, kind: .percent)
        #expect(figures.first?.unit == "percentage point")
        #expect(figures.first?.value?.doubleValue == value)
        #expect(figures.first?.high?.doubleValue == high)
    }

    @Test(arguments: ["The BP share price fell.", "Oil major BP said so.", "The BPS report came out."])
    func notBasisPoints(_ text: String) {
        expectSpans(text, kind: .percent)
    }
}
