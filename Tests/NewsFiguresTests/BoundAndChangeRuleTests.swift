import NewsFigures
import Testing

/// BoundRules+English and ChangeRules+English.
@Suite struct BoundAndChangeRuleTests {
    @Test(arguments: [
        ("with «about 40» heritages on display", Bound.approx),
        ("«over 43,000» buyers came", .min),
        ("«more than 70» companies registered", .min),
        ("«at least 12» people were hurt", .min),
        ("«nearly 30» shops closed", .max),
        ("«up to 5» visitors a day", .max),
        ("«no more than 10» seats", .max),
        ("«some 300» workers walked out", .approx),
        ("«fewer than 20» stalls opened", .max),
    ])
    func bounds(_ marked: String, _ bound: Bound) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.bound == bound)
    }

    /// A golf score after "N-under" or "N-over", and "N under par", is no count (and so no bound "under 68"; this case
    /// was a count with no bound among `bounds` before scores were read as no figures).
    @Test func golfScores() {
        for text in ["he shot a 4-under 68 on Friday", "Scheffler won at 17-under 267.", "He finished 12 under par."] {
            #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty)
        }
    }

    /// Starting prices are lower bounds ("start at", "as low as"); "as high as" an upper one. A stock
    /// that "started at" a price was there, no bound.
    @Test(arguments: [
        ("Apple Watches «start at $169.99» now.", FigureKind.money, Bound.min),
        ("Prices are «as low as $2,299» for the base model.", .money, .min),
        ("Rates could go «as high as 8%» next year.", .percent, .max),
        ("The stock started at «$45» and rose.", .money, .exact),
        ("Doors open at 6:30 p.m. and the show starts at «7».", .count, .exact),  // amounts only
        ("The program starts at «12» schools this fall.", .count, .exact),
    ])
    func startingPrices(_ marked: String, _ kind: FigureKind, _ bound: Bound) throws {
        let figure = try #require(expectSpans(marked, kind: kind).first)
        #expect(figure.bound == bound)
    }

    @Test(arguments: [
        ("«between 10 and 20» people", "10", "20"),
        ("«5–10» cars", "5", "10"),
        ("«10 to 20 percent» of sales", "10", "20"),
    ])
    func ranges(_ marked: String, _ low: String, _ high: String) throws {
        let figure = try #require(expectSpans(marked).first)
        #expect(figure.bound == .range)
        #expect(figure.value?.description == low)
        #expect(figure.high?.description == high)
    }

    @Test func exactWhenNoBoundWordTouchesTheNumber() throws {
        let figure = try #require(only("The province organized 14,600 buyers, about the same as last year.", kind: .count))
        #expect(figure.bound == .exact)
        #expect(figure.change == nil)
    }

    @Test(arguments: [
        ("companies surged, «surging 73.8 percent» from last year's", ChangeDirection.increase, "last year"),
        ("43 events, an increase of «17» from last year", .increase, "last year"),
        ("exports fell «5%» year-on-year", .decrease, "year-on-year"),
        ("profit rose by «12 percent» compared with last year", .increase, "last year"),
        ("sales were down «3 percent» from a year earlier", .decrease, "a year earlier"),
        ("sales rose «12%» year over year", .increase, "year-over-year"),
        ("output fell «3%» week on week", .decrease, "week-on-week"),
        ("revenue rose «8%» compared with a year earlier", .increase, "a year earlier"),
        ("profit rose «10%» from the same period last year", .increase, "the same period last year"),
        ("shares saw a marginal dip of «0.48 per cent»", .decrease, ""),
        // A period written after "compared with", "on", "than (in)", "from", "since" (as written).
        ("evictions rose by «39%» compared with the previous year", .increase, "the previous year"),
        ("turnout was up «1.2 percentage points» on the last general election", .increase, "the last general election"),
        ("visitors came, «15%» more than in 2022", .increase, "2022"),
        ("prices have risen «20%» since February", .increase, "February"),
        ("cases are up «12%» from a fortnight ago", .increase, "a fortnight ago"),
        ("sales rose «4%» over the same quarter last year", .increase, "the same quarter last year"),
        // Not a period: no reference.
        ("prices rose «5%» on the back of strong demand", .increase, ""),
        ("the stock rose «3%» since the company said so", .increase, ""),
    ])
    func changes(_ marked: String, _ direction: ChangeDirection, _ reference: String) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text.hasSuffix(m.inner) || m.inner.hasSuffix($0.text) })
        #expect(figure.change?.direction == direction)
        #expect(figure.change?.reference == (reference.isEmpty ? nil : reference))
    }

    /// "rose from $2.1bn to $3.4bn": the level after "to" carries the change; the earlier level does not.
    @Test(arguments: [
        ("Profits rose from $2.1bn to «$3.4bn» last year.", "$2.1bn", ChangeDirection.increase),
        ("Unemployment fell from 5.2% to «4.8%» in March.", "5.2%", .decrease),
        ("Single-core scores increased from 1061 to «1128» on the test.", "1061", .increase),
        ("Tariffs were cut from about 25 percent to «10 percent» in May.", "about 25 percent", .decrease),
        // A verb that changes its object, the object, then "from … to": not a range.
        ("The city raised the fare from $2.50 to «$2.75» in May.", "$2.50", .increase),
        ("The company cut its workforce from 1,200 to «900» employees.", "1,200", .decrease),
        ("Increasing protein intake from 15% to «30%» cut weight.", "15%", .increase),
        // The change stated as a figure before "from": "rose 18% from … to …".
        ("Revenue rose 18% from $214 million to «$236 million».", "$214 million", .increase),
        ("Membership jumped by 25 percent, from 40 to «50».", "40", .increase),
        ("Cases fell 12%, from 300 to «264».", "300", .decrease),
        // Dates of the levels between them: "from 58 percent in January to 51 percent in March".
        ("Support rose from 58 percent in January to «51 percent» in March.", "58 percent", .increase),
    ])
    func changeFromOneLevelToAnother(_ marked: String, _ earlier: String, _ direction: ChangeDirection) throws {
        let m = MarkedTextProxy(marked)
        let figures = FigureExtractor.extract(from: m.text)
        let level = try #require(figures.first { $0.text == m.inner })
        #expect(level.change?.direction == direction, "\(m.text)")
        #expect(level.change?.reference == nil)
        #expect(level.bound != .range)
        let before = try #require(figures.first { $0.text == earlier })
        #expect(before.change == nil, "\(m.text)")
    }

    /// Without a change before it, "from … to …" is a range: "range from $10 to $20", "aged from 18 to 25",
    /// and a figure before "from" that states no change does not make one ("18% of the firms employ from
    /// 10 to 12 people").
    @Test(arguments: [
        ("Prices are expected to range «from $10 to $20».", 10.0, 20.0),
        ("About 18% of the firms employ «from 10 to 12» people.", 10, 12),
    ])
    func fromToWithoutAChangeIsARange(_ marked: String, _ low: Double, _ high: Double) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text == m.inner })
        #expect(figure.bound == .range && figure.value?.doubleValue == low && figure.high?.doubleValue == high)
    }

    /// "cut deaths by a third": a verb that changes its object, the object, and "by" before the figure.
    @Test(arguments: [
        ("The programme cut deaths by «a third».", ChangeDirection.decrease),
        ("The budget boosted base school spending by «2.5%» each year.", .increase),
        ("Tariffs would reduce GDP by «0.25 percent», the study said.", .decrease),
        ("The bank raised interest rates by «half a percentage point».", .increase),
        ("The firm cut the number of its stores by «120».", .decrease),
    ])
    func changeOfAnObjectBy(_ marked: String, _ direction: ChangeDirection) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text == m.inner }, "\(m.text)")
        #expect(figure.change?.direction == direction, "\(m.text)")
    }

    /// The forms a change takes in news copy: an infinitive or modal ("plans to expand the fleet by
    /// 30%", "must fall 45%"), an adverb or quotes between ("rose \"slightly\" by 25 percent", "an
    /// increase of just 0.3 percent"), multiples ("doubled to"), a new level after "to" ("cut its forecast
    /// to 2.9% from 3.2%"), the passive ("was slashed from … to"), currency verbs ("strengthened 0.13%").
    @Test(arguments: [
        ("Emirates plans to expand the fleet by «30%» over five years.", ChangeDirection.increase),
        ("Sales rose \"slightly\" by «25 percent» in the quarter.", .increase),
        ("The index showed an increase of just «0.3 percent».", .increase),
        ("Prices must fall «45%» to be competitive.", .decrease),
        ("Output is expected to rise «5%» in 2020.", .increase),
        ("Revenue doubled to «$600 million» last year.", .increase),
        ("Profit halved to «90 million euros».", .decrease),
        ("The bank cut its forecast to «2.9%» from 3.2%.", .decrease),
        ("The city raised parking fees to «$3» an hour.", .increase),
        ("The valuation was slashed from $47 billion to «$8 billion».", .decrease),
        ("Exports have been sinking to «$1.3 billion».", .decrease),
        ("The Japanese yen strengthened «0.13%» against the dollar.", .increase),
        ("The deficit ballooned «30%» to $1.2 trillion.", .increase),
        ("The firm will cut «1,200» of its 10,000 jobs.", .decrease),  // a verb that changes its object still does
        ("Sales rose «5%» and did not fall.", .increase),  // a negation after the figure negates nothing before it
    ])
    func changeForms(_ marked: String, _ direction: ChangeDirection) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text == m.inner }, "\(m.text)")
        #expect(figure.change?.direction == direction, "\(m.text)")
    }

    @Test func onTheYearIsYearOnYear() throws {
        let figure = try #require(FigureExtractor.extract(from: "Sales were up 12% on the year.").first)
        #expect(figure.change == Change(direction: .increase, reference: "year-on-year"))
    }

    /// "cut costs by 40% to 50%": after "by", "to" joins a range, which carries the change.
    @Test(arguments: [
        ("The firm plans to cut costs by «40% to 50%» next year.", "40", "50", ChangeDirection.decrease),
        ("The firm plans to cut costs by «$5 million to $10 million».", "5000000", "10000000", .decrease),
        ("It boosted output by «3% to 4%».", "3", "4", .increase),
        ("Shares fell from 12 to «9 to 10 dollars».", "9", "10", .decrease),
    ])
    func rangeAfterAChangeOfAnObjectOrALevel(_ marked: String, _ low: String, _ high: String, _ direction: ChangeDirection) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text == m.inner }, "\(m.text)")
        #expect(figure.bound == .range)
        #expect(figure.value?.description == low && figure.high?.description == high)
        #expect(figure.change?.direction == direction)
    }

    /// "$39,014, up from $38,373": a level followed by its earlier level states a change of the level.
    @Test(arguments: [
        ("The average price in October was «$39,014», up from $38,373 a year ago.", "$38,373", ChangeDirection.increase),
        ("The rate averaged «5.7 percent» in October, down from 6.2 percent a year earlier.", "6.2 percent", .decrease),
        ("Notes were yielding «1.786%», down from 1.808% late on Friday.", "1.808%", .decrease),
        // A currency prefix of letters, and "a peak of" before the earlier level.
        ("Profit was «A$36.9 billion», down from A$78 billion.", "A$78 billion", .decrease),
        ("Unemployment stood at «2.5 million», down from a peak of 4 million.", "4 million", .decrease),
    ])
    func levelUpOrDownFromAnEarlierLevel(_ marked: String, _ earlier: String, _ direction: ChangeDirection) throws {
        let m = MarkedTextProxy(marked)
        let figures = FigureExtractor.extract(from: m.text)
        let level = try #require(figures.first { $0.text == m.inner }, "\(m.text)")
        #expect(level.change?.direction == direction, "\(m.text)")
        let before = try #require(figures.first { $0.text == earlier })
        #expect(before.change == nil)
    }

    @Test(arguments: [
        "Turn the stove up from simmering to boil the jars for 10 minutes.",
        "The team has 12 players. Attendance was up from last season.",
        "There were 40 stalls, up from the usual number.",
        "The startup raised $5 million from investors.",
        "Five people were hurt by 3 cars.",
        "The prices set by 5 companies were published.",
        "He cut the ribbon, watched by 300 guests.",
        "The council cut its staff and the other three towns, led by 2 mayors, did not.",
        "The score went from 26 to 43 this year.",
        "Prices range from $5 to $10 a bottle.",
        "The council expanded its search to towns from 5 to 10 miles away.",
        "The firm moved its office from 5 to 10 Main Street.",
        "He rose from 2010 to 2015 through the ranks.",
        "Sales rose from last year's level to $3.4bn.",
        "The province organized 14,600 buyers, about the same as last year's event.",
        "Up to 5 visitors a day may enter.",
        "The increase 17 was typed in error.",
        "Fans who anted up $129 got early access.",  // "up" belongs to the verb of paying
        "In the fall 45% of voters were undecided.",  // "fall" after an article is a noun
        "The council sent the report to 300 residents.",  // no verb that changes its object
        "The airline cut flights to 20 cities from its hub.",  // after "to", a destination, not a new level
        "The union raised concerns to 3 senior managers.",
        "The firm said it will lower prices to 3 key markets.",
        "The issue was raised by 2 senators during the hearing.",  // the passive's agent
        "Voters may decline 2 of the 4 ballot measures.",  // a part, not a change
        "Sales fell, and in the quarter 5% of stores closed.",  // the clause after a comma is another
        "The index did not fall 20 percent.",  // a negated change verb states no change
        "Sales didn't rise 5% last year.",
        "Profit never grew more than 3% a year.",
        "The Thunder have lost four of five games.",  // a part of a whole, not a change
        "They dropped 9 of their last 12 games.",
        "A dip 5 metres deep formed.",  // a change noun needs its "of"
    ])
    func noChange(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { $0.change == nil }, "\(text)")
    }
}

/// The text of a «marked» example and its marked part.
struct MarkedTextProxy {
    let text: String
    let inner: String
    init(_ marked: String) {
        text = marked.replacingAll("«", "").replacingAll("»", "")
        let parts = marked.split(separator: "«", maxSplits: 1)
        inner = String(parts.last?.split(separator: "»").first ?? "")
    }
}

extension String {
    func replacingAll(_ a: Character, _ b: String) -> String {
        var out = ""
        for c in self { if c == a { out += b } else { out.append(c) } }
        return out
    }
}

/// A bound reaches over "a"/"an" before the figure; market verbs and change nouns state changes.
@Suite struct BoundOverArticleAndMarketVerbTests {
    @Test(arguments: [
        ("He faces «up to a $250,000» fine.", Bound.max),
        ("It is «more than a $147» saving.", .min),
        ("Shoppers get «nearly a 10%» discount.", .max),
    ])
    func boundOverArticle(_ marked: String, _ bound: Bound) {
        let figures = expectSpans(marked).filter { $0.kind != .date }
        #expect(figures.first?.bound == bound)
    }

    @Test(arguments: [
        "He paid a $5 fee.", "The player signed under a $30 million contract.", "The dispute over a $1 billion loan went to court.",
        "The film is about a $10 million heist.",
    ])
    func noBoundOverArticle(_ text: String) {
        #expect(only(text, kind: .money)?.bound == .exact, "\(text)")
    }

    /// Market verbs change percentages and amounts, not counts.
    @Test(arguments: ["Curry sank 8 three-pointers in the win.", "The ship sank 12 miles off the coast.", "The city improved 40 schools."])
    func marketVerbsLeaveCounts(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.allSatisfy { $0.change == nil }, "\(text)")
    }

    @Test(arguments: [
        ("The stock shed «2.4%».", ChangeDirection.decrease),
        ("Home sales sank «4.5%».", .decrease),
        ("Oil dipped «1%».", .decrease),
        ("Shares rallied «3%».", .increase),
        ("The deficit narrowed «5%».", .decrease),
        ("The engine gives a «20%» improvement.", .increase),
    ])
    func marketVerbsAndNouns(_ marked: String, _ direction: ChangeDirection) {
        let figures = expectSpans(marked, kind: .percent)
        #expect(figures.first?.change?.direction == direction)
    }

    @Test(arguments: ["The stock traded at 2.4% of book value.", "Oil made up 1% of imports.", "Rent took up 40% of pay."])
    func noChangeWord(_ text: String) {
        #expect(only(text, kind: .percent)?.change == nil)
    }
}

/// "300 stores, up from 250": the level change after the counted noun belongs to the count.
@Suite struct CountLevelChangeTests {
    @Test(arguments: [
        ("The chain has «300» stores, up from 250.", ChangeDirection.increase),
        ("There were «120» cases, down from 150.", .decrease),
    ])
    func levelChange(_ marked: String, _ direction: ChangeDirection) {
        let m = MarkedTextProxy(marked)
        let count = FigureExtractor.extract(from: m.text).first { $0.kind == .count && $0.text == m.inner }
        #expect(count?.change?.direction == direction, "\(m.text)")
    }

    @Test func noLevelChange() {
        let count = FigureExtractor.extract(from: "The chain has 300 stores in the state.").first { $0.kind == .count }
        #expect(count?.change == nil)
    }
}

/// "fell 102.2 points, or 0.36%": the percentage after ", or" tells the same change again.
@Suite struct ChangeRestatedAsPercentTests {
    @Test(arguments: [
        ("The Dow fell 102.2 points, or 0.36%, to 28,000.", ChangeDirection.decrease),
        ("Revenue rose $2 billion, or 8%, this year.", .increase),
    ])
    func restated(_ text: String, _ direction: ChangeDirection) {
        let percent = FigureExtractor.extract(from: text).first { $0.kind == .percent }
        #expect(percent?.change?.direction == direction, "\(text)")
    }

    @Test func noChangeToRestate() {
        let percent = FigureExtractor.extract(from: "Sales were 10 million, or 5% of the total.").first { $0.kind == .percent }
        #expect(percent != nil && percent?.change == nil)
    }
}

/// A change noun one noun after a percentage, and "higher"/"lower" after it, state a change.
@Suite struct PercentComparativeAndNounTests {
    @Test(arguments: [
        ("Operating profit was 14% higher at €2.3bn.", ChangeDirection.increase),
        ("Sales were 5% lower than in the same period last year.", .decrease),
        ("A 9% funding increase was needed.", .increase),
    ])
    func changes(_ text: String, _ direction: ChangeDirection) {
        let percent = FigureExtractor.extract(from: text).first { $0.kind == .percent }
        #expect(percent?.change?.direction == direction, "\(text)")
    }

    @Test(arguments: [
        "A 9% stake in Nike rose.", "It holds a 9% stake.", "Rates near 5% remain high.",
        "Rents are 15% more than the national average.",  // "more than" a level, not a period: no change
    ])
    func noChange(_ text: String) {
        let percent = FigureExtractor.extract(from: text).first { $0.kind == .percent }
        #expect(percent != nil && percent?.change == nil, "\(text)")
    }

    @Test func comparativeIsNoMoneySubject() {
        let money = FigureExtractor.extract(from: "Operating profit was 14% higher at €2.3bn.").first { $0.kind == .money }
        #expect(money != nil && money?.subject == nil)
    }
}

/// Two percentages joined by "to" after a change noun's "of" or a forecast's verb are a range;
/// after a verb of what happened, or ends far apart, a change and its new level.
@Suite struct PercentRangesAfterAChangeTests {
    static let read = ThresholdsHeadlinesAndModifiersTests.read

    @Test func ranges() {
        #expect(Self.read("Economists expect growth of 3% to 4%.") == ["3% to 4%=3.0..4.0 range increase"])
        #expect(Self.read("The bank forecast a rise of 2% to 3% in prices.") == ["2% to 3%=2.0..3.0 range increase"])
        #expect(Self.read("The company expects sales to grow 5% to 7%.") == ["5% to 7%=5.0..7.0 range increase"])
        #expect(Self.read("Analysts see an increase of 10 to 12 per cent.") == ["10 to 12 per cent=10.0..12.0 range increase"])
    }

    @Test func aChangeAndItsLevel() {
        #expect(Self.read("Inflation rose 0.3% to 4.1%.") == ["0.3%=0.3 increase", "4.1%=4.1 increase"])
        #expect(Self.read("Shares rose 3% to 4%.") == ["3%=3.0 increase", "4%=4.0 increase"])
        // A forecast whose ends lie far apart: the change and the level it reaches.
        #expect(Self.read("Inflation is expected to rise 0.2% to 3.1%.") == ["0.2%=0.2 increase", "3.1%=3.1 increase"])
        #expect(Self.read("The bank announced a cut of 0.25% to 4.5% in its rate.") == ["0.25%=0.25 decrease", "4.5%=4.5 decrease"])
        // Another unit at the high end, or "from" before the low end.
        #expect(
            Self.read("Revenue growth of 12% to $3.4 billion beat forecasts.") == [
                "12%=12.0 increase", "$3.4 billion=3400000000.0 increase",
            ])
        #expect(Self.read("Unemployment fell from 5% to 4%.") == ["5%=5.0", "4%=4.0 decrease"])
    }
}
