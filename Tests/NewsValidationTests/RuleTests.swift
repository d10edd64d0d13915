import NewsFigures
import Testing

@testable import NewsValidation

/// Each rule on short texts: cases that must fire and cases that must not.
@Suite struct RuleTests {
    static func findings(_ text: String, published: String = "2024-10-30", rule: any ValidationRule) -> [Finding] {
        var options = ExtractionOptions()
        options.published = CalendarDate(iso: published)
        let figures = FigureExtractor.extract(from: text, options: options)
        return Validator.validate(body: text, figures: figures, published: CalendarDate(iso: published), rules: [rule])
    }

    static func rules(_ text: String, _ rule: any ValidationRule) -> [String] {
        findings(text, rule: rule).filter { $0.severity != .info }.map(\.rule)
    }

    @Test func sharesOfOneWhole() {
        let rule = SharesRule()
        #expect(
            Self.rules(
                "Among the buyers, 63.9 percent represent food, 37.5 percent are from technology and 18.6 percent focus on goods.", rule)
                == ["shares.total"])
        #expect(
            Self.rules(
                "Among the buyers, 33.9 percent represent food, 24.2 percent are from technology and 18.6 percent focus on goods.", rule
            ).isEmpty)
        #expect(Self.rules("Sales rose 80 percent and profit climbed 30 percent last year.", rule).isEmpty)
        #expect(Self.rules("Inflation was 60 percent and unemployment reached 50 percent.", rule).isEmpty)
        // Shares of different wholes, degrees, shares that already make the whole, rounding.
        #expect(
            Self.rules("Among voters under 30, 62 percent backed Biden, while among those over 65, 52 percent backed Trump.", rule)
                .isEmpty)
        #expect(Self.rules("About 64 percent of the renters said so, and 58 percent of the landlords reported lost income.", rule).isEmpty)
        #expect(Self.rules("The vaccine was 95 percent effective, and 42 percent of the participants were over 55.", rule).isEmpty)
        #expect(Self.rules("Of the 1,200 adults, 54 percent were women, 46 percent were men and 38 percent were over 50.", rule).isEmpty)
        #expect(Self.rules("Among those polled, 34 percent approved, 34 percent disapproved and 33 percent had no opinion.", rule).isEmpty)
        // "accounts for", "makes up" are share words; answers the text says overlap are no whole.
        #expect(Self.rules("Leeds accounts for 48% of staff, Glasgow for 37% and Cardiff for 22%.", rule) == ["shares.total"])
        #expect(Self.rules("Leeds accounts for 41% of staff, Glasgow for 37% and Cardiff for 22%.", rule).isEmpty)
        #expect(Self.rules("Respondents could choose more than one answer: 64% of them cited price and 58% cited quality.", rule).isEmpty)
        #expect(Self.rules("Of the respondents, 64% cited price and 58% cited quality.", rule) == ["shares.total"])
        #expect(
            Self.rules("Among those polled, 36 percent approved, 34 percent disapproved and 33 percent had no opinion.", rule) == [
                "shares.total"
            ])
        #expect(
            Self.rules("The poll showed Smith with 48 percent, Jones with 46 percent and 9 percent undecided.", rule) == ["shares.total"])
        #expect(Self.rules("Of the 500 cases, 60 percent were over 65 and 50 percent under 30.", rule) == ["shares.total"])
        // The same share compared across wholes or times is no split of one whole; one date alone
        // between two shares does not make two periods.
        #expect(Self.rules("Women accounted for 52 percent of graduates in 2020, down from 58 percent in 2010.", rule).isEmpty)
        #expect(Self.rules("Turnout among young voters was 55%, compared with 71% among those over 65.", rule).isEmpty)
        // A head-to-head is one whole; an earlier value after "up from" is of no group.
        #expect(Self.rules("Among voters, 55% back Smith vs 50% for Jones.", rule) == ["shares.total"])
        #expect(Self.rules("Among voters, 55 percent said yes, up from 50 percent, and 40 percent said no.", rule).isEmpty)
        #expect(Self.rules("The poll put his approval at 58 percent in January and 49 percent in February.", rule).isEmpty)
        #expect(
            Self.rules("Of the budget, 62 percent goes to salaries in 2021, and 48 percent to operations.", rule) == ["shares.total"])
        let long = Self.findings(
            "Of all participants, 77 percent were over 26, 65 percent were white, 11.9 percent black and 15.4 percent Hispanic.", rule: rule
        )
        #expect(long.map(\.severity) == [.warning])
    }

    @Test func partAndWhole() {
        let rule = PartWholeRule()
        #expect(
            Self.rules("The province signed 24 foreign investment projects last year, and 25 have materialized.", rule) == ["part-whole"])
        #expect(Self.rules("The province signed 26 foreign investment projects last year, and 25 have materialized.", rule).isEmpty)
        #expect(Self.rules("Officials said 25 of 24 projects were finished.", rule) == ["part-whole"])
        #expect(Self.rules("Officials said 25 of the 26 projects were finished.", rule).isEmpty)
        #expect(Self.rules("The dealer sold 500 cars in 2019 and 700 in 2020.", rule).isEmpty)
        // Counts of two periods: a date between whole and part, and another date.
        #expect(Self.rules("The airline cancelled 40 flights on Monday, and 55 were cancelled on Tuesday.", rule).isEmpty)
        #expect(Self.rules("The school had 300 pupils last year; this year 320 are enrolled.", rule).isEmpty)
        #expect(Self.rules("Inspectors visited 85 restaurants in January, and 92 were cited for violations.", rule) == ["part-whole"])
        // The day of the report is no second period.
        #expect(
            Self.rules("Officials signed 24 projects on Monday and 25 have materialized, officials said on Tuesday.", rule) == [
                "part-whole"
            ])
    }

    /// A part restated after ", or" as a percentage, or a fraction restated as a count, agrees with its whole.
    @Test func restatedParts() {
        let rule = PartWholeRule()
        #expect(Self.rules("Some 120 of the plant's 400 workers, or 45 percent, went on strike.", rule) == ["part-whole"])
        #expect(Self.rules("Some 120 of the plant's 400 workers, or 30 percent, went on strike.", rule).isEmpty)
        #expect(Self.rules("Some 120 of the plant's 400 workers, or 32 percent, went on strike.", rule).isEmpty)  // approximate
        #expect(Self.rules("Exactly 120 of the 400 workers, or 35 percent, went on strike.", rule) == ["part-whole"])
        #expect(Self.rules("About a third of the firm's 90 employees, or 45 people, will go.", rule) == ["part-whole"])
        #expect(Self.rules("About a third of the firm's 90 employees, or 30 people, will go.", rule).isEmpty)
        // A percentage of another whole is no restatement.
        #expect(Self.rules("Some 120 of the 400 workers, or 45 percent of the night shift, walked out.", rule).isEmpty)
        #expect(
            Self.findings("Some 120 of the plant's 400 workers, or 45 percent, went on strike.", rule: rule).map(\.message) == [
                "Some 120 of 400 is 30 percent, not the 45 percent stated"
            ])
    }

    @Test func changeArithmetic() {
        let rule = ChangeArithmeticRule()
        let derived = Self.findings("The province is hosting 43 events during the expo, an increase of 17 from last year.", rule: rule)
        #expect(derived.map(\.message) == ["43 events, increase of 17: 26 last year"])
        #expect(derived.map(\.severity) == [.info])
        let percent = Self.findings("Some 4,230 companies took part, surging 73.8 percent from last year.", rule: rule)
        #expect(percent.map(\.message) == ["Some 4,230 companies, increase of 73.8 percent: about 2,434 last year"])
        #expect(Self.rules("The province is hosting 43 events, an increase of 17 from last year's 20.", rule) == ["change.mismatch"])
        #expect(Self.rules("The province is hosting 43 events, an increase of 17 from last year's 26.", rule).isEmpty)
        #expect(Self.rules("Revenue rose 3.5 percent to $27.2 billion from $26.28 billion.", rule).isEmpty)
        #expect(Self.rules("Revenue rose 3.5 percent to $27.2 billion from $20 billion.", rule) == ["change.mismatch"])
        #expect(Self.findings("Sales rose 5 percent.", rule: rule).isEmpty)
        // The levels are rounded as written: "$1.1 billion from $1 billion" may be a 6% rise.
        #expect(Self.rules("Revenue rose 6% to $1.1 billion from $1 billion a year earlier.", rule).isEmpty)
        #expect(Self.rules("Revenue rose 6% to $1.1 billion from $0.8 billion a year earlier.", rule) == ["change.mismatch"])
        // After "to", a count needs no noun to be the new level.
        #expect(Self.rules("Sales rose 10% to 120 from 100.", rule) == ["change.mismatch"])
        #expect(Self.rules("Sales rose 20% to 120 from 100.", rule).isEmpty)
        // A new level carrying a change must move that way from the earlier level beside it.
        #expect(Self.rules("Home sales fell to 30 from 25 last month.", rule) == ["change.mismatch"])
        #expect(Self.rules("The pass rate rose to 87 percent from 91 percent.", rule) == ["change.mismatch"])
        #expect(Self.rules("The jobless rate fell to 6.2 percent in February from 5.8 percent.", rule) == ["change.mismatch"])
        #expect(Self.rules("Unemployment fell from 4.2% to 4.8% in March.", rule) == ["change.mismatch"])
        #expect(Self.rules("Median income was $39,014, up from $40,373.", rule) == ["change.mismatch"])
        #expect(Self.rules("Home sales fell to 25 from 30 last month.", rule).isEmpty)
        #expect(Self.rules("Median income was $39,014, up from $38,373.", rule).isEmpty)
        // Ranks climb as their number falls; a deficit "improves" as it shrinks.
        #expect(Self.rules("The golfer climbed to 12 from 30 in the world rankings.", rule).isEmpty)
        #expect(Self.rules("The deficit improved to $20 billion from $30 billion.", rule).isEmpty)
        #expect(Self.rules("Unemployment fell from 5.2% to 4.8% in March.", rule).isEmpty)
        // Another change's "from" is not this level's earlier one.
        #expect(Self.rules("Scores increased from 1061 to 1128 and other scores increased from 5425 to 5641.", rule).isEmpty)
        // Whole amounts are exact: "$2 billion from $1 billion" is a 100% rise, not 10%.
        #expect(Self.rules("Revenue rose 10% to $2 billion from $1 billion.", rule) == ["change.mismatch"])
        // A level after "to" is no amount of change: no arithmetic from it ...
        #expect(Self.findings("AirPods are down to $164.99 from $199.", rule: rule).isEmpty)
        // ... but it must still be lower than the earlier level ("down to $164.99 from $139" is not).
        #expect(Self.rules("AirPods are down to $164.99 from $139.", rule) == ["change.mismatch"])
        // A change of an object named before "by" is not a change of the figure before it.
        #expect(
            Self.findings(
                "Drinking 17 ounces of water decreased the number of calories consumed by 13%, compared with 8 in a control group.",
                rule: rule
            ).isEmpty)
        #expect(Self.findings("Tariffs cost $63.1 billion, while lowering wages by 0.16 percent.", rule: rule).isEmpty)
        // A level and its earlier level ("up from") state no amount of change to pair with a figure before.
        #expect(Self.findings("The dealer sold cars for $45,000 and the average was $39,014, up from $38,373.", rule: rule).isEmpty)
        // "increased by 17", "surging by 73.8 percent": the change word itself stands before "by".
        #expect(Self.rules("The province is hosting 43 events, increased by 17 from last year's 20.", rule) == ["change.mismatch"])
        #expect(
            Self.findings("Some 4,230 companies took part, surging by 73.8 percent from last year.", rule: rule).map(\.message)
                == ["Some 4,230 companies, increase of 73.8 percent: about 2,434 last year"])
    }

    /// The ways news writes a change with both its levels: "rose 18% from X to Y", "jumped 25 percent, from
    /// 40 to 50", "went from 100 to 120, a 50% increase", "rose 50% to 120, up from 100", "rose from 58
    /// percent in January to 51 percent in March"; and a rate compared with its own earlier rate, which
    /// moves the way "up"/"down" says, not the way the change it states does.
    @Test func changesWithBothLevels() {
        let rule = ChangeArithmeticRule()
        #expect(Self.rules("Revenue rose 18% from $214 million to $236 million.", rule) == ["change.mismatch"])
        #expect(Self.rules("Revenue rose 10% from $214 million to $236 million.", rule).isEmpty)
        #expect(Self.rules("Membership jumped by 25 percent, from 40 to 60.", rule) == ["change.mismatch"])
        #expect(Self.rules("Membership jumped by 25 percent, from 40 to 50.", rule).isEmpty)
        #expect(Self.rules("Membership rose by 17, from 26 to 45.", rule) == ["change.mismatch"])
        #expect(Self.rules("Membership rose by 17, from 26 to 43.", rule).isEmpty)
        #expect(Self.rules("Sales went from 100 units to 120 units, a 50% increase.", rule) == ["change.mismatch"])
        #expect(Self.rules("Sales went from 100 units to 120 units, a 20% increase.", rule).isEmpty)
        #expect(Self.rules("Sales rose 50% to 120 units, up from 100 units.", rule) == ["change.mismatch"])
        #expect(Self.rules("Sales rose 20% to 120 units, up from 100 units.", rule).isEmpty)
        #expect(Self.rules("Support rose from 58 percent in January to 51 percent in March.", rule) == ["change.mismatch"])
        #expect(Self.rules("Support rose from 51 percent in January to 58 percent in March.", rule).isEmpty)
        // The rate of a rise came down: no finding; "up from" a higher rate is one.
        #expect(Self.rules("Consumer prices rose 3.2% in February, down from 3.4% in January.", rule).isEmpty)
        #expect(Self.rules("The economy grew 1.1% in the fourth quarter, down from 1.5% in the third.", rule).isEmpty)
        #expect(Self.rules("Consumer prices rose 3.2% in February, up from 3.4% in January.", rule) == ["change.mismatch"])
        // The levels' nouns and dates between them; the change's noun or a short period before "to".
        #expect(Self.rules("The count climbed 35 percent, from 1,240 people in 2022 to 1,488 in 2023.", rule) == ["change.mismatch"])
        #expect(Self.rules("The count climbed 20 percent, from 1,240 people in 2022 to 1,488 in 2023.", rule).isEmpty)
        #expect(Self.rules("Sales grew from 12,000 in 2022 to 15,600 in 2023, a 40% jump.", rule) == ["change.mismatch"])
        #expect(Self.rules("Sales grew from 12,000 in 2022 to 15,600 in 2023, a 30% jump.", rule).isEmpty)
        #expect(
            Self.rules("Enrollment increased by 250 students to 4,100 this fall, up from 3,750 last year.", rule) == ["change.mismatch"])
        #expect(Self.rules("Enrollment increased by 350 students to 4,100 this fall, up from 3,750 last year.", rule).isEmpty)
        #expect(Self.rules("Prices rose 7.5% year on year to an average of £285,000, up from £250,000.", rule) == ["change.mismatch"])
        #expect(Self.rules("Prices rose 14% year on year to an average of £285,000, up from £250,000.", rule).isEmpty)
        #expect(Self.rules("The club recorded 43 wins, an increase of 17 over last season's 20.", rule) == ["change.mismatch"])
        // A multiple's levels stand in its ratio (a tenth either way; past it after "more than").
        #expect(Self.rules("Membership doubled from 40 to 60.", rule) == ["change.mismatch"])
        #expect(Self.rules("Membership doubled from 40 to 85.", rule).isEmpty)
        #expect(Self.rules("Sales tripled to 90,000 from 40,000.", rule) == ["change.mismatch"])
        #expect(Self.rules("Sales tripled to 120,000 from 40,000.", rule).isEmpty)
        #expect(Self.rules("Costs halved from 80 to 50.", rule) == ["change.mismatch"])
        #expect(Self.rules("Costs halved from 80 to 40.", rule).isEmpty)
        #expect(Self.rules("Revenue more than doubled from $2 billion to $3.6 billion.", rule) == ["change.mismatch"])
        #expect(Self.rules("Revenue more than doubled from $2 billion to $4.6 billion.", rule).isEmpty)
        #expect(
            Self.findings("Membership doubled from 40 to 60.", rule: rule).map(\.message) == [
                "40 to 60 is 1.5 times the earlier level, not what \"doubled\" states"
            ])
        // A clause between the change and "to" is another figure's: "fell 5% as sales dropped to 120".
        #expect(Self.findings("Shares fell 5% as unit sales dropped to 120 units.", rule: rule).isEmpty)
    }

    /// Messages write numbers as a reader does: grouped digits, scale words, the currency once.
    @Test func readableMessages() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.findings("Revenue rose 3.5 percent to $27.2 billion.", rule: rule).map(\.message) == [
                "$27.2 billion, increase of 3.5 percent: about $26.28 billion before"
            ])
        #expect(
            Self.findings("The pound rose 0.05% to $1.1075.", rule: rule).map(\.message) == [
                "$1.1075, increase of 0.05%: about $1.1069 before"
            ])
        #expect(
            Self.findings("A pint rose 8% to 57 pence.", rule: rule).map(\.message) == [
                "57 pence (GBP), increase of 8%: about 52.78 pence before"
            ])
        #expect(
            Self.findings("Sales fell 10 percent to 30,154 cars.", rule: rule).map(\.message) == [
                "30,154 cars, decrease of 10 percent: about 33,504 before"
            ])
        #expect(1_037_735_849.0.readable == "1.038 billion" && 15_500.0.readable == "15,500" && 0.5.readable == "0.5")
    }

    @Test func totals() {
        let rule = TotalsRule()
        #expect(Self.rules("The city planned 45 events, including 30 forums and 20 exhibitions.", rule) == ["totals.parts"])
        #expect(Self.rules("The city planned 45 events, including 20 forums and 10 exhibitions.", rule).isEmpty)
        let derived = Self.findings("The province has planned 23 events, such as the summit, plus 22 other activities.", rule: rule)
        #expect(derived.map(\.rule) == ["totals.derived"] && derived.first?.message.hasSuffix("make 45 in all") == true)
        #expect(Self.rules("For 2 burgers you need: 1 beet of 150 grams and 2 spoons of vinegar.", rule).isEmpty)
        // "includes" is no cue: what a verb lists may overlap ("The 650-seat parliament includes 263 women and
        // 400 first-time MPs").
        #expect(Self.rules("The 650-seat parliament includes 263 women and 400 first-time MPs.", rule).isEmpty)
        // A whole that opens its sentence and counts of the same things after it: a warning.
        let flights = Self.findings(
            "Of the 250 flights scheduled on Monday, 180 departed on time, 60 were delayed and 30 were cancelled.", rule: rule)
        #expect(flights.map(\.rule) == ["totals.parts"] && flights.map(\.severity) == [.warning])
        #expect(flights.first?.message == "parts 180 + 60 + 30 = 270 exceed the total 250")
        #expect(Self.rules("Of the 250 flights scheduled, 180 departed on time, 50 were delayed and 20 were cancelled.", rule).isEmpty)
        // Counts of two days, or counts the text says overlap, are no parts of one whole.
        #expect(Self.rules("Of 40 players, 30 were fit on Monday and 25 trained on Tuesday.", rule).isEmpty)
        // Two counts are as often two dimensions of the whole.
        #expect(Self.rules("Of the 500 staff, 300 are women and 250 are over 50.", rule).isEmpty)
        #expect(Self.rules("Of the 300 patients, 210 were over 65 and 180 had diabetes; many fell into both groups.", rule).isEmpty)
    }

    @Test func dates() {
        let rule = DateConsistencyRule()
        #expect(Self.rules("Officials announced the results on Friday, November 7, 2020.", rule) == ["dates.weekday"])
        #expect(Self.rules("Officials announced the results on Saturday, November 7, 2020.", rule).isEmpty)
        #expect(Self.rules("The fair runs Nov 10–5 in Shanghai.", rule) == ["dates.range-order"])
        #expect(Self.rules("The fair runs Nov 5–10 in Shanghai.", rule).isEmpty)
        // Backwards with the year at one end only: reported, not read as a year-long span.
        #expect(Self.rules("The hearing was held between March 12 and March 8, 2024.", rule) == ["dates.range-order"])
        // Two days written in full, backwards: one range as written, reported.
        #expect(Self.rules("The sale runs from December 20, 2024 to December 12, 2024.", rule) == ["dates.range-order"])
        #expect(Self.rules("The sale runs from December 12, 2024 to December 20, 2024.", rule).isEmpty)
        // Two years written as a span, backwards (the extractor reads them as two years): reported.
        #expect(Self.rules("The study covered the years between 2019 and 2015.", rule) == ["dates.range-order"])
        #expect(Self.rules("The study covered the years between 2015 and 2019.", rule).isEmpty)
        #expect(Self.rules("The expo closed on November 21, 2024, officials said.", rule) == ["dates.future-in-past"])
        #expect(Self.rules("The expo will open on November 21, 2024, officials said.", rule).isEmpty)
        #expect(Self.rules("Shotwell said missions could begin in 2026.", rule).isEmpty)
        // A later year or month in a past-tense sentence is no claim about a day (published 2024-10-30).
        #expect(Self.rules("The odds of full funding in fiscal year 2025 were dwindling, he said.", rule).isEmpty)
        #expect(Self.rules("The board approved the budget for December 2024 last week.", rule).isEmpty)
        #expect(Self.rules("The board said the vote was held on December 3, 2024.", rule) == ["dates.future-in-past"])
        // The verb just before the date tells its tense; "to", "through", "until" look ahead.
        #expect(Self.rules("The deal, which was signed on November 30, 2024, will create 500 jobs.", rule) == ["dates.future-in-past"])
        #expect(Self.rules("The measure, which was signed in September, funds the state through December 11, 2024.", rule).isEmpty)
        #expect(Self.rules("The board said the new fares take effect on January 3, 2025.", rule).isEmpty)
        #expect(Self.rules("The company said its meeting was moved to December 15, 2024, because of the storm.", rule).isEmpty)
        #expect(Self.rules("Officials said the deadline was extended to January 31, 2025.", rule).isEmpty)
        #expect(Self.rules("The meeting was held in Paris, France on December 20, 2024.", rule) == ["dates.future-in-past"])
        #expect(Self.rules("The work was completed by December 20, 2024.", rule) == ["dates.future-in-past"])
        // A time of day after a date ends no range of days: "Aug. 9 to 6:30 a.m." is not Aug. 9–6.
        #expect(Self.rules("No checks were made from 10:30 p.m. Aug. 9 to 6:30 a.m. the next morning.", rule).isEmpty)
        // A day the extractor inferred is not the article's claim: "Saturday, May 18" with no year.
        #expect(Self.rules("The show on Saturday, May 18 was sold out.", rule).isEmpty)
    }

    @Test func plausibility() {
        let rule = PlausibilityRule()
        #expect(Self.rules("It holds a 160-percent share of the market.", rule) == ["plausibility.share-over-100"])
        #expect(Self.rules("Sales were up 150 percent from last year.", rule).isEmpty)
        #expect(Self.rules("It holds a 60-percent share of the market.", rule).isEmpty)
        #expect(Self.rules("The fund lost $2,000 trillion.", rule) == ["plausibility.money-scale"])
        #expect(Self.rules("The fund is worth $15.7 billion.", rule).isEmpty)
        let negative = Validator.validate(
            body: "-5 buyers",
            figures: [Figure(kind: .count, text: "-5", start: 0, end: 2, value: DecimalValue(-5), subject: "buyers", sentence: 0)],
            rules: [rule])
        #expect(negative.map(\.rule) == ["plausibility.negative-count"])
        // A count with no subject may be a temperature; a net figure may be below zero.
        let noSubject = Validator.validate(
            body: "-5", figures: [Figure(kind: .count, text: "-5", start: 0, end: 2, value: DecimalValue(-5), sentence: 0)], rules: [rule])
        #expect(noSubject.isEmpty)
        #expect(Self.rules("Net migration to the city was -12,000 people in 2019.", rule).isEmpty)
        // Ratios to a level that may be exceeded are no shares.
        #expect(Self.rules("Public debt stood at 131 percent of the economy's output.", rule).isEmpty)
        #expect(Self.rules("Hospitals were at 115 percent of their capacity.", rule).isEmpty)
        #expect(Self.rules("Smith won 112 percent of the vote in the district.", rule) == ["plausibility.share-over-100"])
        // Whole words and the head noun only: "the low-income district", "the speaker" are no such wholes.
        #expect(Self.rules("She won 105 percent of the vote in the low-income district.", rule) == ["plausibility.share-over-100"])
        // A currency of small units has its own scale.
        #expect(Self.rules("The 2021 budget is Rp 2,750 trillion.", rule).isEmpty)
        #expect(Self.rules("The 2021 budget is Rp 2,750,000,000 trillion.", rule) == ["plausibility.money-scale"])
    }

    /// Hostile records and huge values: findings, never a trap.
    @Test func hostileValuesDoNotTrap() {
        let body = "Some 45 events were held."
        var figure = Figure(kind: .count, text: "45", start: 5, end: Int.max, value: DecimalValue(45), sentence: 0)
        #expect(Validator.validate(body: body, figures: [figure]).map(\.rule) == ["schema.figure-span"])
        figure.start = Int.min
        figure.end = 7
        figure.change = Change(direction: .increase, reference: nil)
        #expect(Validator.validate(body: body, figures: [figure]).contains { $0.rule == "schema.figure-span" })
        let huge = "The city planned 45 events, including 9,000,000,000,000,000,000 forums and 9,000,000,000,000,000,000 exhibitions."
        #expect(Self.rules(huge, TotalsRule()) == ["totals.parts"])
        let many = (0..<(Validator.maximumFigures + 1)).map { _ in Figure(kind: .count, text: "x", start: 0, end: 1, sentence: 0) }
        #expect(Validator.validate(body: "x", figures: many).last?.rule == "validation.skipped")
    }

    @Test func spans() {
        let body = "Sales rose 12 percent."
        let good = Figure(kind: .percent, text: "12 percent", start: 11, end: 21, sentence: 0)
        var bad = good
        bad.end = 25
        #expect(Validator.validate(body: body, figures: [good], rules: [FigureSpanRule()]).isEmpty)
        #expect(Validator.validate(body: body, figures: [bad], rules: [FigureSpanRule()]).map(\.rule) == ["schema.figure-span"])
    }
}

/// One long sentence of many figures: every rule reads it in time linear or near it (three rules built text or sums
/// anew for every pair of figures: 9 KB of "rose 5% compared with the previous year and" took 6 s, 80 KB minutes), and
/// the findings are those of the short sentence repeated.
@Suite struct LongSentenceRuleTests {
    static func findings(_ sentence: String, times: Int, last: String = "the end.") -> [Finding] {
        let text = String(repeating: sentence, count: times) + last
        var options = ExtractionOptions()
        options.published = CalendarDate(year: 2024, month: 3, day: 15)
        let figures = FigureExtractor.extract(from: text, options: options)
        return Validator.validate(body: text, figures: figures, published: options.published)
    }

    @Test func changesPartsAndShares() {
        // A change with no current value: nothing to derive.
        #expect(Self.findings("rose 5% compared with the previous year and ", times: 800).isEmpty)
        // Each part refers back to the whole just before it, and is smaller.
        #expect(Self.findings("Of 26 projects, 25 have materialized and ", times: 800).filter { $0.rule == "part.whole" }.isEmpty)
        // Levels moving the way their changes say, but the last (the rank words are looked for around each level
        // only, not in the whole sentence for each).
        let levels = Self.findings("rose to 5 from 4 and fell to 3 from 6 and ", times: 400, last: "rose to 2 from 9.")
        #expect(
            levels.filter { $0.rule == "change.mismatch" }.map(\.message) == ["2 is stated as a rise, but it is lower than the earlier 9"])
        // Each total with parts over it (its parts are looked for within reach only).
        let totals = Self.findings("45 events, including 30 forums and 20 exhibitions, and ", times: 400)
        #expect(totals.filter { $0.rule == "totals.parts" }.count == 400)
        // Shares of one whole, 40% each: one group, over 100% (one warning that adds them all up).
        let shares = Self.findings("$5 billion, or 40% of the total, ", times: 800).filter { $0.rule.hasPrefix("shares") }
        #expect(shares.map(\.rule) == ["shares.total"])
        #expect(shares.first?.message.hasPrefix("shares of one whole add up to 32000 percent") == true)
    }
}

/// The validation audit of this round (120 new articles): each test pairs what it found with the
/// consistent forms that must stay quiet.
@Suite struct AuditRoundRuleTests {
    static func messages(_ text: String, _ rule: any ValidationRule, severity: Severity? = nil) -> [String] {
        RuleTests.findings(text, published: "2025-06-15", rule: rule).filter { severity == nil || $0.severity == severity }.map(\.message)
    }

    /// A fraction in words is a relative change ("by a quarter" is 22.5 to 27.5 percent), not 0.25 of a unit.
    @Test func fractionsInWordsAreRelativeChanges() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.messages("Tourist arrivals fell by a quarter to 600,000 from 720,000.", rule, severity: .error)
                == ["600,000 with a quarter implies about 800,000 before, but the article states 720,000"])
        #expect(Self.messages("Tourist arrivals fell by a quarter to 600,000 from 800,000.", rule, severity: .error).isEmpty)
        #expect(Self.messages("Membership rose by a third to 800,000 from 600,000.", rule, severity: .error).isEmpty)
        #expect(
            Self.messages("Sales slumped by a fifth to £40m.", rule) == ["£40m, decrease of a fifth: about £50 million before"])
    }

    /// Percentage points are the difference of two percentages, rounded as written (a whole number of
    /// points may be one off the rounded shares).
    @Test func percentagePointsAreADifference() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.messages("The jobless rate rose 0.4 percentage points to 4.1% in May from 4.6% in April.", rule, severity: .error)
                == ["4.1% with 0.4 percentage points implies 3.7% before, but the article states 4.6%"])
        #expect(
            Self.messages("Support for the party fell 6 points to 41 per cent, from 49 per cent.", rule, severity: .error)
                == ["41 per cent with 6 points implies 47 per cent before, but the article states 49 per cent"])
        // The object of "raised … by" has its new level after "to".
        #expect(
            Self.messages(
                "The central bank raised its key rate by 0.75 percentage points to 4.5%, from 4% previously.", rule, severity: .error
            )
            .count == 1)
        #expect(
            Self.messages("The jobless rate rose 0.4 percentage points to 4.1% in May from 3.7% in April.", rule, severity: .error).isEmpty)
        #expect(
            Self.messages("Turnout was 62%, up 3 percentage points from 59% in 2019.", rule) == [
                "62%, increase of 3 percentage points: 59% before"
            ])
        #expect(Self.messages("Turnout was 62%, up 4 points from 59% in 2019.", rule, severity: .error).isEmpty)
        #expect(Self.messages("The rate fell to 2.1% from 2.4%, down 0.3 points.", rule) == ["2.1%, decrease of 0.3 points: 2.4% before"])
        // Index points are no percentage points: no percentage beside them, the plain difference.
        #expect(Self.messages("The FTSE 100 fell 40 points to 8,020.", rule) == ["8,020 points, decrease of 40: 8,060 before"])
        // "lowering wages by 0.16 percent" with no level after it stays an object's change.
        #expect(Self.messages("Some 400 workers were hired, lowering wages by 0.16 percent.", rule).isEmpty)
    }

    /// A change after a series is of its last level; an earlier level (after "from") is not the current one;
    /// "to X from Y, a drop of Z%" checks Y.
    @Test func theLevelAChangeIsOf() {
        let rule = ChangeArithmeticRule()
        // A change in points with a comma before its new level: the level before it.
        #expect(Self.messages("Turnout fell 4 points, to 60%.", rule) == ["60%, decrease of 4 points: 64% before"])
        // (18,000 counts the population too, as a count after "and" with its verb left out: the rise is of it, from 15,000.)
        #expect(
            Self.messages(
                "The town's population grew from 12,000 in 2015 to 15,000 in 2020 and 18,000 in 2025, a 20% rise over the last five years.",
                rule
            ) == ["18,000 population, increase of 20%: about 15,000 before"])
        #expect(
            Self.messages("Exports fell to $90 billion from $100 billion, a drop of 20%.", rule, severity: .error)
                == ["$90 billion with 20% implies about $112.5 billion before, but the article states $100 billion"])
        #expect(Self.messages("Exports fell to $80 billion from $100 billion, a drop of 20%.", rule, severity: .error).isEmpty)
        #expect(Self.messages("The company raised its dividend by 5p to 42p.", rule) == ["42p (GBP), increase of 5p: 37p before"])
    }

    /// A level's own noun may stand between it and "from" in the direction check.
    @Test func aLevelsNounBeforeFrom() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.messages("Wheat output fell to 32 million tonnes this year from 29 million tonnes in 2024.", rule, severity: .error)
                == ["32 million is stated as a fall, but it is higher than the earlier 29 million"])
        #expect(
            Self.messages("Wheat output fell to 29 million tonnes this year from 32 million tonnes in 2024.", rule, severity: .error)
                .isEmpty)
        // Another noun is another measure: "fell to 32 million tonnes from 29 million hectares" is not compared.
        #expect(Self.messages("Output fell to 32 million tonnes from 29 million hectares sown.", rule, severity: .error).isEmpty)
    }

    /// "135 of them", "120 of whom, or 45 percent": a part refers back to its whole by a pronoun.
    @Test func partsThatReferBackByAPronoun() {
        let rule = PartWholeRule()
        #expect(
            Self.messages("Inspectors visited 120 restaurants in the district and found that 135 of them had hygiene violations.", rule)
                == ["135 refers back to 120 restaurants but is larger"])
        #expect(Self.messages("Inspectors visited 120 restaurants in the district and found that 35 of them had violations.", rule).isEmpty)
        #expect(
            Self.messages("The factory employs 400 workers, 120 of whom, or 45 percent, are on temporary contracts.", rule)
                == ["120 of 400 is 30 percent, not the 45 percent stated"])
        #expect(Self.messages("The factory employs 400 workers, 120 of whom, or 30 percent, are on temporary contracts.", rule).isEmpty)
        // Parallel counts are no parts.
        #expect(Self.messages("The council approved 18 housing projects in 2023 and 23 in 2024.", rule).isEmpty)
    }

    /// Counts listed right before a total said to be all of them add up to it.
    @Test func statedSums() {
        let rule = TotalsRule()
        #expect(
            Self.messages("The festival held 23 concerts plus 22 workshops, 55 events in all.", rule)
                == ["parts 23 + 22 = 45, but the text gives 55 events in all"])
        #expect(
            Self.messages("The company runs three plants in Spain, four in France and two in Italy, 11 factories in total.", rule)
                == ["parts three + four + two = 9, but the text gives 11 factories in all"])
        #expect(
            RuleTests.findings("It sets aside $30 million for roads and $15 million for bridges, $50 million in total.", rule: rule)
                .map(\.severity) == [.warning])
        #expect(Self.messages("The festival held 23 concerts plus 22 workshops, 45 events in all.", rule).isEmpty)
        #expect(Self.messages("She won 3 golds, 2 silvers and 4 bronzes, 9 medals in all.", rule).isEmpty)
        // A list said to be partial, or in another sentence, is not all the parts.
        #expect(Self.messages("The team won medals including 3 golds and 2 silvers, 9 medals in all.", rule).isEmpty)
        #expect(Self.messages("In 2023 it sold 40 cars and 30 vans. It sold 200 vehicles in total over the decade.", rule).isEmpty)
    }
}

/// The rest of this round's validation audit: weekdays set off after a date, habits that are no whole,
/// and past verbs in a date's own clause.
@Suite struct AuditRoundDateAndShareTests {
    @Test func weekdaysSetOffAfterADate() {
        let rule = DateConsistencyRule()
        #expect(
            AuditRoundRuleTests.messages("The ferry sank on 2 February 2025, a Monday, with 60 people on board.", rule)
                == ["2 February 2025: 2025-02-02 is a Sunday, not a Monday"])
        #expect(AuditRoundRuleTests.messages("The ferry sank on 3 February 2025, a Monday, with 60 people on board.", rule).isEmpty)
        #expect(
            AuditRoundRuleTests.messages("The vote is on 5 March 2025 (Tuesday).", rule)
                == ["5 March 2025: 2025-03-05 is a Wednesday, not a Tuesday"])
        // A weekday's possessive after a comma is another day's: "on 5 March 2025, Tuesday's meeting".
        #expect(AuditRoundRuleTests.messages("The vote was on 5 March 2025, Tuesday's meeting having failed.", rule).isEmpty)
        // The extractor reads no second day from ", a Monday".
        let dates = FigureExtractor.extract(
            from: "The ferry sank on 2 February 2025, a Monday.", options: ExtractionOptions(published: CalendarDate(iso: "2025-06-15"))
        ).filter { $0.kind == .date }
        #expect(dates.map(\.text) == ["2 February 2025"])
    }

    @Test func habitsOfTheirOwnAreNoWhole() {
        let rule = SharesRule()
        #expect(AuditRoundRuleTests.messages("Among the 500 households surveyed, 72% own a car and 45% own a bicycle.", rule).isEmpty)
        #expect(
            AuditRoundRuleTests.messages("Among adults in the city, 62 percent drink coffee daily and 48 percent drink tea daily.", rule)
                .isEmpty)
        // A choice is one whole.
        #expect(
            AuditRoundRuleTests.messages("Among voters, 60% prefer tea and 45% prefer coffee.", rule)
                == ["shares of one whole add up to 105 percent (60% + 45%)"])
    }

    @Test func pastVerbsInTheDatesOwnClause() {
        let rule = DateConsistencyRule()
        #expect(
            AuditRoundRuleTests.messages("Police arrested three men on 20 July 2025 in connection with the robbery.", rule)
                == ["20 July 2025 (2025-07-20) is after the published day 2025-06-15 in a past-tense sentence"])
        #expect(
            AuditRoundRuleTests.messages("The ruling, issued on Thursday, takes effect on September 1, 2025.", rule).isEmpty)
        #expect(AuditRoundRuleTests.messages("The trial, delayed twice, opens on 20 July 2025.", rule).isEmpty)
        #expect(AuditRoundRuleTests.messages("The talks were postponed to 20 July 2025.", rule).isEmpty)
    }
}

/// What the independent review of this round found over-reaching, fixed: each case as the review wrote it.
@Suite struct RoundReviewRuleTests {
    static func messages(_ text: String, _ rule: any ValidationRule, _ published: String = "2024-03-13") -> [String] {
        RuleTests.findings(text, published: published, rule: rule).map(\.message)
    }

    /// Index, score and rating points are no percentage points: the absolute arithmetic stays.
    @Test func pointsOfAnIndex() {
        let rule = ChangeArithmeticRule()
        #expect(Self.messages("The FTSE 100 rose 40 points to 7,700.", rule) == ["7,700 points, increase of 40: 7,660 before"])
        #expect(
            Self.messages("The Dow jumped 500 points to 39,000 from 38,000.", rule).contains(
                "39,000 with 500 implies 38,500 before, but the article states 38,000"))
        #expect(Self.messages("His credit score rose 30 points to 720.", rule) == ["720 points, increase of 30: 690 before"])
    }

    /// A part after "of them" refers to no count when two of different nouns stand before it.
    @Test func pronounPartsWithTwoCandidates() {
        let rule = PartWholeRule()
        #expect(Self.messages("Police recovered 30 phones from 8 suspects, 12 of them stolen.", rule).isEmpty)
        #expect(Self.messages("The bus carried 40 passengers and 2 drivers, 30 of whom were injured.", rule).isEmpty)
        #expect(
            Self.messages("Inspectors visited 120 restaurants and found that 135 of them had violations.", rule)
                == ["135 refers back to 120 restaurants but is larger"])
    }

    /// A total in a clause of its own, or well above its listed parts, is of a wider set.
    @Test func totalsOfAWiderSet() {
        let rule = TotalsRule()
        #expect(Self.messages("Labour won 27 seats in Wales and 37 in Scotland, 411 in total.", rule).isEmpty)
        #expect(Self.messages("She has won two Olympic golds and three world titles, and 20 major medals in all.", rule).isEmpty)
        #expect(Self.messages("Two children and three women died, and 17 people in all were injured.", rule).isEmpty)
        // Close short of it, or past it: a slip.
        #expect(
            Self.messages("Police arrested 12 men and 4 women, 18 people in total, including two teenagers.", rule)
                == ["parts 12 + 4 = 16, but the text gives 18 people in all"])
        #expect(
            Self.messages("There were 12 goals in the first round and 15 in the second, 30 in total.", rule)
                == ["parts 12 + 15 = 27, but the text gives 30 in all"])
    }

    /// "from last year's 120 to 160" after a change: two levels, the earlier one after its date. (The new level counts what
    /// the number before the change does, over the date: "160 reported cases".)
    @Test func earlierLevelAfterItsDate() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.messages("The number of reported cases increased by 30 from last year's 120 to 160.", rule, "2025-06-15")
                == ["160 reported cases, increase of 30: 130 last year", "160 with 30 implies 130 last year, but the article states 120"])
        #expect(
            Self.messages("The number of reported cases increased by 30 from last year's 120 to 150.", rule, "2025-06-15")
                == ["150 reported cases, increase of 30: 120 last year"])
        // With no change before "from", "from last year's 10 to 20" is no pair of levels to check.
        #expect(Self.messages("Temperatures will range from last year's 10 to 20 degrees.", rule, "2025-06-15").isEmpty)
    }

    /// A fraction of a unit is an amount, not a relative change.
    @Test func fractionsOfAUnit() {
        let rule = ChangeArithmeticRule()
        #expect(!Self.messages("Prices fell by a fifth of a cent to $1.20.", rule).contains { $0.contains("$1.5") })
        #expect(Self.messages("Sales slumped by a fifth to £40m.", rule) == ["£40m, decrease of a fifth: about £50 million before"])
    }
}

/// This round's validation audit: multiples with a period between, changes in real terms, levels after a
/// multi-word period, lists after a colon or "in all, with", parts restated as a fraction or a count.
@Suite struct MultiplesAndListsTests {
    static func errors(_ text: String, _ rule: any ValidationRule) -> [String] {
        AuditRoundRuleTests.messages(text, rule).filter { !$0.contains(" before") || $0.contains("but the article") }
    }

    @Test func aMultipleOverLevelsWithAPeriodBetween() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.errors("Ticket sales have doubled since 2023, from 120,000 to 190,000, organisers said.", rule)
                == ["from 120,000 to 190,000 is 1.5833 times the earlier level, not what \"doubled\" states"])
        #expect(
            Self.errors("GP appointments lost halved last year, from 15.4 million to 10.2 million.", rule)
                == ["15.4 million to 10.2 million is 0.6623 times the earlier level, not what \"halved\" states"])
        #expect(
            Self.errors("Solar installations tripled in 2024 to 17 gigawatts from 8 gigawatts in 2023.", rule)
                == ["8 to 17 is 2.125 times the earlier level, not what \"tripled\" states"])
        #expect(
            Self.errors("Rents have nearly tripled in a decade, from 450 euros a month to 1,500 euros.", rule)
                == ["450 euros to 1,500 euros is 3.3333 times the earlier level, not what \"nearly tripled\" states"])
        // The multiple agrees; or another clause stands between it and the levels.
        #expect(Self.errors("Ticket sales have doubled since 2023, from 100,000 to 205,000, organisers said.", rule).isEmpty)
        #expect(Self.errors("GP appointments lost halved last year, from 15.4 million to 7.8 million.", rule).isEmpty)
        #expect(Self.errors("Rents have nearly tripled in a decade, from 450 euros a month to 1,300 euros.", rule).isEmpty)
        #expect(Self.errors("Sales doubled, and the staff grew from 120 to 190 last year.", rule).isEmpty)
    }

    @Test func aChangeInRealTermsIsNotOfTheCashLevels() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.errors(
                "Energy bills fell 12 percent in nominal terms last year, from 1,930 pounds to 1,700 pounds, a real-terms fall of about 16 percent.",
                rule
            ).isEmpty)
        #expect(AuditRoundRuleTests.messages("The budget rises to 182 billion pounds, a real-terms rise of just 0.8%.", rule).isEmpty)
        // In cash the same arithmetic is checked.
        #expect(
            Self.errors("Energy bills fell to 1,700 pounds from 1,930 pounds, a fall of about 16 percent.", rule).count == 1)
    }

    @Test func aLevelAfterAPeriodOfSeveralWordsOrAComma() {
        let rule = ChangeArithmeticRule()
        #expect(
            Self.errors("Output grew 6% in the first quarter to 5,300 gigawatt-hours, up from 4,600 gigawatt-hours a year earlier.", rule)
                == ["5,300 with 6% implies about 5,000 before, but the article states 4,600"])
        #expect(
            Self.errors("Ridership dropped 12 percent in April, to 3.3 million trips, compared with 4.1 million in April last year.", rule)
                == ["3.3 million with 12 percent implies about 3.75 million before, but the article states 4.1 million"])
        #expect(
            Self.errors("Output grew 6% in the first quarter to 5,300 gigawatt-hours, up from 5,000 gigawatt-hours a year earlier.", rule)
                .isEmpty)
        // "on the" states the earlier level too.
        #expect(
            Self.errors("Wind generated 29 percent of the power, an increase of 5 percentage points on the 26 percent of 2023.", rule)
                .count == 1)
        #expect(
            Self.errors("Wind generated 29 percent of the power, an increase of 3 percentage points on the 26 percent of 2023.", rule)
                .isEmpty)
        // "by half" is a change of a half.
        #expect(
            Self.errors("Coal use fell by half to 61 million tonnes, compared with 74 million tonnes a year earlier.", rule)
                == ["61 million with half implies about 122 million before, but the article states 74 million"])
        #expect(Self.errors("Coal use fell by half to 61 million tonnes, compared with 122 million tonnes a year earlier.", rule).isEmpty)
    }

    @Test func listsAfterAColonOrInAllWith() {
        let rule = TotalsRule()
        #expect(
            RuleTests.findings("Kenya won 11 medals in total: five gold, four silver and three bronze.", rule: rule).map(\.message)
                == ["parts five + four + three = 12 exceed the total 11"])
        #expect(RuleTests.rules("Kenya won 12 medals in total: five gold, four silver and three bronze.", rule).isEmpty)
        #expect(
            RuleTests.findings("The coalition won 212 seats in all, with 148 for the Liberals and 71 for the Nationals.", rule: rule)
                .map(\.message) == ["parts 148 + 71 = 219 exceed the total 212"])
        #expect(
            RuleTests.rules(
                "The utility will build 1,500 megawatts of new capacity: 900 megawatts of solar, 450 megawatts of wind and 250 megawatts of storage.",
                rule) == ["totals.parts"])
        // Amounts a package includes: a warning.
        let package = RuleTests.findings(
            "The 2.4 billion pound package includes 1.5 billion pounds for social housing and 1.1 billion pounds for buyers.", rule: rule)
        #expect(package.map(\.severity) == [.warning])
        // The list ends at the clause after its last item.
        #expect(
            RuleTests.rules(
                "The federation of 12 schools, including seven primaries, four secondaries and a special school, employs 1,400 staff.",
                rule
            ).isEmpty)
        // Irregular past verbs after the parts give them the whole's noun ("980 ran on time").
        #expect(
            RuleTests.findings(
                "Of the 1,240 train services scheduled, 980 ran on time, 190 were delayed and 95 were cancelled.", rule: rule
            ).map(\.message) == ["parts 980 + 190 + 95 = 1,265 exceed the total 1,240"])
    }

    @Test func partsRestatedAsAFractionOrACount() {
        let rule = PartWholeRule()
        #expect(
            RuleTests.findings("Of the 1,850 people tested, 148, or 12 per cent, were positive.", rule: rule).map(\.message)
                == ["148 of 1,850 is 8 percent, not the 12 per cent stated"])
        #expect(RuleTests.rules("Of the 1,850 people tested, 148, or 8 per cent, were positive.", rule).isEmpty)
        #expect(
            RuleTests.findings("Some 2,300 of the district's 9,200 teachers, or about a third, are due to retire.", rule: rule)
                .map(\.message) == ["Some 2,300 of 9,200 is 25 percent, not the about a third stated"])
        #expect(RuleTests.rules("Some 2,300 of the district's 9,200 teachers, or about a quarter, are due to retire.", rule).isEmpty)
        #expect(
            RuleTests.findings("About 45 per cent of the fleet's 620 buses, or 340 vehicles, run on batteries.", rule: rule)
                .map(\.message) == ["About 45 per cent of 620 is about 279, not the 340 stated"])
        #expect(RuleTests.rules("About 45 per cent of the fleet's 620 buses, or 280 vehicles, run on batteries.", rule).isEmpty)
    }

    @Test func answersTheTextSaysOverlap() {
        let rule = SharesRule()
        #expect(
            RuleTests.rules(
                "Voters named the economy (62 percent), immigration (48 percent) and health care (41 percent) among their top three issues.",
                rule
            ).isEmpty)
        #expect(
            RuleTests.rules(
                "Of the fans surveyed, 67% watch the Premier League, 42% follow the Champions League and 23% watch the WSL.", rule
            )
            .isEmpty)
        #expect(
            RuleTests.rules(
                "Among voters, 62 percent named the economy and 48 percent immigration. Respondents could name several issues.", rule
            ).isEmpty)
        // A choice of one is still one whole.
        #expect(
            RuleTests.rules("Among voters, 62 percent named the economy as the top issue and 48 percent immigration.", rule)
                == ["shares.total"])
    }
}

/// Near misses of this round's validation rules, from an independent review: no finding.
@Suite struct ValidationNearMissTests {
    @Test func nearMisses() {
        let change = ChangeArithmeticRule()
        #expect(MultiplesAndListsTests.errors("Orders rose 10% to 550 on the back of 400 new orders.", change).isEmpty)
        #expect(MultiplesAndListsTests.errors("Revenue rose 10% to £250m, against costs of £600m.", change).isEmpty)
        // The real-terms change is skipped; the cash change beside it is still checked.
        #expect(
            MultiplesAndListsTests.errors("Spending rose 12% to £48bn from £40bn, a real-terms fall of 3 percent.", change)
                == ["£48bn with 12% implies about £42.86 billion before, but the article states £40bn"])
        let totals = TotalsRule()
        #expect(RuleTests.rules("The report gives three key numbers: 40 deaths, 200 injured and 1,000 homeless.", totals).isEmpty)
        #expect(RuleTests.rules("The £10bn deal includes £6bn of debt and values the firm at £12bn.", totals).isEmpty)
        #expect(RuleTests.rules("Police made 12 arrests on the day: 8 men and 5 women.", totals) == ["totals.parts"])
        #expect(
            RuleTests.rules("Of the 600 workers, 150, or about a third of the night shift, went on strike.", PartWholeRule()).isEmpty)
        #expect(
            RuleTests.rules("Among voters, 60% backed Smith and 50% backed Jones in the top two race.", SharesRule()) == ["shares.total"])
    }
}

/// TotalsRule: a part that names the whole's noun again, beside parts of other nouns, cuts the whole another way.
@Suite struct AnotherCutTests {
    @Test func aPartOfTheWholesNounBesideOthers() {
        let rule = TotalsRule()
        #expect(RuleTests.rules("The party is fielding 620 candidates, including 340 women and 310 candidates under 40.", rule).isEmpty)
        // Parts of one noun with "of" after it are still parts: "900 megawatts of solar, 450 megawatts of wind".
        #expect(
            RuleTests.rules(
                "The utility will build 1,500 megawatts of new capacity: 900 megawatts of solar, 450 megawatts of wind and 250 megawatts of storage.",
                rule) == ["totals.parts"])
        #expect(RuleTests.rules("The outbreak has sickened 87 people, including 52 children and 41 adults.", rule) == ["totals.parts"])
    }
}

/// AveragesRule: an average beside its total and its divisor.
@Suite struct AveragesRuleTests {
    static func messages(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-05-14", rule: AveragesRule()).map(\.message)
    }

    @Test func averagesThatDoNotDivide() {
        #expect(
            Self.messages("The striker scored 24 goals in 30 matches, an average of 1.2 goals a game.")
                == ["24 goals over 30 matches is about 0.8 a game, not the 1.2 stated"])
        #expect(
            Self.messages("The district's 48 schools enrol 19,200 pupils, an average of 500 pupils per school.")
                == ["19,200 pupils over 48 schools is about 400 a school, not the 500 stated"])
        #expect(
            Self.messages("The 150 turbines have a combined capacity of 900 megawatts, or 4 megawatts each.")
                == ["900 megawatts over 150 turbines is about 6 each, not the 4 stated"])
        #expect(
            Self.messages("The network carried 73 million passengers last year, about 400,000 a day.")
                == ["73 million passengers over 365 days is about 200,000 a day, not the about 400,000 stated"])
        #expect(
            Self.messages("The region spends 3.6 billion euros on care for its 1.2 million residents, or 2,400 euros per person.")
                == ["3.6 billion euros over 1.2 million residents is about €3,000 a person, not the 2,400 euros stated"])
    }

    @Test func averagesThatDivideOrHaveNoTotal() {
        #expect(Self.messages("The striker scored 24 goals in 30 matches, an average of 0.8 goals a game.").isEmpty)
        #expect(Self.messages("Mbappe has scored 31 goals in 34 matches this season, an average of 0.91 a game.").isEmpty)
        #expect(Self.messages("The network carried 73 million passengers last year, about 200,000 a day.").isEmpty)
        #expect(Self.messages("The 500 staff earn an average of £30,000 a year.").isEmpty)
        // Two other counts: which one divides is unclear.
        #expect(Self.messages("The 48 schools and 12 colleges enrol 19,200 pupils, an average of 500 pupils per school.").isEmpty)
    }
}

/// A weekday beside a day written without its year: the extractor takes the year from the published
/// day (or from the weekday, when a year within one of it fits); a weekday no near year fits is the
/// article's slip, reported as a warning.
@Suite struct WeekdayWithoutYearTests {
    static func messages(_ text: String, published: String) -> [String] {
        RuleTests.findings(text, published: published, rule: DateConsistencyRule()).filter { $0.severity != .info }.map(\.message)
    }

    @Test func aWeekdayNoNearYearFits() {
        #expect(
            Self.messages("The rally took place on Wednesday, June 10, outside parliament.", published: "2024-03-15")
                == [
                    "Wednesday, June 10: the year is not written, and 2023-06-10 (its year taken from the published day) is a Saturday, not a Wednesday; no year from 2023 to 2025 has that day on a Wednesday"
                ])
        #expect(
            Self.messages("The rally took place on Tuesday, December 27, outside parliament.", published: "2024-12-30")
                == [
                    "Tuesday, December 27: the year is not written, and 2024-12-27 (its year taken from the published day) is a Friday, not a Tuesday; no year from 2023 to 2025 has that day on a Tuesday"
                ])
        // A past verb keeps the day before the published one, though next year's fits the weekday.
        #expect(
            Self.messages("The final was held on Saturday 4 January in Leeds.", published: "2024-12-30")
                == [
                    "Saturday 4 January: the year is not written, and 2024-01-04 (its year taken from the published day) is a Thursday, not a Saturday; 2025-01-04 is one"
                ])
    }

    @Test func aWeekdayThatFits() {
        // The weekday picks the year: 2025-01-03 is a Friday.
        #expect(Self.messages("The rally is on Friday, January 3, outside parliament.", published: "2024-12-30").isEmpty)
        #expect(Self.messages("The rally took place on Friday, December 27, outside parliament.", published: "2024-12-30").isEmpty)
        // No weekday, or no published day to take a year from: nothing to judge.
        #expect(Self.messages("The rally took place on June 10 outside parliament.", published: "2024-03-15").isEmpty)
        let text = "The rally took place on Wednesday, June 10, outside parliament."
        #expect(
            Validator.validate(body: text, figures: FigureExtractor.extract(from: text), published: nil, rules: [DateConsistencyRule()])
                .isEmpty)
    }
}

/// Shares of a subgroup the sentence has just named, an earlier level after "from", a share compared
/// after "than", and a change of an earlier period are no parts of one whole or of the same change.
@Suite struct SubgroupsAndEarlierPeriodsTests {
    static func rules(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-10-22", rule: SharesRule()).filter { $0.severity != .info }.map(\.rule)
            + RuleTests.findings(text, published: "2025-10-22", rule: ChangeArithmeticRule()).filter { $0.severity != .info }.map(\.rule)
    }

    @Test func sharesOfASubgroup() {
        #expect(Self.rules("Of the university's 8,000 students, 55% are women, and 60% of the women study a science subject.").isEmpty)
        #expect(Self.rules("Of the university's 8,000 students, 55% are women, and 60% of them study a science subject.").isEmpty)
        // Another whole than the count before the first share names.
        #expect(Self.rules("Of the university's 8,000 students, 55% are women, and 60% of the men study a science subject.").isEmpty)
        // Still one whole: both shares answer of the students.
        #expect(Self.rules("Of the university's 8,000 students, 55% are women, and 60% are men.") == ["shares.total"])
        #expect(Self.rules("Of the 8,000 students, 55% are women and 60% of the students are men.") == ["shares.total"])
    }

    @Test func earlierLevelsAndComparisons() {
        #expect(
            Self.rules("The share of pupils achieving a grade 4 rose by 4.8 percentage points to 71.2%, from 66.4% last year.").isEmpty)
        #expect(
            Self.rules("The share of pupils achieving a grade 4 rose by 3 percentage points to 71.2%, from 66.4% last year.")
                == ["change.mismatch"])
        #expect(Self.rules("Support among women was 58%, 16 points lower than the 74% among men.").isEmpty)
        // Without a change in the sentence "from" names a part's origin: "came from".
        #expect(Self.rules("Of the voters polled, 60% came from cities and 50% from towns.") == ["shares.total"])
    }

    @Test func aChangeOfAnEarlierPeriod() {
        #expect(
            Self.rules("Recorded crime in the borough fell 4% in 2024 to 31,200 offences, after rising 6% in 2023 from 30,700.").isEmpty)
        #expect(Self.rules("Recorded crime fell 4% to 31,200 offences, having risen 6% from 30,700 the year before.").isEmpty)
        // The change's own earlier level still must agree.
        #expect(Self.rules("Recorded crime in the borough fell 4% in 2024 to 31,200 offences from 30,700.") == ["change.mismatch"])
        #expect(
            Self.rules("Passenger numbers grew 9.5 per cent to 10.2 million in the year to June, up from 8.6 million.") == [
                "change.mismatch"
            ])
    }
}

/// A change's levels across a period of up to four words ("in the summer season"), and an earlier level
/// after "compared with" or "against".
@Suite struct LevelsAcrossPeriodsAndComparisonsTests {
    static func errors(_ text: String) -> [String] {
        RuleTests.findings(text, published: "2025-10-22", rule: ChangeArithmeticRule()).filter { $0.severity == .error }.map(\.message)
    }

    @Test func mismatches() {
        #expect(
            Self.errors("Visitor numbers fell 8% in the summer season to 21.6 million, from 25.4 million a year earlier.")
                == ["21.6 million with 8% implies about 23.48 million before, but the article states 25.4 million"])
        #expect(
            Self.errors("The pass rate climbed to 84.1% in the quarter, compared with 86.5% a year earlier.")
                == ["84.1% is stated as a rise, but it is lower than the earlier 86.5%"])
        #expect(
            Self.errors("Sales rose to 8,400 this year, against 9,100 last year.") == [
                "8,400 is stated as a rise, but it is lower than the earlier 9,100"
            ])
    }

    @Test func consistentOrUnlinked() {
        #expect(Self.errors("Visitor numbers fell 8% in the summer season to 23.4 million, from 25.4 million a year earlier.").isEmpty)
        #expect(Self.errors("The pass rate climbed to 84.1% in the quarter, compared with 80.5% a year earlier.").isEmpty)
        // A clause between the change and "to" is another change's: "as sales dropped to 120".
        #expect(Self.errors("Profit fell 5% as sales in the quarter rose to 120, from 100.").isEmpty)
    }
}

/// One head noun for a subject (`ValidationContext.headNoun`): an average of "tonnes of milk" is in
/// tonnes; a poll's "asked" and "did not know" make its answers shares of one whole.
@Suite struct HeadNounsAndPollCuesTests {
    @Test func headNoun() {
        #expect(ValidationContext.headNoun("tonnes of milk") == "tonnes")
        #expect(ValidationContext.headNoun("foreign investment projects") == "projects")
        #expect(ValidationContext.headNoun("Megawatts of Solar") == "megawatts")
    }

    @Test func anAverageOfAMeasuredTotal() {
        let messages = AveragesRuleTests.messages
        #expect(
            messages("The cooperative's 240 members delivered 18,000 tonnes of milk this year, or 90 tonnes each.")
                == ["18,000 tonnes of milk over 240 members is about 75 each, not the 90 stated"])
        #expect(messages("The cooperative's 240 members delivered 18,000 tonnes of milk this year, or 75 tonnes each.").isEmpty)
        // An average of another measure: no check.
        #expect(messages("The cooperative's 240 members delivered 18,000 tonnes of milk this year, or 90 litres each.").isEmpty)
    }

    @Test func pollAnswers() {
        #expect(
            RuleTests.rules("Asked whether the plan was fair, 56% said yes, 38% said no and 16% did not know.", SharesRule())
                == ["shares.total"])
        #expect(RuleTests.rules("Asked whether the plan was fair, 56% said yes, 28% said no and 16% did not know.", SharesRule()).isEmpty)
        // Changes are no shares, asked or not.
        #expect(RuleTests.rules("Asked about prices, he said rents rose 60% and wages rose 50%.", SharesRule()).isEmpty)
    }
}

/// The review's near-misses: answers to two questions, running totals compared at the same point of two years.
@Suite struct PollsAndRunningTotalsTests {
    @Test func noFalseAlarms() {
        #expect(
            RuleTests.rules("Some 45% of voters did not know who their MP was, and 72% could not name the health secretary.", SharesRule())
                .isEmpty)
        #expect(
            LevelsAcrossPeriodsAndComparisonsTests.errors(
                "Migrant crossings rose to 28,000 so far this year, compared with 31,000 at this point last year."
            ).isEmpty)
        // Without the running total's words the comparison is checked.
        #expect(
            LevelsAcrossPeriodsAndComparisonsTests.errors("Migrant crossings rose to 28,000 this year, compared with 31,000 last year.")
                == ["28,000 is stated as a rise, but it is lower than the earlier 31,000"])
    }
}

/// A stated sum with the parts' date before the total.
@Suite struct StatedSumAfterADateTests {
    @Test func partsBeforeTheirDate() {
        let rule = TotalsRule()
        #expect(
            RuleTests.findings(
                "Police recorded 212 burglaries, 148 car thefts and 96 robberies in the district in September, 436 offences in all.",
                rule: rule
            ).filter { $0.severity == .error }.map(\.message) == ["parts 212 + 148 + 96 = 456, but the text gives 436 offences in all"])
        #expect(
            RuleTests.rules(
                "Police recorded 212 burglaries, 148 car thefts and 96 robberies in the district in September, 456 offences in all.", rule
            ).isEmpty)
        // Dates between the parts still end the list: a part of each year is no list of one total.
        #expect(RuleTests.rules("The club won 12 games in 2023 and 14 in 2024, 30 wins in all.", rule).isEmpty)
    }
}

/// A rate moved by a figure with no "by" is a change the levels must agree with.
@Suite struct RateMovedWithoutByTests {
    @Test func cutWithoutBy() {
        #expect(
            SubgroupsAndEarlierPeriodsTests.rules("The Reserve Bank lowered the cash rate 0.5 percentage points to 3.85%, from 4.1%.")
                == ["change.mismatch"])
        #expect(
            SubgroupsAndEarlierPeriodsTests.rules("The Reserve Bank lowered the cash rate 0.25 percentage points to 3.85%, from 4.1%.")
                .isEmpty)
    }
}

/// Overlap told of the things counted in the next sentence, and a change of another measure after "while".
@Suite struct OverlapOfThingsAndChangesAfterWhileTests {
    @Test func overlapOfTheThingsCounted() {
        let shares = { (text: String) in SubgroupsAndEarlierPeriodsTests.rules(text) }
        let list = "Of the claims filed after the storm, 72% involved roof damage, 48% involved flooding and 30% involved damaged vehicles."
        #expect(shares(list + " Many claims covered more than one kind of damage, the association said.").isEmpty)
        #expect(shares(list + " The shares add up to more than 100 because claims overlap.").isEmpty)
        // "more than one billion" says nothing of overlap.
        #expect(shares(list + " Insurers paid more than one billion dollars.") == ["shares.total"])
    }

    @Test func changeAfterWhile() {
        let derived = { (text: String) in
            RuleTests.findings(text, published: "2025-10-07", rule: ChangeArithmeticRule()).map(\.message)
        }
        #expect(
            derived("Exports rose 6% to $12 billion, while imports fell 2%.") == [
                "$12 billion, increase of 6%: about $11.32 billion before"
            ])
        // Each change with its own level still pairs.
        #expect(
            derived("Exports rose 6% to $12 billion, while imports fell 2% to $10 billion.") == [
                "$12 billion, increase of 6%: about $11.32 billion before", "$10 billion, decrease of 2%: about $10.2 billion before",
            ])
    }
}

/// A total carried by a verb of change still has parts, and a colon may follow a longer phrase.
@Suite struct TotalsOfChangeVerbsTests {
    @Test func partsOfAChange() {
        let errors = { (text: String) in MultiplesAndListsTests.errors(text, TotalsRule()) }
        #expect(
            errors("The club added 40 members, including 20 juniors, 15 seniors and 10 veterans.")
                == ["parts 20 + 15 + 10 = 45 exceed the total 40"])
        #expect(
            errors(
                "The utility lost 312 million litres of water to leaks in July: 118 million litres from mains, 97 million litres from pipes and 121 million litres from valves."
            )
                == ["parts 118 million + 97 million + 121 million = 336 million exceed the total 312 million"])
        // Two parts of a change may overlap ("engineers" and "women"): silent, as are parts that fit and a level after
        // the change that is no part.
        #expect(errors("The firm added 2,000 jobs last year, including 1,500 engineers and 1,200 women.").isEmpty)
        #expect(errors("The operator added 1.24 million subscribers, of which 610,000 were prepaid and 620,000 were contract.").isEmpty)
        #expect(errors("The company added 500 jobs, bringing its workforce to 3,000 and its sites to 12.").isEmpty)
    }
}

/// An average a day over a period told in days, or over a first year.
@Suite struct AveragesOverStatedPeriodsTests {
    @Test func periods() {
        #expect(
            AveragesRuleTests.messages("Visitors made 36 million visits in 12 days, an average of 2 million visits per day.")
                == ["36 million visits over 12 days is about 3 million a day, not the 2 million stated"])
        #expect(
            AveragesRuleTests.messages("The line carried 18.2 million passengers in its first year, about 25,000 a day.")
                == ["18.2 million passengers over 365 days is about 49,863 a day, not the about 25,000 stated"])
        // Agreeing averages, and no period told: silent.
        #expect(AveragesRuleTests.messages("Visitors made 36 million visits in 12 days, an average of 3 million visits per day.").isEmpty)
        #expect(AveragesRuleTests.messages("The line carried 18.2 million passengers in its first year, about 50,000 a day.").isEmpty)
        #expect(AveragesRuleTests.messages("Visitors made 36 million visits, an average of 2 million visits per day.").isEmpty)
    }
}

/// A multiple over two levels whose earlier one a comma sets off after a period.
@Suite struct MultipleWithACommaBeforeFromTests {
    @Test func commaBeforeFrom() {
        let errors = { (text: String) in MultiplesAndListsTests.errors(text, ChangeArithmeticRule()) }
        #expect(
            errors("Applications tripled last year to 45,000, from 21,000 in 2023.") == [
                "21,000 to 45,000 is 2.1429 times the earlier level, not what \"tripled\" states"
            ])
        #expect(errors("Applications tripled last year to 63,000, from 21,000 in 2023.").isEmpty)
    }
}

/// Parts of a total that cut its people two ways (an occupation and women, students and foreigners) may overlap.
@Suite struct CrossCuttingPartsTests {
    @Test func groupsOfPeople() {
        let errors = { (text: String) in MultiplesAndListsTests.errors(text, TotalsRule()) }
        #expect(errors("The plant employs 2,000 people, including 1,500 engineers and 1,200 women.").isEmpty)
        #expect(errors("The university has 9,000 students, including 6,000 undergraduates and 3,500 foreigners.").isEmpty)
        // Two groups of one cut, or groups of no cut, still add up.
        #expect(
            errors("The plant employs 2,000 people, including 1,300 men and 900 women.")
                == ["parts 1,300 + 900 = 2,200 exceed the total 2,000"])
        #expect(
            errors("The plant employs 2,000 people, including 1,500 engineers and 800 technicians.")
                == ["parts 1,500 + 800 = 2,300 exceed the total 2,000"])
        #expect(
            errors("The festival has 45 events, including 30 forums and 20 exhibitions.")
                == ["parts 30 + 20 = 50 exceed the total 45"])
    }

    @Test func cuts() {
        #expect(TotalsRule.mayOverlap(["engineers", "women"]))
        #expect(TotalsRule.mayOverlap(["women", "children"]))
        #expect(!TotalsRule.mayOverlap(["men", "women"]))
        #expect(!TotalsRule.mayOverlap(["forums", "exhibitions"]))
    }
}

/// Parts listed after the first with their noun elided, overlap told after the list, a cut that already makes
/// the whole, and an exceedable whole with a date after it.
@Suite struct ElidedPartsAndWholesMadeTests {
    static func errors(_ text: String) -> [String] { MultiplesAndListsTests.errors(text, TotalsRule()) }

    @Test func elidedParts() {
        #expect(
            Self.errors(
                "The airline carried 8.6 million passengers in the six months to June, including 4.1 million on domestic routes, 3.2 million on European routes and 1.7 million on long-haul flights."
            ) == ["parts 4.1 million + 3.2 million + 1.7 million = 9 million exceed the total 8.6 million"])
        #expect(
            Self.errors("The museum had 860,000 visitors, of which 410,000 were from abroad and 520,000 from the region.")
                == ["parts 410,000 + 520,000 = 930,000 exceed the total 860,000"])
        // Parts that fit, overlap told after the list, and a verb of its own between parts: silent.
        #expect(Self.errors("The museum had 960,000 visitors, of which 410,000 were from abroad and 520,000 from the region.").isEmpty)
        #expect(
            Self.errors(
                "The agency received 500 complaints, including 320 about noise and 260 about parking, many of them mentioning both."
            )
            .isEmpty)
        #expect(Self.errors("Police questioned 50 people, including 40 in Leeds, and charged 30 of them.").isEmpty)
    }

    @Test func wholeMadeThenAnotherCut() {
        let rules = { (text: String) in
            RuleTests.findings(text, published: "2025-10-22", rule: TotalsRule()).filter { $0.severity != .info }.map(\.rule)
        }
        #expect(rules("Of the 40 victims, 25 were male and 15 female; 12 were under 18.").isEmpty)
        #expect(rules("Of the 250 flights, 180 departed on time, 60 were delayed and 30 were cancelled.") == ["totals.parts"])
    }

    @Test func exceedableWholeBeforeADate() {
        #expect(RuleTests.rules("The port handled cargo at 112 percent of its design capacity last year.", PlausibilityRule()).isEmpty)
        #expect(
            RuleTests.rules("The party won 112 percent of the vote in the district last year.", PlausibilityRule()) == [
                "plausibility.share-over-100"
            ])
    }
}
