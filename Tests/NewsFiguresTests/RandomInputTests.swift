import NewsFigures
import NewsJSON
import TestSupport
import Testing

/// Property checks on random texts built from the pieces the rules look for: the extractor never
/// crashes, and every figure it reports is exactly its span of the text.
@Suite struct RandomInputTests {
    static let pieces = [
        "1", "12", "2020", "31", "5", "0", "1,000", "3.5", ".08", "-", "–", "/", ".", ",", "$", "US", "HK", "€", "£", "¥", "%", "percent",
        "per", "cent", "million", "bn", "k", "m", "M", "th", "st", "and", "to", "between", "from", "the", "a", "one", "two", "twenty",
        "hundred", "half", "quarter", "thirds", "of", "in", "out", "over", "more", "than", "less", "or", "at", "least", "up", "Jan", "Nov",
        "May", "Saturday", "on", "last", "next", "this", "year", "week", "month", "days", "ago", "earlier", "within", "rest", "early",
        "weekend", "Q", "H", "3", "1970", "s", "'", "’", "e", "+", "^", "(", ")", "\"", "“", "\n", "\n\n", " ", "yuan", "dollars", "cents",
        "USD", "RMB", "MUSD", "rose", "fell", "increase", "year-on-year", "http://x.com/2020/1", "a@b.com", "¾", "元", "first",
        "twenty-first", "point", "zero", "minus", "dozen", "lakh", "The", "Fortune", "500", "3M", "COVID", "19", "No", "~", "<", ">", "=",
        "≥", "through", "until", "summer", "1/2", "2/29", "13.5.2015", "2015-3", "1e6", "40 000",
    ]

    /// Every start and end of a real sentence at a word's edge (Recognizers-Text's English inputs, 2,098 sentences): a text
    /// may open or close on any token ("300 boys ran." opens one), and no rule may read before its first token or after its
    /// last. Each figure is its span of the text.
    @Test func everyWordEdgeOfRealSentencesIsSafeAndExact() throws {
        let directory = Paths.shared + "/corpora/recognizers-text-en/"
        var sentences: [String] = []
        for name in [
            "number", "number_range", "ordinal", "percent", "currency", "date_extractor", "date_parser", "date_period_parser",
            "datetime_model",
        ] {
            let text = try #require(TestFiles.readText(directory + name + ".jsonl"), "missing \(name).jsonl")
            for line in text.split(separator: "\n") where !line.isEmpty {
                if let input = (try? JSONParser.parse(String(line)))?["input"]?.stringValue { sentences.append(input) }
            }
        }
        #expect(sentences.count > 2000)
        var texts = Set<String>()
        for sentence in sentences {
            let scalars = Array(sentence.unicodeScalars)
            for k in scalars.indices {
                let edge = (k == 0 || scalars[k - 1] == " ") && scalars[k] != " "
                let end = scalars[k] != " " && (k + 1 == scalars.count || scalars[k + 1] == " ")
                if edge { texts.insert(String(String.UnicodeScalarView(scalars[k...]))) }
                if end { texts.insert(String(String.UnicodeScalarView(scalars[...k]))) }
            }
        }
        #expect(texts.count > 20000)
        let options = ExtractionOptions(published: CalendarDate(year: 2027, month: 1, day: 1))
        var figures = 0
        for text in texts.sorted() {
            let scalars = Array(text.unicodeScalars)
            for figure in FigureExtractor.extract(from: text, options: options) {
                figures += 1
                guard figure.start >= 0, figure.start < figure.end, figure.end <= scalars.count else {
                    Issue.record("bad offsets \(figure.start)..<\(figure.end) in \(text.debugDescription)")
                    continue
                }
                #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text, "\(text.debugDescription)")
            }
        }
        #expect(figures > 10000)
    }

    @Test(arguments: [1, 2, 3])
    func randomTextsAreSafeAndExact(_ seed: Int) {
        var generator = SplitMix64(seed: UInt64(seed))
        let separators = ["", " ", " ", " ", "-", "/"]
        let published = [CalendarDate(year: 2016, month: 11, day: 7), CalendarDate(year: 2020, month: 2, day: 29), nil]
        for _ in 0..<1500 {
            var text = ""
            for _ in 0..<(1 + generator.below(25)) {
                text += Self.pieces[generator.below(Self.pieces.count)] + separators[generator.below(separators.count)]
            }
            let options = ExtractionOptions(published: published[generator.below(published.count)] ?? nil)
            let scalars = Array(text.unicodeScalars)
            for figure in FigureExtractor.extract(from: text, options: options) {
                guard figure.start >= 0, figure.start < figure.end, figure.end <= scalars.count else {
                    Issue.record("bad offsets \(figure.start)..<\(figure.end) in \(text.debugDescription)")
                    continue
                }
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[figure.start..<figure.end])
                #expect(String(slice) == figure.text, "\(text.debugDescription)")
            }
        }
    }
}
