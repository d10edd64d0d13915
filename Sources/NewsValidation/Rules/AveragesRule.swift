import NewsFigures

/// averages.mismatch (warning): an average stated beside its total and what it is divided by is the one
/// divided by the other.
///
/// The average: a count or an amount after "an average of", ", or" or ", about" (its bound), followed (after
/// its own noun) by "a", "an" or "per" and a noun, or by "each". The total: the nearest figure before it in its
/// sentence of the same kind and unit (of the same noun when both have one). The divisor: the only other count
/// with a noun in the sentence; or, for "a day", "a week", "a month" when the sentence dates a year ("last
/// year", "in 2024", "a year"), 365, 52 or 12. The average may be a tenth off the quotient (or half a unit,
/// for a small whole number).
/// Fires: "scored 24 goals in 30 matches, an average of 1.2 goals a game" (0.8); "The district's 48 schools
/// enrol 19,200 pupils, an average of 500 pupils per school" (400); "150 turbines … 900 megawatts, or 4
/// megawatts each" (6); "carried 73 million passengers last year, about 400,000 a day" (about 200,000).
/// Does not fire: the average agrees ("24 goals in 30 matches, an average of 0.8 a game"; with no noun of its
/// own, either count over the other: "31 goals in 34 matches, an average of 0.91 a game"); two or more other
/// counts (which one divides is unclear); no total beside it ("earn an average of £30,000 a year").
public struct AveragesRule: ValidationRule {
    public let id = "averages.mismatch"
    /// Words right before an average.
    static let leads = ["an average of ", "average of ", ", or ", ", about ", ", some ", ", roughly ", ", or about "]
    /// Time units of a rate and how many of them make a year.
    static let perYear: [String: Double] = ["day": 365, "week": 52, "month": 12]
    /// How far before the average (in figures) its total may stand.
    static let reach = 8

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let figures = context.figures
        var findings: [Finding] = []
        for c in figures.indices where figures[c].kind == .count || figures[c].kind == .money {
            let average = figures[c]
            guard average.change == nil, let stated = average.value?.doubleValue, stated > 0, let per = Self.rate(after: average, context),
                Self.isAverage(average, context)
            else { continue }
            // The total: the nearest figure of the same measure before it, in its sentence.
            let earlier = stride(from: c - 1, through: max(0, c - Self.reach), by: -1).filter {
                figures[$0].sentence == average.sentence && figures[$0].kind != .date
            }
            guard let t = earlier.first(where: { Self.sameMeasure(figures[$0], average) }), let total = figures[t].value?.doubleValue,
                total > stated, !ChangeArithmeticRule.looksLikeYear(figures[t])
            else { continue }
            // The divisor: a year's days, weeks or months, or the only other count with a noun.
            let divisor: (value: Double, text: String)
            if let units = Self.perYear[per], Self.datesAYear(c, context) {
                divisor = (units, "\(Int(units)) \(per)s")
            } else if Self.perYear[per] != nil, let n = Self.statedPeriod(of: per, around: context.around(average, reach: 200)) {
                // "36 million hours over 12 days, an average of 2 million hours a day": the period told in words.
                divisor = (n, "\(Int(n)) \(per)s")
            } else {
                // (Within reach of the average, not the whole sentence for each: a long one would be read quadratically.)
                let window = max(0, c - Self.reach)...min(figures.count - 1, c + 2)
                let others = window.filter { i in
                    figures[i].sentence == average.sentence && i != c && i != t && figures[i].kind == .count && figures[i].subject != nil
                        && figures[i].change == nil
                        && !ChangeArithmeticRule.looksLikeYear(figures[i]) && (figures[i].value?.doubleValue ?? 0) >= 1
                }
                guard others.count == 1, let y = figures[others[0]].value?.doubleValue else { continue }
                divisor = (y, figures[others[0]].text + (figures[others[0]].subject.map { " " + $0 } ?? ""))
            }
            let quotient = total / divisor.value
            let whole = !average.text.contains(".") && stated < 100
            let off = { (q: Double) -> Bool in abs(stated - q) > max(0.1 * q, whole ? 0.5 : ChangeArithmeticRule.rounding(of: average)) }
            guard off(quotient) else { continue }
            // (An average of no noun between two counts may divide either by the other: "scored 31 goals in 34 matches,
            // an average of 0.91 a game".)
            if average.subject == nil, figures[t].kind == .count, divisor.value > stated, !off(divisor.value / total) { continue }
            let shown = average.kind == .money ? quotient.money(average.unit) : quotient.readable
            let totalText = figures[t].text + (figures[t].kind == .count ? figures[t].subject.map { " " + $0 } ?? "" : "")
            findings.append(
                Finding(
                    rule: id, severity: .warning, figures: [t, c],
                    message:
                        "\(totalText) over \(divisor.text) is about \(shown) \(per == "each" ? "each" : "a " + per), not the \(average.text) stated"
                ))
        }
        return findings
    }

    /// Whether the figure follows a word of an average: "an average of", ", or", ", about 400,000".
    static func isAverage(_ figure: Figure, _ context: ValidationContext) -> Bool {
        let before = context.before(figure, count: 16)
        if leads.contains(where: { before.hasSuffix($0) }) { return true }
        // (The bound is the figure's own text: ", about 400,000 a day".)
        let own = figure.text.lowercased()
        return before.hasSuffix(", ") && ["about ", "some ", "roughly ", "around "].contains { own.hasPrefix($0) }
    }

    /// The unit after the figure (and its noun) that makes it a rate: "a game" → "game", "per school" → "school",
    /// "each" → "each".
    static func rate(after figure: Figure, _ context: ValidationContext) -> String? {
        let after = context.after(figure, count: 40, pastSubject: true)
        let words = after.split(whereSeparator: { !$0.isLetter }).prefix(2).map(String.init)
        guard after.hasPrefix(" "), let first = words.first else { return nil }
        if first == "each" { return "each" }
        guard ["a", "an", "per"].contains(first), words.count == 2 else { return nil }
        return words[1]
    }

    /// Whether two figures measure the same thing: amounts of one currency; counts of one noun when both name one.
    static func sameMeasure(_ a: Figure, _ b: Figure) -> Bool {
        guard a.kind == b.kind else { return false }
        if a.kind == .money { return a.unit == b.unit }
        guard let x = a.subject, let y = b.subject else { return true }
        // ("18,000 tonnes of milk …, or 90 tonnes each": the head before "of".)
        return ValidationContext.headNoun(x) == ValidationContext.headNoun(y)
    }

    /// Whether the sentence dates a whole year ("last year", "in 2024") or says "a year", "annual", "annually" (in the
    /// sentence only: the text after the next sentence break is not read).
    /// Small numbers in words, for a period told in them: "over two weeks".
    static let numberWords: [Substring: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]

    /// The number of days (weeks, months) a period after "over", "in", "across", "during" or "within" is told to
    /// last near the average: "over 12 days", "in the first two weeks", "across 10 days of competition".
    static func statedPeriod(of unit: String, around: String) -> Double? {
        let words = around.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for k in words.indices.dropFirst() where words[k] == unit + "s" {
            guard let n = Double(words[k - 1]) ?? numberWords[words[k - 1]], n >= 2 else { continue }
            var j = k - 2
            while j >= 0, ["the", "first", "last", "past", "next", "its", "of"].contains(words[j]) { j -= 1 }
            if j >= 0, ["over", "in", "across", "during", "within", "for"].contains(words[j]) { return n }
        }
        return nil
    }

    static func datesAYear(_ c: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        // (Around the average in its sentence, not the whole sentence: a long one read for each average is quadratic.)
        let around = context.around(figures[c], reach: 200)
        if [" a year", "annual", "per year", "each year", "every year", " first year", " one year", "12 months"].contains(where: {
            around.contains($0)
        }) {
            return true
        }
        return (max(0, c - reach)...min(figures.count - 1, c + reach)).contains { i in
            guard figures[i].sentence == figures[c].sentence, let date = figures[i].date else { return false }
            return date.start.hasSuffix("-01-01") && date.end.hasSuffix("-12-31") && date.start.prefix(4) == date.end.prefix(4)
        }
    }
}
