import NewsFigures
import Testing

/// Rules added for the wider range of English news writing; each with positives and negatives.
@Suite struct ExtendedNumberTests {
    @Test(arguments: [
        ("Turnout was «two thirds» of the total.", "0.666666666666667"),
        ("It costs «one and a half million» euros to run.", "1500000"),
        ("Only «3/4» of the seats were filled.", "0.75"),
        ("The pipe is «2 1/4» inches wide.", "2.25"),
        ("Rates rose by «.08» points.", "0.08"),
        ("The race drew «10k» runners.", "10000"),
        ("They sold «three dozens» eggs.", "36"),
    ])
    func positive(_ marked: String, _ value: String) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { m.inner.contains($0.text) || $0.text.contains(m.inner) })
        let got = try #require(figure.value?.doubleValue)
        #expect(abs(got - (Double(value) ?? 0)) < 1e-9, "\(marked): \(got)")
    }

    /// Slash fractions take the denominators prose uses; with others the numbers are a name.
    @Test(arguments: [
        ("The share was «15/16» of the budget.", "0.9375"),
        ("Only «3/100» of them failed.", "0.03"),
        ("The pipe is «2 3/8» wide.", "2.375"),
    ])
    func slashFractions(_ marked: String, _ value: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.value?.description == DecimalValue(value)?.description, "\(marked)")
    }

    @Test(arguments: [
        "Security changed after the 9/11 attacks.", "He ran a 7/11 store.", "The post-9/11 rules stayed.",
        // A numerator as large as its denominator makes no fraction: a cricket score, a split.
        "India made 287/6 at lunch.", "The vote was split 50/50.",
    ])
    func slashNames(_ text: String) {
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.isEmpty, "\(text): \(figures.map(\.text))")
    }

    /// Names and "round the clock" are no figure of any kind, with or without a published date.
    @Test(arguments: [
        "The 3M plant opened.", "Operators rolled out 5G networks.", "It is open 24/7 now.", "The helpline runs 24/7/365.",
        "Staff worked 24-7 through the storm.", "Support is available 24/7.",
    ])
    func negative(_ text: String) {
        for published in [nil, CalendarDate(year: 2022, month: 7, day: 20)] {
            let figures = FigureExtractor.extract(from: text, options: ExtractionOptions(published: published))
            #expect(figures.isEmpty, "\(text): \(figures.map(\.text))")
        }
    }

    /// The same numbers in a date or a longer code are read as before.
    @Test(arguments: [
        ("She wrote on «24/7/2019» to the board.", "2019-07-24"),
        ("The fund opens on «7/24» after a vote.", "2022-07-24"),
        // Reported in the past tense four days before 24 July: the 24 July of the year before.
        ("The fund closed on «7/24» after a vote.", "2021-07-24"),
    ])
    func roundTheClockLookalikes(_ marked: String, _ day: String) throws {
        try expectDate(marked, published: CalendarDate(year: 2022, month: 7, day: 20), start: day)
    }
}

@Suite struct ExtendedMoneyAndPercentTests {
    @Test(arguments: [
        ("The stock fell «34 cents» on Friday.", "0.34", "USD"),
        ("Shares closed at «197 pence».", "1.97", "GBP"),
        ("A ticket costs «10 €» at the door.", "10", "EUR"),
        ("It sold for «100元» online.", "100", "CNY"),
        ("It only cost «3 dollars 50 cents».", "3.5", "USD"),
        ("They lost «75 USD million» last year.", "75000000", "USD"),
        ("Sales reached «hk $ 10.05 billion».", "10050000000", "HKD"),
        ("The budget is «rmb 5 billion».", "5000000000", "CNY"),
        ("It costs «half million usd».", "500000", "USD"),
        ("A card costs «10 $ 30 cent» today.", "10.3", "USD"),
        ("We are giving away 3 «USD50» cards.", "50", "USD"),
        ("If they had just «15 USD 50» more.", "15.5", "USD"),
        ("Lend me «100,000 ரூ» now.", "100000", "LKR"),
    ])
    func money(_ marked: String, _ value: String, _ unit: String) throws {
        let figure = try #require(expectSpans(marked, kind: .money).first)
        #expect(abs((figure.value?.doubleValue ?? -1) - (Double(value) ?? 0)) < 1e-6)
        #expect(figure.unit == unit)
    }

    @Test func eachAmountKeepsItsOwnSign() {
        let figures = FigureExtractor.extract(from: "Prices: 10 $ 30 $").filter { $0.kind == .money }
        #expect(figures.map(\.text) == ["10 $", "30 $"])
    }

    @Test func moneyNegatives() {
        // Codes that are English words stay words in lower case; a bare cents count needs a number.
        #expect(FigureExtractor.extract(from: "We will try 3 new ideas.").filter { $0.kind == .money }.isEmpty)
        #expect(FigureExtractor.extract(from: "He is a cad 5 times over.").filter { $0.kind == .money }.isEmpty)
        #expect(FigureExtractor.extract(from: "Every cent counts.").isEmpty)
    }

    @Test(arguments: [
        ("«per cent of 210»", "210"), ("«100 percentage»", "100"), ("«minus five percent»", "-5"),
        // A margin either way is no negative number.
        ("a margin of error of «plus or minus 3 percentage points»", "3"),
    ])
    func percent(_ marked: String, _ value: String) throws {
        let figure = try #require(expectSpans(marked, kind: .percent).first)
        #expect(figure.value?.description == value)
    }

    @Test(arguments: [
        "You can go to https://www.test.com/search?q=30%25%2020%",
        "Write to sales2020@example.com for the 30% offer code.",
    ])
    func addressesHoldNoFigures(_ text: String) {
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.allSatisfy { !$0.text.contains("2020") && !$0.text.contains("25") }, "\(figures.map(\.text))")
    }
}

@Suite struct ExtendedRangeTests {
    @Test(arguments: [
        ("«more than 10 and less than 40» people", "10", "40"),
        ("«above 1000 and below 1500» units", "1000", "1500"),
        ("apples «20~100»", "20", "100"),
        ("«from 200 to 3000» items", "200", "3000"),
        ("the range is «1000 - 5000»", "1000", "5000"),
        ("the range is «5k-20k»", "5000", "20000"),
    ])
    func ranges(_ marked: String, _ low: String, _ high: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.bound == .range)
        #expect(figure.value?.description == low)
        #expect(figure.high?.description == high)
    }

    @Test(arguments: [
        ("«greater than or equal to 30» stalls", Bound.min), ("«less than or equal to 100» seats", .max), ("«200 or greater» votes", .min),
    ])
    func bounds(_ marked: String, _ bound: Bound) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.bound == bound)
    }

    @Test func orLessThanOpensTheNextBound() {
        let figures = FigureExtractor.extract(from: "His score is equal to 5000 or less than 6000")
        #expect(figures.map(\.bound) == [.exact, .max])
        #expect(FigureExtractor.extract(from: "Is it still the case when <-30").first?.value?.description == "-30")
    }

    @Test(arguments: ["<>30", "=>30", "=<30"])
    func malformedOperatorsGiveNothing(_ text: String) {
        #expect(FigureExtractor.extract(from: text).isEmpty, "\(text)")
    }

    @Test func changesAreNotRanges() {
        let figures = FigureExtractor.extract(from: "Membership rose from 26 to 43 this year.")
        #expect(figures.allSatisfy { $0.bound != .range })
        #expect(FigureExtractor.extract(from: "More than 40 and less than 10 are not a range.").allSatisfy { $0.bound != .range })
    }
}

@Suite struct ExtendedDateTests {
    static let monday = CalendarDate(year: 2016, month: 11, day: 7)

    @Test(arguments: [
        ("back «02/22/2016» then", "2016-02-22", "2016-02-22"),
        ("back «21/04/2016» then", "2016-04-21", "2016-04-21"),
        ("back «2015/08/12» then", "2015-08-12", "2015-08-12"),
        ("free «13.5.2015» then", "2015-05-13", "2015-05-13"),
        ("back «Oct-2» then", "2016-10-02", "2016-10-02"),
        ("back «May twenty-first» then", "2016-05-21", "2016-05-21"),
        ("back «two days ago» then", "2016-11-05", "2016-11-05"),
        ("leave «in 3 weeks» then", "2016-11-28", "2016-11-28"),
        ("back «the day after tomorrow» then", "2016-11-09", "2016-11-09"),
        ("back «next Sunday» then", "2016-11-20", "2016-11-20"),
        ("back «this Friday» then", "2016-11-11", "2016-11-11"),
        ("back «the first Friday of July» then", "2017-07-07", "2017-07-07"),
        ("back «the 20th of next month» then", "2016-12-20", "2016-12-20"),
        ("results for «Q3 2016» came", "2016-07-01", "2016-09-30"),
        ("results for «the third quarter of 2016» came", "2016-07-01", "2016-09-30"),
        // (A quarter of a fiscal year is no calendar quarter: the fiscal year alone is read.)
        ("cuts by the third quarter of «fiscal 2017» then", "2017", "2017"),  // a dangling "of" is not the date's
        ("the budget for «2023/24» was set", "2023-01-01", "2024-12-31"),  // a fiscal year or season: two years
        ("the «2022-23» season starts", "2022-01-01", "2023-12-31"),
        ("results for «2019/2020» came", "2019-01-01", "2020-12-31"),
        ("data for «2011-12» came", "2011-12-01", "2011-12-31"),  // a hyphen before a month number: year and month
        // … unless "the"/"fiscal" stand before or a season noun after.
        ("in the «2009-10» season", "2009-01-01", "2010-12-31"),
        ("the «2008-09» financial crisis", "2008-01-01", "2009-12-31"),
        ("he played «2011-12» seasons", "2011-01-01", "2012-12-31"),
        // A year before a noun of something yearly is that year.
        ("in the «2023» season he scored", "2023-01-01", "2023-12-31"),
        ("40% below their «1989» peak", "1989-01-01", "1989-12-31"),
        ("«2019» sales rose", "2019-01-01", "2019-12-31"),
        ("sales in «H1 2016» rose", "2016-01-01", "2016-06-30"),
        ("out «this September» then", "2016-09-01", "2016-09-30"),
        ("opens «summer 2017» then", "2017-06-01", "2017-08-31"),
        ("over «the next 3 days» then", "2016-11-08", "2016-11-10"),
        ("out «between Oct. 2 and October 22» then", "2016-10-02", "2016-10-22"),
        ("sales rose «late last year» then", "2015-07-01", "2015-12-31"),
        ("talks resume «early next month» then", "2016-12-01", "2016-12-15"),
        ("prices peaked «mid-2014» then", "2014-04-01", "2014-09-30"),
        ("prices rose in the «early 2000s» then", "2000-01-01", "2003-12-31"),  // a decade, not the year 2000
        ("growth slowed in the «mid-1980s» then", "1983-01-01", "1986-12-31"),
        ("he moved in the «late 1990s» then", "1997-01-01", "1999-12-31"),
        ("the fair opens «this weekend» then", "2016-11-12", "2016-11-13"),
        ("closed for «the rest of the year» then", "2016-11-07", "2016-12-31"),
        ("held in «the first week of October» then", "2016-10-03", "2016-10-09"),
        ("a boom in «the 1970s» then", "1970-01-01", "1979-12-31"),
        ("sales fell «earlier this year» then", "2016-01-01", "2016-11-07"),
        ("to finish «within 5 days» then", "2016-11-07", "2016-11-11"),
        ("founded at «the end of 2000» then", "2000-09-01", "2000-12-31"),
        ("out in «2015-3» then", "2015-03-01", "2015-03-31"),
        ("over «the next 3 months» then", "2016-11-08", "2017-02-07"),
        ("a boom in «the seventies» then", "1970-01-01", "1979-12-31"),
        ("records of «the 21st century» then", "2000-01-01", "2099-12-31"),
        ("it grew over «the past 2 decades» then", "1990-01-01", "2009-12-31"),
        ("out «June next year» then", "2017-06-01", "2017-06-30"),
        ("out «the week after next» then", "2016-11-21", "2016-11-27"),
        ("out «11 / 2016» then", "2016-11-01", "2016-11-30"),
        ("out in «2016 June» then", "2016-06-01", "2016-06-30"),
        ("out in «11/2016» then", "2016-11-01", "2016-11-30"),
        ("the range is «between 2014-2018» then", "2014-01-01", "2018-12-31"),
        ("a meeting «1 month and 21 days ago» then", "2016-09-16", "2016-09-16"),
        ("born «September the twenty-first nineteen seventy eight» then", "1978-09-21", "1978-09-21"),
        ("back «Friday the fifteen» then", "2016-07-15", "2016-07-15"),
        ("out «from 4 to 22 this month» then", "2016-11-04", "2016-11-22"),
        ("back «08/12,2015» then", "2015-08-12", "2015-08-12"),
        ("back «2019-sep-1» then", "2019-09-01", "2019-09-01"),
        ("back on «4.22» then", "2017-04-22", "2017-04-22"),
        // (Past tense: the latest 27th on or before the reference day, as for weekdays; Recognizers, which
        // ignores tense, says 2016-11-27.)
        ("went back for «the 27» .", "2016-10-27", "2016-10-27"),
        ("meet «Monday, Jan twenty two, 2018» then", "2018-01-22", "2018-01-22"),
        ("set up «the week of the 18th» then", "2016-11-14", "2016-11-20"),
        ("meet «the week starting February 4» then", "2017-02-04", "2017-02-10"),
        ("away «2 weeks starting May 20th, 2017» then", "2017-05-20", "2017-06-02"),
        ("away «a week starting tomorrow» then", "2016-11-08", "2016-11-14"),
        ("away «3 days starting from next Monday» then", "2016-11-14", "2016-11-16"),
        ("sold 2 cars starting «May 20th, 2017» then", "2017-05-20", "2017-05-20"),
        ("work «between now and November 15th» then", "2016-11-07", "2016-11-15"),
        ("closed «from now until Dec. 1» then", "2016-11-07", "2016-12-01"),
    ])
    func resolved(_ marked: String, _ start: String, _ end: String) throws {
        let m = MarkedTextProxy(marked)
        let figures = FigureExtractor.extract(from: m.text, options: ExtractionOptions(published: Self.monday)).filter { $0.kind == .date }
        let figure = try #require(
            figures.first { m.inner.hasSuffix($0.text) || m.inner.contains($0.text) }, "\(marked): \(figures.map(\.text))")
        #expect(figure.date == DateSpan(start: start, end: end), "\(marked)")
    }

    @Test(arguments: [
        "It is 3/4 full.", "The 24-hour shop.", "Version 2.5.1 shipped.", "He scored 3-1.", "She was late again.", "The rest of them left.",
        "Between now and then, little changed.", "Right now and in future, prices rise.",
    ])
    func notDates(_ text: String) {
        #expect(
            FigureExtractor.extract(from: text, options: ExtractionOptions(published: Self.monday)).filter { $0.kind == .date }.isEmpty,
            "\(text)")
    }
}

@Suite struct NumberNotationTests {
    @Test(arguments: [
        ("China's population is «1 414 021 100» people.", "1414021100"),
        ("The crowd of «40 000» fans cheered.", "40000"),
        ("The value is «1.3e6» units.", "1300000"),
        ("The population is «3 million and a half» people.", "3500000"),
        ("Turnout was «two thirds of a million» voters.", "666666.666666667"),
        ("The result is «¾» of the sample.", "0.75"),
        ("Bakers add «2½» cups of flour.", "2.5"),
        ("They raised «2 mil» last year.", "2000000"),
        ("«One in five» adults smoke.", "0.2"),
        ("«two out of three» voters agreed.", "0.666666666666667"),
        ("The index stood at «nine point nought four» today.", "9.04"),
        ("There were «zero» deaths.", "0"),
        ("They have «two million and one half» shares.", "2500000"),
        ("A «two-thirds» majority backed it.", "0.666666666666667"),
        ("«One-eighth» of the staff left.", "0.125"),
        ("They took a «one-fifth» stake.", "0.2"),
    ])
    func notation(_ marked: String, _ value: String) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.text.contains(m.inner) || m.inner.contains($0.text) })
        #expect(abs((figure.value?.doubleValue ?? 0) - (Double(value) ?? -1)) < 1e-6, "\(marked)")
    }

    @Test(arguments: ["The one-time fee was waived.", "A one-way ticket, a third-party app, a two-thirty start."])
    func hyphenatedWordsAreNotFractions(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { ($0.value?.doubleValue ?? 1) >= 1 }, "\(text)")
    }

    @Test(arguments: ["The 7 100 buses ran late.", "In 2019 100 people came.", "Aged 25 100 times.", "Sales in 2019 rose."])
    func spacesAreNotAlwaysGroups(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { ($0.value?.doubleValue ?? 0) < 10_000 }, "\(text)")
    }
}
