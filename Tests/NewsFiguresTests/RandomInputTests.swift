import NewsFigures
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
