import NewsFigures
import Testing

/// SubjectRules+English: what a count counts.
@Suite struct SubjectRuleTests {
    @Test(arguments: [
        (
            "The province has signed 61 foreign investment projects with a total investment of US$10.9 billion.", "61",
            "foreign investment projects"
        ),
        ("So far 4,230 of the companies took part.", "4230", "companies"),
        ("Over 70 multinational companies from 15 countries and regions have registered.", "15", "countries and regions"),
        ("The province has planned 23 events, plus 22 other activities in procurement.", "22", "activities"),
        ("It hosted 43 events covering cultural exchange.", "43", "events"),
        ("The plant employs 1,200 people in the town.", "1200", "people"),
        ("It bought 3 high-end machines last month.", "3", "high-end machines"),
        ("Some 40 local intangible cultural heritages were on display.", "40", "intangible cultural heritages"),
        // A plural after "and" with a number or an article after it is a verb, not a second noun.
        ("The hospital has 350 beds and treats 40,000 patients a year.", "350", "beds"),
        ("The firm has 12 stores and employs a staff of 80.", "12", "stores"),
        ("It sells 300 cars and trucks a month.", "300", "cars and trucks"),
        ("It runs 500 buses and trains an hour.", "500", "buses and trains"),
        ("The camp takes 50 boys and girls 12 and under.", "50", "boys and girls"),
        ("The team has won six matches and sits third in the table.", "6", "matches"),  // an ordinal after: a verb
        // A part of a whole with a number: the part counts the whole's noun.
        ("The retailer will close 30 of its 112 stores.", "30", "stores"),
        ("Rebels control 14 of the country's 18 provinces.", "14", "provinces"),
        ("The team has won four of their past five games.", "4", "games"),
        ("The Thunder have lost four of five despite two solid games.", "4", nil),  // no noun of the whole
        // Plural modifiers, "-ly" adjectives and nouns, compound plurals.
        ("He has won 23 major singles titles.", "23", "major singles titles"),
        ("The city has 300 sports clubs.", "300", "sports clubs"),
        ("NASA plans two SLS missions.", "2", "SLS missions"),
        ("All three ad units results in higher rates.", "3", "ad units"),  // a verb after: the head stays
        ("The app has 100 million monthly users.", "100000000", "monthly users"),
        ("Police evacuated 20 elderly residents.", "20", "elderly residents"),
        ("5 family members were hurt.", "5", "family members"),
        ("She is survived by seven grandchildren.", "7", "grandchildren"),
        ("They sent 2000 troops.", "2000", "troops"),
        ("The firm built 40 two-bedroom apartments.", "40", "two-bedroom apartments"),  // a year-like number before no yearly noun counts
    ])
    func subjects(_ text: String, _ value: String, _ subject: String?) throws {
        let figure = try #require(FigureExtractor.extract(from: text).first { $0.value?.description == value && $0.kind == .count })
        #expect(figure.subject == subject)
    }

    /// "25 have materialized" refers back to the count before it in the sentence.
    @Test func elidedSubjectRefersBack() throws {
        let figures = FigureExtractor.extract(
            from: "The province signed 26 foreign investment projects during the expo, and 25 have materialized.")
        #expect(figures.map(\.subject) == ["foreign investment projects", "foreign investment projects"])
    }

    /// A lower-case past form right after a bare count, no noun after it, elides the subject too.
    @Test(arguments: [
        ("Police said 3 people were killed and 12 injured in the crash.", ["people", "people"]),
        ("Of the 40 protesters detained, 12 charged and 28 released without charge.", ["protesters", "protesters", "protesters"]),
        ("Of my 1,000 followers, five swiped away.", ["followers", "followers"]),
    ])
    func pastFormElidesTheSubject(_ text: String, _ subjects: [String]) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.map(\.subject) == subjects, "\(text)")
    }

    /// Not after a past form that a noun follows, nor in a box score's bracket.
    @Test(arguments: [
        ("Emirates bought 40 jets and 1 undisclosed buyer took the rest.", "1", nil),
        ("It bought 40 jets; 12 unnamed investors paid.", "12", "unnamed investors"),
        ("He made 7 tackles, 3 assists (10 combined).", "10", nil),
    ])
    func pastFormWithANounOrInABracket(_ text: String, _ number: String, _ subject: String?) throws {
        let figure = try #require(FigureExtractor.extract(from: text).first { $0.text == number }, "\(text)")
        #expect(figure.subject == subject, "\(text)")
    }

    @Test(arguments: [
        "Of the total, 25 have materialized, the department said.",  // nothing to refer back to
        "The score was 3 at half time.",  // no plural noun follows
        "It reached 17 from a low base.",  // preposition, no noun (and no plural noun before the verb)
    ])
    func noSubject(_ text: String) throws {
        let figure = try #require(FigureExtractor.extract(from: text).first { $0.kind == .count })
        #expect(figure.subject == nil, "\(text)")
    }

    /// What an amount is of, named before it: a hyphenated modifier belongs to the phrase, a verb does not.
    @Test(arguments: [
        ("The company expects full-year revenue of $10 billion.", "full-year revenue"),
        ("It reported second-quarter net income of $2 billion.", "second-quarter net income"),
        ("Toyota expects operating profit of ¥4.9 trillion.", "operating profit"),
    ])
    func moneySubjects(_ text: String, _ subject: String) throws {
        let figure = try #require(FigureExtractor.extract(from: text).first { $0.kind == .money })
        #expect(figure.subject == subject)
    }

    @Test func conjunctionStopsAtADeterminer() throws {
        let figure = try #require(FigureExtractor.extract(from: "It brought over 43,000 buyers and an anticipated volume of deals.").first)
        #expect(figure.subject == "buyers")
    }
}

/// A dotted initialism ("U.S.", "U.K.") is one word of a subject, not its end.
@Suite struct InitialismSubjectTests {
    @Test(arguments: [
        ("About 45 percent of U.S. adults say so.", FigureKind.percent, "U.S. adults"),
        ("Some 12 percent of U.K. households rent.", .percent, "U.K. households"),
        ("The firm has 3,000 U.S. employees.", .count, "U.S. employees"),
    ])
    func initialisms(_ text: String, _ kind: FigureKind, _ subject: String) {
        let figure = FigureExtractor.extract(from: text).first { $0.kind == kind }
        #expect(figure?.subject == subject, "\(text)")
    }

    /// A sentence's full stop after a word, or a name's initials, end the phrase as before.
    @Test func fullStopsStillEnd() {
        #expect(FigureExtractor.extract(from: "It hired 20 people in the U.S. Then it stopped.").first?.subject == "people")
        #expect(FigureExtractor.extract(from: "He sold 40 shares to J.P. Morgan.").first?.subject == "shares")
    }
}

/// A count after a verb of change or level, with no noun after it, counts the plural noun before the
/// verb: "Measles cases rose to 127" (ChangeRules.levelVerbs, pathWords).
@Suite struct ChangeVerbSubjectTests {
    @Test(arguments: [
        ("Measles cases rose to «127» in the West Midlands.", "Measles cases"),
        ("Knife crime offences rose by 7% to «50,500» in the year to September.", "Knife crime offences"),
        ("Vacancies fell by 26,000 on the quarter to «932,000».", "Vacancies"),
        ("Job vacancies totalled «900,000».", "Job vacancies"),
        ("Cases have risen to «127».", "Cases"),
        ("Oil prices reached «17» from a low base.", "Oil prices"),
        ("Temperatures hit «40» in Seville.", "Temperatures"),
        ("We saw that single-core scores increased from 1061 to «1128».", "single-core scores"),
    ])
    func subjectBeforeTheVerb(_ marked: String, _ subject: String) throws {
        let m = MarkedTextProxy(marked)
        let figure = try #require(FigureExtractor.extract(from: m.text).first { $0.kind == .count && $0.text == m.inner })
        #expect(figure.subject == subject, "\(m.text)")
    }

    /// No plural noun right before the verb, a comma or another word on the way: no subject.
    @Test(arguments: [
        "The total rose to «127» in May.",
        "In the end, it rose to «127».",
        "Cases rose sharply, reaching «127».",
        "Scores jumped as well to «2623».",
    ])
    func noSubject(_ marked: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.subject == nil)
    }
}

/// A number in a compound modifier of things counted, before its noun, is a count of them
/// (SubjectRules.compoundCountNouns); durations, ages, units and idioms stay no counts.
@Suite struct CompoundModifierCountTests {
    @Test(arguments: [
        ("The «1,000»-bed hospital will open in 2027.", "bed"),
        ("The coalition needs a majority in the «151»-seat House.", "seat"),
        ("A «40»-storey tower is planned.", "storey"),
        ("A «five»-member panel will decide.", "member"),
        ("He was charged in a «12»-count indictment.", "count"),
    ])
    func counted(_ marked: String, _ subject: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.subject == subject)
    }

    @Test(arguments: [
        "He signed a 10-year deal.", "A 5-mile race was held.", "The 21-year-old was charged.", "The 300-strong workforce walked out.",
        "They backed a two-state solution.", "The 12-member.",
    ])
    func notCounted(_ text: String) {
        expectSpans(text, kind: .count)
    }
}
