import NewsFigures

/// dates.weekday, dates.range-order (errors) and dates.future-in-past (warning).
///
/// - A date written with its weekday ("Friday, November 7, 2020", or after it: "2 February 2025, a
///   Monday") falls on that weekday.
/// - A range starts on or before its end ("Nov 10–5" does not), and so do two years written as a span ("between 2019
///   and 2015", "from 2024 to 2021"; not "the difference between 2024 and 2021").
/// - A day after the published day in a sentence told in the past tense ("… was held on
///   November 20, 2020" in an article of November 7) is suspicious: a typo or a wrong year. The past verb may
///   stand anywhere in the date's own clause ("seized 2,300 counterfeit handbags at the port on 24 March 2026"), but
///   not in a relative clause further back ("The festival that drew 5,000 people last year returns … on …").
///   Years, months and spans are not judged: "the odds of full funding in fiscal year 2020 were
///   dwindling" (published 2019) speaks of a later period in the past tense, as news often does.
/// Only dates written with their year are judged (resolved "absolute"): a year or day the
/// extractor inferred ("May 18", "the weekend") is its own guess, not the article's claim.
/// Does not fire: "on Saturday" resolved against a Saturday; "Nov 5–10"; "will be held on
/// November 20"; dates when the published day is unknown.
public struct DateConsistencyRule: ValidationRule {
    public let id = "dates.weekday"
    static let weekdays: [(String, Int)] = [
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5), ("sat", 6), ("sun", 7),
    ]
    static let pastMarkers = [
        " was ", " were ", " had ", " did ", " said ", " announced ", " reported ", " signed ", " held ", " took place", " opened ",
        " closed ", " rose ", " fell ", " grew ", " ended ", " began ", " attended ", " visited ",
    ]
    static let futureMarkers = [
        "will ", "would ", " expected", "scheduled", "planned", " plans", "set for", "set to", "upcoming", " next ", " due ",
        "to be held", "going to", " shall ", " aims ", " intends", " could ", " may ", " might ", " should ", " by the end",
        " hopes ", " until ", "correction", "update",
    ]

    /// Words right before a date that look ahead from the past verb: "was moved to December 15",
    /// "was extended to January 31", "funds the government through December 11".
    static let forwardWords: Set<String> = ["to", "through", "until", "till", "effective", "into"]
    /// How many words before a date hold the verb that dates it.
    static let leadWords = 6

    public init() {}

    /// The last `leadWords` words before a date in its sentence, lower-case, with a space at each end:
    /// the verb there tells the date's tense, not one elsewhere in the sentence ("The measure, which
    /// was signed in September, funds the government through December 11, 2020").
    static func lead(of figure: Figure, in context: ValidationContext) -> String {
        var text = context.before(figure, count: 80)
        for stop in [". ", "; ", "? ", "! "] {
            if let cut = text.ranges(of: stop).last { text = String(text[cut.upperBound...]) }
        }
        func window(_ t: Substring) -> String { " " + t.split(separator: " ").suffix(leadWords).joined(separator: " ") + " " }
        // After the last comma, unless those words hold no verb of either tense ("was held in Paris,
        // France on December 20": the comma is read over).
        if let cut = text.ranges(of: ", ").last {
            let clause = window(text[cut.upperBound...])
            if ValidationContext.mentions(clause, pastMarkers) || ValidationContext.mentions(clause, futureMarkers) { return clause }
            return window(Substring(text.split(separator: ",").joined(separator: " ")))
        }
        return window(Substring(text))
    }

    /// The weekday set off right after a date: ", a Monday", ", which was a Monday", " (Monday)".
    static func weekdayAfter(_ figure: Figure, _ context: ValidationContext) -> String? {
        let after = context.after(figure, count: 24).lowercased()
        for lead in [", a ", ", which was a ", " ("] where after.hasPrefix(lead) {
            let word = after.dropFirst(lead.count).prefix { $0.isLetter }
            if weekdays.prefix(7).contains(where: { $0.0 == word }) { return String(word) }
        }
        return nil
    }

    /// How many words before a date, after the last comma or stop, its own clause is read for a past verb: a place
    /// may stand between the verb and the date ("seized 2,300 counterfeit handbags at the port on 24 March 2026",
    /// "arrested three men at a house in the north of the city on 24 March 2026").
    static let clauseWords = 20
    /// Words that open a relative clause, whose verb does not tell the tense of the clause around it.
    static let relativeWords: Set<String> = ["that", "which", "who", "whom", "whose"]
    /// Present verbs of an event: after them a past participle before is no tense of the date's clause.
    static let presentVerbs: Set<String> = [
        "is", "are", "returns", "return", "resumes", "resume", "reopens", "reopen", "opens", "open", "begins", "begin", "starts",
        "start", "runs", "run", "takes", "take", "closes", "close", "ends", "end", "comes", "come", "goes", "go", "holds", "hold",
    ]

    /// Irregular past tenses the extractor's past test (`FigureExtractor.isPastTenseWord`) leaves out, because they are
    /// also participles, present tenses or nouns: in the date's own clause, after no word of `notPastBefore`, they tell
    /// the past ("Rescuers brought the hikers home on …", "Divers found the wreck on …", "The storm hit the coast on …").
    /// (Not "left", "bound", "shot", "split", "fed", "shed", "spread": after a noun they are as often a noun or an
    /// adjective, "ten days left on …", "a ship bound for Oslo on …", "a booster shot on …", "a stock split on …".)
    static let irregularPasts: Set<String> = [
        "brought", "found", "held", "made", "sold", "paid", "built", "bought", "sent", "spent", "kept", "lost", "told", "led",
        "won", "hit", "shut", "beat", "threw", "shook", "rode", "swam", "sang", "rang", "tore", "swore", "arose", "blew", "drank",
        "ate", "woke", "forgot", "withdrew", "overthrew", "oversaw", "overtook", "undertook", "upheld", "withheld", "stuck",
        "dug", "spun", "swept", "taught", "heard", "laid", "lent", "understood", "stood", "sat", "slept", "rebuilt", "sped",
        "dealt", "meant",
    ]
    /// Words before a word of `irregularPasts` that make it no past tense: an infinitive or present ("to hit", "will
    /// hit", "is held", "be found", "do not hit") or an adjective after a determiner ("a lost bag", "the sold tickets").
    static let notPastBefore: Set<String> = [
        "to", "is", "are", "am", "be", "being", "a", "an", "the", "this", "these", "its", "their", "his", "her", "our", "my",
        "your", "not", "never", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does",
    ]

    /// Whether word `k` of a clause is a past tense: one the extractor knows, or one of `irregularPasts` after a word
    /// (its subject or an adverb: a clause opening with one is a participle, "…, held on 3 June 2026, …") of no
    /// `notPastBefore`.
    static func isPast(_ clause: [String], _ k: Int) -> Bool {
        if FigureExtractor.isPastTenseWord(clause[k]) { return true }
        return irregularPasts.contains(clause[k]) && k > 0 && !notPastBefore.contains(clause[k - 1])
    }

    /// The last `clauseWords` words before a date, after the last comma or stop before it, lower-case.
    static func ownClause(of figure: Figure, in context: ValidationContext) -> [String] {
        var text = Substring(context.before(figure, count: 160).lowercased())
        for stop in [". ", "; ", "? ", "! ", ", ", "("] {
            if let cut = text.ranges(of: stop).last { text = text[cut.upperBound...] }
        }
        return text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).suffix(clauseWords).map(String.init)
    }

    /// The weekday (1 = Monday) a date names, in its text or set off after it ("sank on 2 February 2025, a Monday").
    static func namedWeekday(_ figure: Figure, _ context: ValidationContext) -> Int? {
        var words = figure.text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if let after = weekdayAfter(figure, context) { words.append(after) }
        return weekdays.first(where: { words.contains($0.0) })?.1
    }

    static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    /// Words before "between" that compare two years rather than span the time between them: "the difference between
    /// 2024 and 2021", "a choice between 2028 and 2024", "the change in output between 2023 and 2019".
    static let comparingWords: Set<String> = [
        "difference", "differences", "gap", "comparison", "comparisons", "compared", "comparing", "compare", "contrast", "choice",
        "choose", "change", "changes", "rise", "fall", "increase", "decrease", "growth", "drop", "shift", "swing",
    ]

    /// "between 2019 and 2015", "from 2024 to 2021": two years written as a span, the later first (the extractor reads
    /// them as two years, as no span runs backwards); not two years compared, "the difference between 2024 and 2021".
    static func backwardsYears(_ i: Int, _ context: ValidationContext) -> Finding? {
        let figures = context.figures
        guard i + 1 < figures.count, figures[i + 1].kind == .date, figures[i + 1].sentence == figures[i].sentence,
            let first = Self.writtenYear(figures[i]), let second = Self.writtenYear(figures[i + 1]), first > second
        else { return nil }
        let between = context.text(between: figures[i], and: figures[i + 1])
        let before = context.before(figures[i], count: 40)
        // (Not after a word of comparing or of change in the words before: "compared results between 2022 and 2018",
        // "The change in output between 2023 and 2019".)
        let lead = before.split(separator: " ").suffix(7).dropLast()
        let span =
            (between == " and " && before.hasSuffix(" between ") && !lead.contains { comparingWords.contains(String($0)) })
            || ([" to ", "-", "–", " until "].contains(between) && before.hasSuffix(" from "))
        guard span else { return nil }
        return Finding(
            rule: "dates.range-order", severity: .error, figures: [i, i + 1],
            message:
                "\(before.hasSuffix(" from ") ? "from" : "between") \(figures[i].text)\(between)\(figures[i + 1].text) starts (\(first)) after it ends (\(second))"
        )
    }

    /// The year of a date figure that is a year written in digits alone ("2019"), else nil.
    static func writtenYear(_ figure: Figure) -> Int? {
        guard figure.kind == .date, figure.resolved == "absolute", figure.text.count == 4, let year = Int(figure.text),
            figure.date?.start == "\(figure.text)-01-01", figure.date?.end == "\(figure.text)-12-31"
        else { return nil }
        return year
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for (i, figure) in context.figures.enumerated() where figure.kind == .date {
            guard let span = figure.date else { continue }
            if span.start.count == span.end.count, span.start > span.end {
                findings.append(
                    Finding(
                        rule: "dates.range-order", severity: .error, figures: [i],
                        message: "\(figure.text) starts (\(span.start)) after it ends (\(span.end))"))
            }
            if let backwards = Self.backwardsYears(i, context) { findings.append(backwards) }
            // Only dates the article writes in full: a year the extractor inferred is its guess, not a claim.
            let written = figure.resolved == "absolute"
            // A single day that names a weekday the day is not: an error when the article writes the year; when the
            // extractor took the year from the published day, a warning: no year within one of it puts the day on that
            // weekday (the extractor would have taken that year), or a past verb kept the day before the published one
            // ("was held on Saturday 4 January" of next January).
            if span.start == span.end, span.start.count == 10, let day = CalendarDate(iso: span.start),
                let named = Self.namedWeekday(figure, context), named != day.weekday
            {
                let weekday = Self.capitalized(Self.weekdays[named - 1].0)
                let actual = Self.capitalized(Self.weekdays[day.weekday - 1].0)
                if written {
                    findings.append(
                        Finding(
                            rule: id, severity: .error, figures: [i],
                            message: "\(figure.text): \(span.start) is a \(actual), not a \(weekday)"))
                } else if figure.resolved == "year from published", let published = context.published {
                    let other = ((published.year - 1)...(published.year + 1)).compactMap {
                        CalendarDate(year: $0, month: day.month, day: day.day)
                    }.first { $0.weekday == named }
                    let elsewhere =
                        other.map { "; \($0) is one" }
                        ?? "; no year from \(published.year - 1) to \(published.year + 1) has that day on a \(weekday)"
                    findings.append(
                        Finding(
                            rule: id, severity: .warning, figures: [i],
                            message:
                                "\(figure.text): the year is not written, and \(span.start) (its year taken from the published day) is a \(actual), not a \(weekday)\(elsewhere)"
                        ))
                }
            }
            // A single day only: a past-tense sentence about a later year or month is ordinary news
            // ("funding for Artemis in fiscal year 2020 was dwindling", "the board approved the 2021 budget").
            if written, span.start == span.end, let published = context.published, let start = CalendarDate(iso: span.start),
                span.start.count == 10, start.dayNumber > published.dayNumber
            {
                let lead = Self.lead(of: figure, in: context)
                let forward = lead.split(separator: " ").last.map { Self.forwardWords.contains(String($0)) } ?? false
                // (Any past verb in the date's own clause: "Police arrested three men on 20 July 2025"; not "The
                // ruling, issued on Thursday, takes effect on September 1, 2025".)
                // (Past `leadWords`, not a verb of a relative clause: "The event that drew 5,000 people last year returns to
                // the park on 24 March 2026".)
                let clause = Self.ownClause(of: figure, in: context)
                let past =
                    ValidationContext.mentions(lead, Self.pastMarkers)
                    || clause.indices.contains { k in
                        Self.isPast(clause, k)
                            && (k >= clause.count - Self.leadWords || k == 0 || !Self.relativeWords.contains(clause[k - 1]))
                            // (Nor a participle before a present verb of the date: "The festival founded in 1990 returns
                            // on 14 August 2026", "The series launched by the orchestra last year resumes on …".)
                            && !clause[(k + 1)...].contains { Self.presentVerbs.contains($0) }
                    }
                // (A future word anywhere in that clause looks ahead: "will be auctioned by the customs office on …".)
                let future =
                    ValidationContext.mentions(lead, Self.futureMarkers)
                    || ValidationContext.mentions(" " + clause.joined(separator: " ") + " ", Self.futureMarkers)
                if past, !future, !forward {
                    findings.append(
                        Finding(
                            rule: "dates.future-in-past", severity: .warning, figures: [i],
                            message: "\(figure.text) (\(span.start)) is after the published day \(published) in a past-tense sentence"))
                }
            }
        }
        return findings
    }
}
