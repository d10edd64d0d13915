import NewsFigures
import Testing

/// NameRules+English: numbers inside names, codes and times are not figures.
@Suite struct NameRuleTests {
    @Test(arguments: [
        "It signed deals with giants such as 3M and GE.",
        "A 60-percent share of Fortune 500 and industry leaders.",
        "The COVID-19 pandemic changed trade.",
        "Leaders met at the G20 summit.",
        "The airline ordered the Airbus A320 jet.",
        "Operators rolled out 5G networks.",
        "Apple launched the iPhone 15 in the autumn.",
        "The laptops run Windows 11 now.",
        "It was the 7th China International Import Expo.",
        "The meeting starts at 9:30 am sharp.",
        "Call the hotline 8621-52920043 now.",
        "See section 5 of the law.",
        "Read No. 12 of the rules.",
        "Visit example.com/2020/report for details.",
        "Write to desk2020@example.com today.",
        "The ICP licence B2-20120012 was issued.",
    ])
    func noCount(_ text: String) {
        expectSpans(text, kind: .count)
    }

    /// Times of day are no figure of any kind: "8 p.m." is not 8 pence.
    @Test(arguments: [
        "Polls close at 8 p.m. tonight.", "Doors open at 7 a.m. and close at 11 p.m.", "The show starts at 9 pm.",
        "Doors open at 8p.m. sharp.",
        "A 3P logistics firm won.", "It streams in 1080p and 720p.", "Book the call today at 9p.",
    ])
    func timesAreNoFigures(_ text: String) {
        let figures = FigureExtractor.extract(from: text)
        #expect(figures.isEmpty, "\(text): \(figures.map(\.text))")
    }

    @Test(arguments: [
        ("In «2,020» cases the plan worked.", FigureKind.count),
        ("About «300» people came.", .count),
        ("Nearly «30» shops closed.", .count),
    ])
    func capitalizedFunctionWordsDoNotMakeNames(_ marked: String, _ kind: FigureKind) {
        let m = MarkedTextProxy(marked)
        let figures = FigureExtractor.extract(from: m.text).filter { $0.kind == kind }
        #expect(figures.count == 1)
        #expect(figures.first?.text.hasSuffix(m.inner) == true)
    }
}

/// A number in words after an identifier noun is an identifier; after a verb it still counts.
@Suite struct WordIdentifierTests {
    @Test(arguments: [
        "We released version two today.", "It filed for Chapter Eleven protection.", "Phase three trials began.", "It is Article Five.",
    ])
    func identifiers(_ text: String) {
        #expect(FigureExtractor.extract(from: text).filter { $0.kind == .count }.isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("They are building «two» schools.", "2"), ("Police will question «two» witnesses.", "2"),
        ("They will stage «three» concerts.", "3"),
    ])
    func stillCounts(_ marked: String, _ value: String) throws {
        let figure = try #require(expectSpans(marked, kind: .count).first)
        #expect(figure.value?.description == value)
    }
}

/// NameRules.ageBefore, personNouns, streetWords and the bracket, list and "zero" rules: numbers that
/// count nothing.
@Suite struct NotCountedRuleTests {
    @Test(arguments: [
        "The victim, 27, was pronounced dead at the scene.",
        "Officials sought to extradite Assange, 47, over the leaks.",
        "Patrick Carlineo Jr., 55, of Addison, pleaded guilty.",
        "Police arrested John Smith, 32.",
        "A boy aged 16 was stabbed.",
        "She died at 87 in her home.",
        "The suspect, who is 19, was arrested.",
        "He turned 100 on Sunday.",
        "Adults aged 18 to 34 were surveyed.",
        // Lists, ranges and bounds of ages.
        "Vaccines are open to people aged over 80.",
        "She died at the age of 91.",
        "Children aged between 5 and 11 will be offered the jab.",
        "Boeing's 737 Max jets were grounded.",
        "It makes 306 HP and 400 Nm.",
    ])
    func agesAreNoCounts(_ text: String) {
        expectSpans(text, kind: .count)
    }

    @Test(arguments: [
        "He lives at 10 Downing Street.",
        "Write to us at 520 Third Street in San Francisco.",
        "Police were called to the 400 block of Elm Street.",
        "The effect was larger than therapy alone (20).",
        "Up to 99% of those need no intervention[2].",
        "Functional areas: (1) crew quarters, (2) exercise, (3) hygiene.",
        "Titusville (0-1) lost again.",
        "3. Instead of reaching for a snack, drink water.",
        "He tried to zero in on the causes.",
        "There needs to be zero shame about it.",
        "Denmark got a 1-1 draw at Ireland.",
        "He possessed a loaded .45-caliber handgun.",
        "Take the M6 to junction 47 and leave at exit 14.",  // road labels
        "Call 0800 123 4567 for help.",  // a leading zero and groups of digits: a phone number
        "Call 020 7946 0018 for details.",
    ])
    func markersAddressesAndIdiomsAreNoCounts(_ text: String) {
        expectSpans(text, kind: .count)
    }

    /// The same shapes with something counted stay counts.
    @Test(arguments: [
        ("The suspect, «3» accomplices and a driver were held.", "accomplices"),
        ("He turned «100» pages in an hour.", "pages"),
        ("There were «zero» deaths last week.", "deaths"),
        ("The ship carried «1,200» passengers.", "passengers"),
        ("«5» Supreme Court justices agreed.", "Supreme Court justices"),
        ("Amazon's «1.5 million» workers got a raise.", "workers"),
        ("Britain's «650» lawmakers voted.", "lawmakers"),
        ("The event drew (roughly) «500» people.", "people"),
        ("The number of cases («45») rose sharply.", "cases"),
        ("The province reported «zero» new cases.", "cases"),
        ("«4» Wall Street banks agreed to pay.", "Wall Street banks"),
        ("The company turned «3» of its stores into warehouses.", "stores"),
        ("The WHO reported «1.3 million» TB deaths.", "TB deaths"),
        ("«One» person died in the fire.", "person"),
        // A bound word after "and" ends the ages: the count after the comma stands.
        ("Among people aged 65 and over, «40» patients were vaccinated.", "patients"),
        ("«Three» men aged 18, 21 and 24 were arrested.", "men"),  // the ages of a list are no counts
        ("The bank will exit «14» markets.", "markets"),  // "exit" before a counted noun is a verb
        ("Of those aged 18 to 29, «40» patients were vaccinated.", "patients"),  // a comma closes the ages
    ])
    func countsStay(_ marked: String, _ subject: String) {
        let figures = expectSpans(marked, kind: .count)
        #expect(figures.first?.subject == subject)
    }

    /// A list of places with numbers is no list of ages.
    @Test func listIsNoAge() {
        let counts = FigureExtractor.extract(from: "Among the states, Georgia, 16, and Arizona, 11, are key.").filter { $0.kind == .count }
        #expect(counts.map(\.text).contains("16"))
    }
}
