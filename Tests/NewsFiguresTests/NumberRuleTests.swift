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
        ("Net hiring came to «-5» jobs in May.", "-5"),
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

    /// A lower-case "m" before a plural noun is millions, as British papers write them.
    @Test(arguments: [
        ("The scheme will help «1.5m» people.", "1500000", "people"),
        ("The £2m campaign reached «5m» homes.", "5000000", "homes"),  // a whole number: the text's money says "m" is millions
        ("«About 2.3m» homes lost power.", "2300000", "homes"),
    ])
    func millionsWrittenM(_ marked: String, _ value: String, _ subject: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.value?.description == value)
        #expect(figure.subject == subject)
    }

    /// Elsewhere "m" is metres: no count of millions.
    @Test(arguments: [
        "She won the 400m hurdles.", "The wall is 2m high.", "Forecasters warned of 10m waves.", "He ran the 100m in 9.8 seconds.",
        "The 3M plant opened.", "The tower is 300m tall.", "Both 1500m runners qualified.", "The club built two 50m pools.",
        "It expects to sell 5m units.",  // a whole number, and no money in millions written "m"
    ])
    func metresNotMillions(_ text: String) {
        let counts = FigureExtractor.extract(from: text).filter { $0.kind == .count && ($0.value?.doubleValue ?? 0) >= 1_000_000 }
        #expect(counts.isEmpty, "\(text): \(counts.map(\.text))")
    }

    /// A 10,000-digit number is reported by skipping it, never wrapped into a wrong value.
    @Test func overflowIsNotWrapped() {
        let text = "The code was " + String(repeating: "9", count: 10_000) + " long, and 12 people saw it."
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.count == 1)
        #expect(figures.first?.value?.description == "12")
    }
}

/// Compounds of words and digits, fractions after compounds, quotients and powers.
@Suite struct CompoundNumberTests {
    /// Each marked span is one count with the value given (in order).
    @Test(arguments: [
        ("It has «4 thousand 3 hundred and 21» members.", ["4321"]),
        ("I can give you «3 hundred and 21» coins.", ["321"]),
        ("The fund holds «three lakh crore» shares.", ["3000000000000"]),
        ("They planted «a hundred and twenty» trees.", ["120"]),
        ("There were «twenty-one trillion three hundred» cells.", ["21000000000300"]),
        ("They counted «fifty - two» boats.", ["52"]),
        ("They sold «three hundred and two dozens» eggs.", ["324"]),
        ("The range is «from one thousand to one thousand and five hundred».", ["1000"]),
        // Scales fall from left to right: a second scale as large starts a new number.
        ("They sold «5 million» and «3 million» copies.", ["5000000", "3000000"]),
        ("It got «three hundred» and «two hundred» votes.", ["300", "200"]),
        ("Boxes: «4 thousand 3 hundred» and «0» left.", ["4300", "0"]),
        ("Seats: «4000» «3 hundred and 21» were sold.", ["4000", "321"]),
        // Nothing joins a zero: a run of digits read out.
        ("They were playing «three»-«nought»-«four».", ["3", "0", "4"]),
    ])
    func compounds(_ marked: String, _ values: [String]) {
        let figures = expectSpans(marked, kind: .count)
        #expect(figures.map { $0.value?.description ?? "" } == values, "\(marked)")
    }

    @Test(
        arguments: [
            ("The value was «one hundred and three and two thirds» today.", 103.666666666667),
            ("It measured «two and fifty-four hundredths» metres.", 2.54),
            ("It measured «two hundred and fifty-four hundredths» metres.", 200.54),
            ("It came to «one hundred and three quarters» of a mile.", 100.75),
            ("They cut «one hundred and thirty fifths» off.", 26),
            ("It is «one - fourth» of the total.", 0.25),
            ("It is «five - eighths» of the total.", 0.625),
            ("They bought «half a dozen» eggs.", 6),
            ("The answer is «one over three».", 0.333333333333333),
            ("The answer is «2000 over 3».", 666.666666666667),
            ("The answer is «1 over one hundred and twenty one».", 0.00826446280991736),
            ("The constant is «1.1^23» here.", 8.95430243255239),
            ("The constant is «2.5^-1» here.", 0.4),
            ("The rate is «6.23x10^-4» here.", 0.000623),
            ("The rate is «1.3×10^6» here.", 1_300_000),
            ("It came to «naught point five» in all.", 0.5),
            ("They were «nine million and five ninths» strong.", 9_555_555.555_555_56),
            ("They cut «one hundred thirty fifths» of it.", 100.0 / 35),
            ("They cut «one hundred thirty-fifths» of it.", 100.0 / 35),
            ("It is «a hundred thousand trillionths» of a metre.", 1e-7),
            ("Only «two out of five hundreds» agreed.", 0.004),
            ("Only «one one hundred fifth» was left.", 1.0 / 105),
            ("The index closed at «1.111,11» points.", 1111.11),
            ("The index closed at «12.345.678,9» points.", 12_345_678.9),
        ] as [(String, Double)])
    func values(_ marked: String, _ value: Double) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        let got = try #require(figure.value?.doubleValue)
        #expect(abs(got - value) <= 1e-9 * max(1, abs(value)), "\(marked): \(got)")
    }

    @Test func durationIsNoQuotient() throws {
        let money = try #require(only("I want to earn $2000 over 3 years", kind: .money))
        #expect(money.value?.description == "2000")
    }

    @Test func negativeWordsSignTheCompound() throws {
        let figure = try #require(only("The answer is minus ninety - five hundred fifths", kind: .count))
        #expect(figure.value?.description == "-1900")
    }

    /// Readings these rules must not produce.
    @Test(arguments: [
        ("The team won «2» over Boston.", "2"),
        ("They scored «ten» - «two».", "10"),  // a spaced hyphen joins tens and units only
        ("The «3x» rise.", ""),
    ])
    func notJoined(_ marked: String, _ first: String) {
        let m = MarkedTextProxy(marked)
        let counts = FigureExtractor.extract(from: m.text).filter { $0.kind == .count }
        #expect(counts.allSatisfy { ($0.value?.doubleValue ?? 1) >= 1 }, "\(marked): \(counts.map(\.text))")
        if !first.isEmpty { #expect(counts.first?.value?.description == first, "\(marked): \(counts.map(\.text))") }
    }

    /// A decimal comma only with dotted thousands: lists and dotted codes stay apart.
    @Test func continentalNumbersNeedTheirGroups() {
        let list = FigureExtractor.extract(from: "The exercises 22,24,26,31 are due.").filter { $0.kind == .count }
        #expect(list.map { $0.value?.description ?? "" } == ["22", "24", "26", "31"])
        let code = FigureExtractor.extract(from: "Version 1.111,2,3 shipped.").filter { $0.value?.description == "1111.2" }
        #expect(code.isEmpty)
    }

    @Test(arguments: ["It lasted one hundred thirty seconds.", "It was the one hundred twenty third meeting."])
    func ordinalsAndDurationsAreNoFractions(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { ($0.value?.doubleValue ?? 1) >= 1 }, "\(text)")
    }

    @Test(arguments: ["The plan came to naught.", "It was all for nought.", "He left in the second half.", "We waited half an hour."])
    func noFigure(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("«More than half» of the cars stayed home.", Bound.min), ("«about half» of the voters", .approx),
        ("«nearly half» the staff", .max),
    ])
    func boundedHalf(_ marked: String, _ bound: Bound) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.value?.doubleValue == 0.5)
        #expect(figure.bound == bound)
    }

    @Test func boundWordsAtTheEndStillBound() throws {
        let figure = try #require(only("His score is 200 or greater than", kind: .count))
        #expect(figure.bound == .min)
        #expect(figure.text == "200 or greater than")
    }
}

/// Long runs of number words read in bounded time and without overflow.
@Suite struct CompoundNumberStressTests {
    @Test func longRunsOfNumberWords() {
        let runs = [
            String(repeating: "one hundred and one ", count: 5_000),
            "a " + String(repeating: "dozen ", count: 5_000),
            String(repeating: "nine hundred and ninety nine trillion ", count: 2_000),
            String(repeating: "one one hundred and fifth ", count: 3_000),
        ]
        for text in runs {
            let figures = FigureExtractor.extract(from: text + "people came.")
            #expect(!figures.isEmpty)
        }
    }
}

/// A sentence with thousands of dates without a year reads its tense once, not once per date (it
/// was read for each, quadratic in the sentence's length: 40,000 dates took minutes).
@Suite struct LongSentenceOfDatesTests {
    @Test func everyDateTakesTheSentencesTense() {
        let text = String(repeating: "The sales, in March, and ", count: 5_000) + "ended."
        let dates = FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2022, month: 11, day: 8)))
            .filter { $0.kind == .date }
        #expect(dates.count == 5_000)
        #expect(dates.allSatisfy { $0.date == DateSpan(start: "2022-03-01", end: "2022-03-31") })
    }
}

/// A long chain of numbers joined by hyphens ("5-10-5-10-…", 100 KB) is one code, no figure, read once
/// (each number walked the chain to its end: quadratic, 200 KB took 7 s).
@Suite struct LongHyphenChainTests {
    @Test func oneCodeNoFigure() {
        let text = "The code " + String(repeating: "5-10-", count: 20_000) + "5 was read. It sold 40 cars."
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.map(\.text) == ["40"])
    }
}

/// A long list of numbers ("1, 2, 3, …", 5,000 of them) is walked a few numbers each way for a draw, not to its ends
/// (each number walked the whole list: quadratic, 200,000 numbers took over a minute); each is a count.
@Suite struct LongListOfNumbersTests {
    @Test func everyNumberIsACount() {
        let text = (1...5_000).map { String($0 % 90 + 1) }.joined(separator: ", ") + "."
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.count == 5_000)
        #expect(figures.allSatisfy { $0.kind == .count })
    }

    /// Thousands of "the next day" and "the following Monday" are looked up, not searched for (quadratic: 60,000 took
    /// over a minute), and each counts from the day before it.
    @Test func manyDaysCountedFromDays() {
        let text = String(repeating: "He arrived on May 2 and left the next day. The following Monday he returned. ", count: 1_000)
        let dates = FigureExtractor.extract(from: text, options: ExtractionOptions(published: CalendarDate(year: 2026, month: 12, day: 4)))
            .filter { $0.kind == .date }
        #expect(dates.count == 3_000)
        #expect(dates.filter { $0.text == "the next day" }.allSatisfy { $0.date == DateSpan(start: "2026-05-03", end: "2026-05-03") })
        #expect(
            dates.filter { $0.text == "The following Monday" }.allSatisfy { $0.date == DateSpan(start: "2026-05-04", end: "2026-05-04") })
    }
}

/// "a couple of", and a scale written once for both ends of a range.
@Suite struct CoupleAndSharedScaleTests {
    @Test(arguments: [
        ("«A couple» of protesters were arrested.", "2"), ("They hired «a couple hundred» workers.", "200"),
        ("«a couple of thousand» fans came.", "2000"), ("They sold «a couple dozen» eggs.", "24"),
    ])
    func couple(_ marked: String, _ value: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.value?.description == value)
        #expect(figure.bound == .approx)
    }

    @Test(arguments: ["A couple married in June.", "The couple had a dog."])
    func coupleAlone(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("«Two to three thousand» people came.", "2000", "3000"), ("«Between 2 and 3 million» people fled.", "2000000", "3000000"),
        ("It had «12 to 15» members.", "12", "15"),
    ])
    func sharedScale(_ marked: String, _ low: String, _ high: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.bound == .range)
        #expect(figure.value?.description == low)
        #expect(figure.high?.description == high)
    }

    @Test func sharedScaleInMoney() throws {
        let figure = try #require(only("It costs $5-10 billion.", kind: .money))
        #expect(figure.value?.description == "5000000000")
        #expect(figure.high?.description == "10000000000")
    }

    /// "£20-30m": a single-letter scale at the high end scales the low end too.
    @Test(arguments: [("The deal is worth £20-30m.", "GBP"), ("The project will cost $2-3m.", "USD")])
    func sharedLetterScaleInMoney(_ text: String, _ unit: String) throws {
        let figure = try #require(only(text, kind: .money))
        #expect(figure.value?.description == (unit == "GBP" ? "20000000" : "2000000"))
        #expect(figure.high?.description == (unit == "GBP" ? "30000000" : "3000000"))
        #expect(figure.unit == unit)
    }

    /// Outside money, "mm" is millimetres: no count of millions.
    @Test(arguments: ["Up to 15mm of rain fell overnight.", "Police found a 9mm pistol.", "Up to 15 mm of rain fell."])
    func millimetresAreNoMillions(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { ($0.value?.doubleValue ?? 0) < 1000 }, "\(text)")
    }

    /// A low end larger than the scaled high end is no range.
    @Test func noRangeDownwards() {
        let figures = FigureExtractor.extract(from: "Scores ran 3000 to 2 thousand.").filter { $0.kind == .count }
        #expect(figures.allSatisfy { $0.bound != .range })
    }
}

/// "1 or 2 percent", "two or three million": the unit or scale written once makes one range.
@Suite struct AlternativeRangeTests {
    @Test(arguments: [
        ("Prices rose «1 or 2 percent».", FigureKind.percent, "1", "2"),
        ("It sold «two or three million» copies.", .count, "2000000", "3000000"),
        ("It costs «$2 or 3 billion».", .money, "2000000000", "3000000000"),
    ])
    func alternatives(_ marked: String, _ kind: FigureKind, _ low: String, _ high: String) throws {
        let figure = try #require(expectSpans(marked, kind: kind).first)
        #expect(figure.bound == .range)
        #expect(figure.value?.description == low)
        #expect(figure.high?.description == high)
    }

    @Test(arguments: ["One or two people came.", "It took 10 or more days.", "Aged 18 or over, 5 or 6 people came."])
    func noRange(_ text: String) {
        #expect(FigureExtractor.extract(from: text).allSatisfy { $0.bound != .range }, "\(text)")
    }
}

/// NumberRules.measurementUnits and measurementWordsBefore: a number with a unit of measurement is a
/// measurement, not things counted; a plural noun after the number still makes a count.
@Suite struct MeasurementRuleTests {
    @Test(arguments: [
        "The car has an 82 kWh battery and makes 275 horsepower.",
        "It puts out 151 PS along with 197 Nm of torque.",
        "Add 300 g of flour and 1 tsp. olive oil.",
        "Winds of 130 mph battered the coast.",
        "Temperatures fell to -5 degrees.",
        "The reading hit 30°C at noon.",
        "A magnitude 7.4 earthquake struck the coast.",
        "The car has a 20.7 cubic foot trunk.",
        "The plant adds 3 GW of capacity.",
        // A unit glued to a range's high end measures the low end too (and "2-3pm" is a time).
        "Forecasters expect 5-10cm of snow.",
        "Waves of 3 to 4m battered the coast.",
        "The plant will produce 20-30MW.",
        "The office is open 2-3pm on Mondays.",
    ])
    func measurementsAreNoCounts(_ text: String) {
        expectSpans(text, kind: .count)
    }

    /// A rate's divisor ("per 100,000") counts nothing; its dividend still does.
    @Test func rateDivisorsAreNoCounts() {
        expectSpans("The rate is «45» per 100,000.", kind: .count)
        expectSpans("There were «12» cases per 100,000 people.", kind: .count)
        expectSpans("He got «1» share per ten held.", kind: .count)
    }

    @Test(arguments: [
        ("The storm cut power to «130» homes.", "homes"),
        ("The trail runs «277» miles.", "miles"),
        ("Engineers tested «12» batteries.", "batteries"),
        ("They ran «5-10» laps every day.", "laps"),
        ("The county recorded «3.2» burglaries per 1,000 residents.", "burglaries"),
    ])
    func countsStay(_ marked: String, _ subject: String) {
        let figures = expectSpans(marked, kind: .count)
        #expect(figures.first?.subject == subject)
    }
}
