import NewsFigures

/// totals.parts (error; a warning for a whole that opens its sentence) and totals.derived (info): parts
/// said to make up a total agree with it.
///
/// A stated total followed in its sentence by "including", "of which", "among them", "such as",
/// "comprising", then two or more counts of things (the parts): the parts may not add up to more
/// than the total. "23 events …, plus 22 other activities": the counts joined by "plus … other" add up to
/// a total the article implies (info).
/// A whole that opens its sentence ("Of the 250 flights, 180 departed on time, 60 were delayed and 30
/// were cancelled") and the counts of the same things after it are parts too, also when the parts after the first leave
/// out its verb ("1,480 ended in fines, 390 in community orders and 340 in prison sentences", `gapsTheVerb`).
/// Counts (or amounts, a warning) listed right before a total said to be all of them ("in all", "in
/// total") add up to it: "23 concerts plus 22 workshops, 55 events in all" is an error.
/// Parts after the first may leave out the noun the first repeats from the total ("318 million kilograms of tea,
/// including 164 million kilograms from Assam, 97 million from the Dooars and 71 million from the Nilgiris").
/// A total a verb of change carries needs a colon's list, three parts, or two each said to be a kind the other excludes
/// (`separateKinds`: "added 310,000 broadband customers, of which 190,000 were fibre connections and 160,000 were cable
/// upgrades"; not "400 jobs, of which 250 were permanent roles and 200 were part-time positions").
/// Fires: "45 events, including 30 forums and 20 exhibitions" (50 > 45).
/// Does not fire: "45 events, including 20 forums and 10 exhibitions"; "23 events, such as the
/// flagship summit" (no counted parts); a recipe's "for 2 burgers: 1 beet (150 g), 2 tsp …"
/// (no part cue, measures); counts of different sentences; "employs 2,000 people, including 1,500 engineers and
/// 1,200 women" (people cut two ways, `crossCuttingGroups`).
public struct TotalsRule: ValidationRule {
    public let id = "totals.parts"
    public let derivedID = "totals.derived"
    static let partCues = ["including", "of which", "among them", "such as", "comprising", "made up of", "consisting of"]
    /// Verbs that list parts of an amount (not of a count, whose parts listed by a verb may overlap: "The parliament
    /// includes 263 women and 400 first-time MPs"): "The £2.4bn package includes £1.5bn for … and £1.1bn for …".
    static let amountPartCues = ["includes", "included", "include"]
    /// Words that say parts overlap: "many fell into both groups".
    static let overlapWords = [" both ", " both.", " both,", "overlap", "more than one", " also "]
    /// Nouns of people that cut across any other grouping of them, each set one way of cutting: "1,500 engineers and
    /// 1,200 women" may overlap, "1,100 men and 900 women" may not.
    static let crossCuttingGroups: [Set<String>] = [
        ["women", "men", "woman", "man", "females", "males", "girls", "boys"],
        ["children", "adults", "minors", "teenagers", "youths", "pensioners", "retirees", "juveniles", "infants", "babies"],
        ["foreigners", "nationals", "citizens", "locals", "migrants", "immigrants", "expatriates", "expats", "refugees"],
    ]

    /// Whether two parts' nouns may count some of the same people: one cuts across the other's grouping ("1,500
    /// engineers and 1,200 women", "900 students and 400 foreigners"); not two of one cut ("men" and "women") or
    /// two nouns of none ("30 forums and 20 exhibitions").
    static func mayOverlap(_ heads: Set<String>) -> Bool {
        let cuts = heads.map { head in crossCuttingGroups.firstIndex { $0.contains(head) } }
        return cuts.contains { $0 != nil } && Set(cuts).count > 1
    }
    /// Words after a total that say the counts before it are all its parts: "55 events in all".
    static let sumCues = ["in all", "in total", "altogether", "all told", "combined", "between them"]
    /// Words before a list that say it is not all the parts: "including 3 golds and 2 silvers, 9 medals in all".
    static let partialCues = ["includ", "such as", "among", "of which"]
    /// Parts that make less than this share of a stated total are a selection of it, not all of it.
    static let selectionShare = 0.5
    /// How many counts listed before a stated total are read as its parts; a longer list is none.
    static let maximumListedParts = 12
    /// How far after the total (in characters) its parts may stand.
    static let partsReach = 400

    public init() {}

    /// The finding of parts that add up past their total: "parts 30 + 20 = 50 exceed the total 45".
    func exceeding(total t: Int, parts: [Int], sum: Double, severity: Severity, _ context: ValidationContext) -> Finding {
        let figures = context.figures
        let listed = parts.map { figures[$0].text }.joined(separator: " + ")
        return Finding(
            rule: id, severity: severity, figures: [t] + parts,
            message: "parts \(listed) = \(sum.readable) exceed the total \(figures[t].text)")
    }

    /// "23 concerts plus 22 workshops, 55 events in all", "three plants in Spain, four in France and two
    /// in Italy, 11 factories in total": the counts (or amounts) listed right before a total said to be
    /// all of them add up to it.
    func statedSum(_ t: Int, _ context: ValidationContext) -> Finding? {
        let figures = context.figures
        let total = figures[t]
        guard total.kind == .count || total.kind == .money, total.change == nil, total.bound == .exact,
            let totalValue = total.value?.doubleValue, t > 0
        else { return nil }
        let after = context.after(total, count: 60, pastSubject: true)
        guard Self.sumCues.contains(where: { after.hasPrefix(" " + $0) }) else { return nil }
        // The parts: the run of figures of the same measure right before the total, in its clause.
        var parts: [Int] = []
        var j = t - 1
        // (The parts' date may stand before the total: "212 burglaries, 148 car thefts and 96 robberies in September, 436
        // offences in all".)
        while j > 0, figures[j].kind == .date, figures[j].sentence == total.sentence { j -= 1 }
        // (At most `maximumListedParts`: walking back over a whole long sentence for each total was quadratic.)
        while j >= 0, parts.count < Self.maximumListedParts, figures[j].sentence == total.sentence, figures[j].kind == total.kind,
            figures[j].unit == total.unit,
            figures[j].change == nil, figures[j].bound == .exact, !ChangeArithmeticRule.looksLikeYear(figures[j]),
            figures[j + 1].start - figures[j].end <= 60,
            !context.text(between: figures[j], and: figures[j + 1]).contains(where: { ".;:".contains($0) })
        {
            parts.insert(j, at: 0)
            j -= 1
        }
        // (The total in a clause of its own is of a wider set: "won two golds and three world titles, and 20 medals in all".)
        guard parts.count >= 2, parts.count < Self.maximumListedParts, let first = parts.first, let last = parts.last,
            context.text(between: figures[last], and: total).contains(","),
            !context.text(between: figures[last], and: total).contains(" and "),
            !ValidationContext.mentions(context.before(figures[first], count: 30).lowercased(), Self.partialCues)
        else { return nil }
        let sum = parts.compactMap { figures[$0].value?.doubleValue }.reduce(0, +)
        let slack = total.kind == .money ? totalValue * 0.005 : 0
        guard abs(sum - totalValue) > slack else { return nil }
        // Parts well short of the total are a selection ("27 seats in Wales and 37 in Scotland, 411 in total"): a
        // shortfall is read as a slip only when the parts make at least half of the total.
        if sum < totalValue * Self.selectionShare { return nil }
        let listed = parts.map { figures[$0].text }.joined(separator: " + ")
        let show = { (v: Double) in total.kind == .money ? v.money(total.unit) : v.readable }
        // (Amounts listed are more often a selection than counts are: a warning.)
        let named = total.kind == .count ? total.subject.map { " " + $0 } ?? "" : ""
        return Finding(
            rule: id, severity: total.kind == .money ? .warning : .error, figures: parts + [t],
            message: "parts \(listed) = \(show(sum)), but the text gives \(total.text)\(named) in all")
    }

    /// Whether the text between a total and the first count after it opens a list of its parts: a part cue
    /// (`partCues`), a colon ("11 medals in total: five gold"), or ", with" after "in all" ("212 seats in all, with 148").
    /// (Before a colon only the total's noun and up to `colonLeadWords` words of it: not "For 2 burgers you need: 1
    /// beet"; a possessive is one word, "11 medals in total at this year's European championships: five gold".)
    static func opensParts(_ between: String, amount: Bool, noun: String? = nil) -> Bool {
        if ValidationContext.mentions(between, partCues) || (amount && ValidationContext.mentions(between, amountPartCues)) {
            return true
        }
        let lower = between.lowercased()
        if lower.hasSuffix(": ") {
            var words = lower.dropLast(2).split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" })
            // (The total's own noun is not among them: "14 medals in total at …".)
            let nounWords = (noun ?? "").lowercased().split(separator: " ")
            if !nounWords.isEmpty, words.starts(with: nounWords) { words.removeFirst(nounWords.count) }
            return !lower.dropLast(2).contains(where: { ".;:,".contains($0) }) && words.count <= colonLeadWords
                && !words.contains { colonBlockers.contains(String($0)) }
        }
        return ValidationContext.mentions(lower, sumCues) && lower.hasSuffix(", with ")
    }

    /// Words that may follow a part's verb and stand for it in the parts after it: "1,480 ended in fines, 390 in …".
    static let gappedPrepositions: Set<String> = ["in", "on", "at", "to", "for", "with", "from", "by", "into", "as", "without"]
    /// Verbs of what a member may do in several things at once, whose gapped parts overlap: "passed in maths, … in English".
    static let overlappingVerbs: Set<String> = [
        "passed", "failed", "scored", "excelled", "qualified", "won", "succeeded", "achieved", "improved", "competed", "played",
        "took", "participated",
    ]

    /// Whether count `i`, listed right after part `previous`, leaves out the verb of the part `anchor`: the anchor's verb
    /// is followed by a preposition (`gappedPrepositions`) and `i` by the same one ("1,480 ended in fines, 390 in
    /// community orders and 340 in prison sentences"); not a year, and the list not closed between.
    static func gapsTheVerb(of anchor: Int, in i: Int, after previous: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        guard !ChangeArithmeticRule.looksLikeYear(figures[i]), !listClosed(context.text(between: figures[previous], and: figures[i]))
        else { return false }
        let said = context.after(figures[anchor], count: 30).split(whereSeparator: { !$0.isLetter })
        let own = context.after(figures[i], count: 16).split(whereSeparator: { !$0.isLetter })
        guard said.count >= 2, let preposition = own.first, gappedPrepositions.contains(String(preposition)),
            context.after(figures[i], count: 2).hasPrefix(" ")
        else { return false }
        // (Not a verb of what each member may do in more than one thing: "500 passed in maths, 400 in English and 300 in
        // science" overlap.)
        guard !said.prefix(2).contains(where: { overlappingVerbs.contains(String($0)) }) else { return false }
        // (Perhaps after an auxiliary: "1,480 were sent to prison, 390 to …".)
        return said.prefix(3).dropFirst().contains(preposition)
    }

    /// Verbs that say what a part is: "190,000 were fibre connections".
    static let copulas: Set<String> = ["were", "are", "was", "is"]
    /// Words that end a part's complement: "and", "or", "while".
    static let complementEnds: Set<String> = ["and", "or", "while", "whereas", "but", "with", "including"]

    /// The words a part is said to be, up to the end of its clause: "190,000 were fibre connections and …" → ["fibre",
    /// "connections"]; nil without a copula right after the part.
    static func complement(of i: Int, _ context: ValidationContext) -> [String]? {
        let after = context.after(context.figures[i], count: 60)
        let clause = after.prefix { !",.;:()".contains($0) && !$0.isNumber }
        let words = clause.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let verb = words.first, copulas.contains(verb) else { return nil }
        return Array(words.dropFirst().prefix { !complementEnds.contains($0) })
    }

    /// Words that name kinds no member can be of two of at once, each set one way of cutting: a connection is fibre or
    /// cable, a job permanent or temporary, a member new or returning.
    static let exclusiveKinds: [Set<String>] = [
        ["fibre", "fiber", "cable", "copper", "dsl", "adsl", "satellite"],
        ["permanent", "temporary"],
        ["full-time", "part-time"],
        ["new", "existing", "returning", "former"],
        ["domestic", "international"],
        ["residential", "commercial"],
        ["public", "private"],
        ["urban", "rural"],
        ["prepaid", "postpaid", "pay-as-you-go"],
        ["electric", "petrol", "diesel", "hybrid"],
        ["male", "female"],
    ]

    /// Whether two parts are each said to be a kind that excludes the other: a word of each complement names a
    /// different kind of one cut (`exclusiveKinds`: "of which 190,000 were fibre connections and 160,000 were cable
    /// upgrades", "30 were new entrants and 20 were former members"). Not kinds that may overlap: "250 were permanent roles and 200 were part-time
    /// positions" (two cuts), "500 were new routes and 450 were weekend services", "1,200 were retail investors and 900
    /// were first-time savers", "were engineers … were graduates", people cut another way (`crossCuttingGroups`).
    static func separateKinds(_ parts: [Int], _ context: ValidationContext) -> Bool {
        let complements = parts.compactMap { complement(of: $0, context) }
        guard parts.count == 2, complements.count == 2, complements.allSatisfy({ !$0.isEmpty && $0.count <= 4 }),
            !complements.joined().contains(where: { word in crossCuttingGroups.contains { $0.contains(word) } })
        else { return false }
        return exclusiveKinds.contains { kinds in
            let a = Set(complements[0]).intersection(kinds), b = Set(complements[1]).intersection(kinds)
            return a.count == 1 && b.count == 1 && a != b
        }
    }

    /// How many words (besides the total's noun) may stand between a total and the colon that opens its parts.
    static let colonLeadWords = 8
    /// Words before a colon that make what follows something other than the total's parts: "you need:".
    static let colonBlockers: Set<String> = [
        "you", "we", "they", "i", "he", "she", "it", "need", "needs", "said", "says", "include", "includes", "are", "were", "is", "was",
    ]

    /// Whether the text between two counts closes the list before the second: a comma after the last item's
    /// "and" ("four secondaries and a special school, employs 1,400"), or the end of the sentence.
    /// Or text that is no list's glue: "£6bn of debt and values the firm at £12bn", "bringing the total to £500m".
    static func listClosed(_ between: String) -> Bool {
        if between.contains(".") { return true }
        let glue = [", ", " and ", ", and ", " plus ", " or ", ", plus "]
        guard glue.contains(where: { between.hasSuffix($0) }) else { return true }
        guard let and = between.ranges(of: " and ").last ?? between.ranges(of: " or ").last else { return false }
        return between[and.upperBound...].contains(",")
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let figures = context.figures
        for t in figures.indices {
            if let sum = statedSum(t, context) { findings.append(sum) }
            let total = figures[t]
            // (A total a verb of change carries is one too when its parts follow: "lost 312 million litres to leaks in
            // July: 118 million …", "added 40 members, including 10 …, 20 … and 15 …".)
            guard total.kind == .count || total.kind == .money, let totalValue = total.value?.doubleValue else { continue }
            // (Lazily, and the parts within reach of the total: listing every later count of a long sentence for
            // each total, and reading the text between them, was quadratic: 100 KB took 12 s.)
            // (From the total on, in text order: filtering the sentence from its start for each total was quadratic.)
            let later = (t + 1..<figures.count).lazy.prefix { figures[$0].sentence == total.sentence }.filter {
                figures[$0].kind == total.kind && figures[$0].unit == total.unit && figures[$0].change == nil
            }
            // Parts after a cue right after the total ("45 events, including 30 forums and 20 exhibitions", "11 medals
            // in total: five gold, …", "212 seats in all, with 148 for …").
            if let first = later.first, figures[first].start - total.end <= 60,
                case let opening = context.text(between: total, and: figures[first]),
                Self.opensParts(opening, amount: total.kind == .money, noun: total.subject), opening.count <= 60,
                later.prefix(2).count >= 2,
                total.bound != .min
            {
                // (The list ends at the clause after its last item: "12 schools, including seven primaries, four
                // secondaries and a special school, employs 1,400 staff".)
                let parts = Array(
                    later.prefix { i in
                        i == first
                            || (figures[i].start - total.end <= Self.partsReach
                                && !Self.listClosed(context.text(between: figures[i - 1], and: figures[i])))
                    })
                // (A total a verb of change carries, "added 2,000 jobs, including 1,500 engineers and 1,200 women", has
                // two parts that may well overlap: only a colon's list or three parts or more.)
                // (Or two parts each said to be a kind the other excludes: "added 310,000 broadband customers, of which
                // 190,000 were fibre connections and 160,000 were cable upgrades".)
                if total.change != nil, !(opening.hasSuffix(": ") || parts.count >= 3 || Self.separateKinds(parts, context)) {
                    continue
                }
                let sum = parts.compactMap { figures[$0].value?.doubleValue }.reduce(0, +)
                // Parts are counted things ("30 forums", "five gold"), not measures in a list ("150 g", "2 tsp"); amounts
                // listed are more often a selection: a warning.
                // (After a colon, or "in all, with", the list is the total's, nouns or not: "11 medals in total: five
                // gold, four silver …", "212 seats in all, with 148 for the Liberals and 71 for the Nationals".)
                let colon = opening.hasSuffix(": ") || opening.hasSuffix(", with ")
                // (After a colon, parts of the total's noun or of none: not "three key numbers: 40 deaths, 200 injured".)
                let head = total.subject.map(ValidationContext.headNoun)
                let ofTheTotal = { (i: Int) -> Bool in
                    guard let s = figures[i].subject?.lowercased() else { return true }
                    return head.map { h in s.split(separator: " ").contains { $0 == h } } ?? false
                }
                // (Or parts each no larger than it: "12 arrests: 8 men and 5 women"; not "three key numbers: 40 deaths".)
                let noneLarger = parts.allSatisfy { (figures[$0].value?.doubleValue ?? 0) <= totalValue }
                // (Parts after the first may leave out a noun the first repeats from the total: "318 million kilograms
                // of tea, including 164 million kilograms from Assam, 97 million from the Dooars and 71 million …".)
                let firstRepeatsTheTotal =
                    total.subject.map(ValidationContext.headNoun).map { h in
                        figures[parts[0]].subject.map { ValidationContext.headNoun($0) == h } ?? false
                    } ?? false
                let counted =
                    (total.kind == .money
                        || parts.allSatisfy {
                            (figures[$0].subject ?? "").count >= 3 || (colon && figures[$0].bound == .exact)
                                || (firstRepeatsTheTotal && $0 != parts[0] && figures[$0].subject == nil)
                        })
                    && (!colon || parts.allSatisfy(ofTheTotal) || noneLarger)
                let slack = total.kind == .money ? totalValue * 0.005 : 0
                // (A part that names the whole's noun again, beside parts of other nouns, cuts it another way: "620
                // candidates, including 340 women and 310 candidates under 40".)
                // (Nouns compared before any "of": "900 megawatts of solar, 450 megawatts of wind" are of one noun.)
                let headNoun = ValidationContext.headNoun
                let subjects = Set(parts.compactMap { figures[$0].subject.map(headNoun) })
                // (Qualified after its noun, "candidates under 40"; not another total after ", and": "…, and 45 events, including".)
                let qualified = { (i: Int) -> Bool in
                    guard let s = figures[i].subject, let t = total.subject, headNoun(s) == headNoun(t) else { return false }
                    let after = context.after(figures[i], count: s.count + 12, pastSubject: true).drop(while: { $0 == " " })
                    return after.first.map { $0.isLetter } ?? false
                }
                let anotherCut = subjects.count > 1 && (parts.contains(where: qualified) || Self.mayOverlap(subjects))
                // (Or the text says the parts overlap: "320 about noise and 260 about parking, many of them mentioning both".)
                let overlapTold = ValidationContext.mentions(
                    context.slice(total.start, figures[parts[parts.count - 1]].end + 80).lowercased(), Self.overlapWords)
                if parts.count >= 2, counted, !anotherCut, !overlapTold, sum > totalValue + slack {
                    findings.append(
                        exceeding(total: t, parts: parts, sum: sum, severity: total.kind == .money ? .warning : .error, context))
                }
                continue
            }
            guard total.kind == .count, total.change == nil else { continue }
            // "Of the 250 flights scheduled, 180 departed on time, 60 were delayed and 30 were cancelled": a
            // whole that opens its sentence, then the counts of the same things (their noun elided).
            if total.bound == .exact, let subject = total.subject, context.sentenceOpening(of: total).hasPrefix("of "),
                context.before(total, count: 8).hasSuffix("of the ") || context.before(total, count: 8).hasSuffix("of ")
            {
                // (Parts after the first may leave out its verb, and so their noun: "1,480 ended in fines, 390 in community
                // orders and 340 in prison sentences".)
                var parts: [Int] = []
                var anchor: Int?
                for i in later.prefix(while: { figures[$0].start - total.end <= Self.partsReach }) where figures[i].bound == .exact {
                    if figures[i].subject == subject {
                        parts.append(i)
                        anchor = i
                    } else if figures[i].subject == nil, let a = anchor, let previous = parts.last, previous == i - 1,
                        Self.gapsTheVerb(of: a, in: i, after: previous, context)
                    {
                        parts.append(i)
                    }
                }
                let values = parts.compactMap { figures[$0].value?.doubleValue }
                let sum = values.reduce(0, +)
                // (Parts that already make the whole end its cut; the counts after them cut it another way: "Of the 40
                // victims, 25 were male and 15 female; 12 were under 18".)
                let madeWhole = values.indices.dropLast().contains { values[...$0].reduce(0, +) == totalValue }
                // ("Of 40 players, 30 were fit on Monday and 25 trained on Tuesday": counts of two days.)
                let dated = parts.count >= 2 && (parts[0]..<parts[parts.count - 1]).contains { figures[$0].kind == .date }
                // (The counts may be of two dimensions of the whole, "210 were over 65 and 180 had diabetes": a
                // warning, and none where the text says they overlap.)
                // (Read from the whole to a little after its last part, not the whole sentence for every whole.)
                let overlap =
                    parts.count >= 2
                    && ValidationContext.mentions(
                        context.slice(total.start, figures[parts[parts.count - 1]].end + 80).lowercased(), Self.overlapWords)
                // (Three counts or more: two are as often two dimensions, "Of the 500 staff, 300 are women and 250
                // are over 50".)
                if parts.count >= 3, !dated, !overlap, !madeWhole, sum > totalValue {
                    findings.append(exceeding(total: t, parts: parts, sum: sum, severity: .warning, context))
                }
                continue
            }
            // "23 events …, plus 22 other activities": an implied total.
            if let next = later.first, context.text(between: total, and: figures[next]).hasSuffix("plus "),
                context.after(figures[next], count: 12).trimmingLeadingSpaces().hasPrefix("other")
                    || context.after(figures[next], count: 12).trimmingLeadingSpaces().hasPrefix("more"),
                let nextValue = figures[next].value?.doubleValue
            {
                findings.append(
                    Finding(
                        rule: derivedID, severity: .info, figures: [t, next],
                        message:
                            "\(total.text) \(total.subject ?? "") plus \(figures[next].text) \(figures[next].subject ?? "") make \((totalValue + nextValue).readable) in all"
                    ))
            }
        }
        return findings
    }
}
