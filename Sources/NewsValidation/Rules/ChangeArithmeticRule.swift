import NewsFigures

/// change.derived (info) and change.mismatch (error): a stated change and the current value imply
/// the earlier value.
///
/// "43 events, an increase of 17 from last year" → 26 last year; "4,230 companies, surging 73.8
/// percent from last year's" → about 2,434. The current value is the nearest count or amount before
/// the change in its sentence (same kind; for an absolute change, the same subject when both have
/// one). When the sentence also states the earlier value after the change ("… from last year's
/// 20", "compared with 30"), the two must agree: exactly for an absolute change of counts, within
/// the rounding of the stated percentage for a percent change, else an error. The earlier value may stand before the
/// change, the levels' noun between ("fell to 412 millimetres last year from 530 millimetres, a drop of 12 percent"); a
/// level of its own other period is none ("2,160 homes in June, 8% more than a year earlier, and 1,900 homes were
/// started in May"). A period and a participle restating the change may stand before "from" ("fell 4.1 percent in April,
/// taking the weekly rate from £246.10 to £230.25"; as one range, `changesOverARange`).
/// Fires (mismatch): "43 events, an increase of 17 from last year's 20".
/// Does not fire: a change with no value before it ("sales rose 5 percent"); a change of an object
/// named before "by" ("17 ounces of water decreased the calories consumed by 13%"); the seeds'
/// changes (info only).
public struct ChangeArithmeticRule: ValidationRule {
    public let id = "change.derived"
    public let mismatchID = "change.mismatch"
    /// Words of a level's date between it and "from": "fell to 6.2 percent in February from 5.8 percent".
    static let levelDateWords: Set<String> = ["in", "on", "at", "during", "for", "by", "the", "of", "as"]
    /// Words of a running total compared at the same point of another year.
    static let yearToDateCues = ["so far", "to date", "at this point", "this time last year", "same point", "same period", "year-to-date"]
    /// Periods a level's date may name without being read as a date: "climbed to 84.1% in the quarter, compared with 86.5%".
    static let periodWords: Set<String> = [
        "quarter", "year", "month", "week", "season", "period", "half", "this", "last", "summer", "winter", "spring", "autumn",
    ]
    static let rankWords = ["rank", "place", "spot", "position", "standings", "seed", "chart", "table", "poll"]
    static let evaluativeVerbs = ["improv", "worsen", "deteriorat", "recover", "strengthen", "weaken"]
    static let earlierCues = [
        "from", "compared with", "compared to", "than", "last year's", "a year earlier", "versus", "vs", "over last", "over the",
    ]
    /// What may stand between "to" and a new level: "rose 7.5% to an average of £285,000".
    static let levelLeads = [
        "", "an average of ", "a total of ", "a record ", "a record of ", "a high of ", "a low of ", "about ", "around ",
    ]
    /// How far around a level (in characters) a word of rank exempts it ("climbed to 12 from 30 in the world rankings").
    static let rankReach = 150
    /// The nouns of a count that is a difference of percentages: "down six points".
    static let pointNouns: Set<String> = ["points", "point", "percentage points", "percentage point"]
    /// How many percentage points a change written as a fraction ("by a third") may be off its exact value.
    static let fractionSlack = 2.5
    /// How far before a change (in characters) its current value may stand in the same clause.
    static let clauseReach = 400

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let figures = context.figures
        for c in figures.indices {
            let change = figures[c]
            guard let direction = change.change?.direction, let delta = change.value?.doubleValue,
                change.kind == .percent || change.kind == .count || change.kind == .money
            else { continue }
            // "a real-terms fall of 16 percent", "rose 1.2 percent after inflation": a change of what the cash
            // levels beside it are not.
            if Self.realTerms(change, context) { continue }
            if !Self.inheritsChange(c, context), let wrongWay = Self.levelAgainstItsChange(c, direction, context) {
                findings.append(Finding(rule: mismatchID, severity: .error, figures: wrongWay.figures, message: wrongWay.message))
            }
            // A fraction in words is a relative change too: "fell by a quarter to 600,000".
            // (Not a fraction of a unit: "fell by a fifth of a cent to $1.20".)
            let isFraction =
                change.kind == .count && delta > 0 && delta < 1 && !change.text.contains(where: \.isNumber)
                && !context.after(change, count: 4).hasPrefix(" of ")
            let isPercent = (change.kind == .percent && change.unit == "percent") || isFraction
            // "rose 0.4 percentage points to 4.1%", "fell 6 points to 41 per cent": a difference of two percentages.
            // (Points of a count are a percentage's only beside one: "The Dow jumped 500 points to 39,000" is of an index.)
            let isPoints =
                change.kind == .percent
                ? change.unit == "percentage point"
                : change.kind == .count && Self.pointNouns.contains(change.subject?.lowercased() ?? "")
                    && context.sameSentence(as: c).contains {
                        // (Or one that carries this change as its new level: "Turnout fell 4 points, to 60%".)
                        figures[$0].kind == .percent && figures[$0].unit == "percent"
                            && (figures[$0].change == nil || (figures[$0].change?.direction == direction && $0 > c))
                    }
            guard isPercent || isPoints || change.kind != .percent else { continue }
            let percent = isFraction ? delta * 100 : delta
            // "down to $164.99", "rose to 43": a new level, not an amount of change.
            if context.before(change, count: 4).hasSuffix("to ") { continue }
            // "$39,014, up from $38,373": a level and its earlier level, not an amount of change (but "rose
            // 50% to 120 units, up from 100" states the level after "to" and its earlier one).
            let following = context.after(change, count: 40)
            if let stated = following.firstRange(of: "up from") ?? following.firstRange(of: "down from"),
                !following[..<stated.lowerBound].contains(". "), !following[..<stated.lowerBound].contains(" to ")
            {
                continue
            }
            // "lowering wages by 0.16 percent": the change is of the wages, not of a figure before it (but
            // "raised its key rate by 0.75 percentage points to 4.5%" states the wages' new level).
            let ofAnObject = FigureExtractor.changeIsOfAnObject(before: context.before(change, count: 40))
            let sentence = context.sameSentence(as: c)
            // (`level`: a new level after "to" may carry the change itself: "rose 50% to 120 units, up from 100";
            // `nounless`: after "to" a count needs no noun: "sales rose 10% to 120 from 100", "rose by 17, from 26 to 43".)
            func isCurrent(_ i: Int, level: Bool = false, nounless: Bool = false) -> Bool {
                guard let v = figures[i].value, v.doubleValue >= 0, !Self.looksLikeYear(figures[i]),
                    figures[i].change == nil || (level && figures[i].change?.direction == direction)
                else {
                    return false
                }
                if isPoints { return figures[i].kind == .percent && figures[i].unit == "percent" }
                // A count needs its noun ("4,230 companies"); "aged 26 or older" is no current value.
                if isPercent { return figures[i].kind == .money || (figures[i].kind == .count && (nounless || figures[i].subject != nil)) }
                guard figures[i].kind == change.kind else { return false }
                if change.kind == .money { return figures[i].unit == change.unit }
                if nounless, change.subject == nil || figures[i].subject == nil { return true }
                return change.subject != nil && figures[i].subject == change.subject
            }
            // "rose 3.5 percent to $27.2 billion": the value after "to" is the current one; else the
            // nearest before the change in the same clause.
            // (Offsets first: building the text between the change and every later figure was cubic on long sentences.)
            // (The change's own noun may stand before "to": "increased by 250 students to 4,100".)
            // (And a period, or "an average of": "rose 7.5% year on year to an average of £285,000".)
            let noun = change.subject.map { " " + $0.lowercased() } ?? ""
            let after = sentence.first { i in
                i > c && figures[i].start - change.end <= 40 + noun.count && isCurrent(i, level: true, nounless: true)
                    && Self.leadsToNewLevel(Self.datesLeftOut(between: c, and: i, sentence, context), noun: noun)
            }
            // (A level after "to" carries the change it reached: "grew from 12,000 in 2022 to 15,600 in 2023, a
            // 40% jump".)
            // (Not past a nearer figure of the same measure: in "from 12,000 in 2015 to 15,000 in 2020 and 18,000 in
            // 2025, a 20% rise" the rise is of 18,000, which has no noun of its own to check it by.)
            // (Nor a level after "from": "fell to 2.1% from 2.4%, down 0.3 points" is a fall to 2.1%.)
            let before = sentence.last { i in
                i < c && change.start - figures[i].end <= Self.clauseReach && !Self.afterFrom(figures[i], context)
                    // (Not a level that carries a change figure's own before it: "The Dow fell 102.2 points, or 0.36%, to
                    // 27,934.02, the S&P 500 lost 1.85 points" is no fall of 1.85 to 27,934.02.)
                    && (isCurrent(i)
                        || (isCurrent(i, level: true) && context.before(figures[i], count: 4).hasSuffix("to ")
                            && !Self.inheritsChange(i, context)))
                    // (Nor across "while" or "whereas", which open a clause of another measure: "rose 4.1% to 38.2
                    // billion euros, while volumes fell 0.8%".)
                    && !ValidationContext.mentions(context.text(between: figures[i], and: change), [";", ". ", " while ", " whereas "])
                    && !Self.ofAnEarlierPeriod(context.text(between: figures[i], and: change))
            }.flatMap { b in Self.sameMeasureBetween(b, c, sentence, context) ? nil : b }
            // "rose 18% from $214 million to $236 million", "jumped 25 percent, from 40 to 50": the level
            // after "to" is the current one, the level after "from" the earlier one (checked below).
            // (The levels' dates may stand between: "from 1,240 people in 2022 to 1,488 in 2023".)
            let fromTo = sentence.first { i in
                guard i > c + 1, figures[i].start - change.end <= 80, figures[i].kind != .date, isCurrent(i, level: true, nounless: true),
                    let e = Self.earlierLevel(before: i, sentence, context), e > c
                else { return false }
                // ("increased by 30 from last year's 120 to 160": the earlier level's date may stand after "from".)
                let words = Self.datesLeftOut(between: c, and: e, sentence, context).split(whereSeparator: { !$0.isLetter })
                return [" from ", ", from "].contains(context.text(between: change, and: figures[e]))
                    || (words.first == "from" && words.dropFirst().allSatisfy { $0 == "s" } && figures[c + 1].kind == .date)
                    // ("fell 4.1 percent in April, from £246.10 to £230.25", "…, taking the weekly rate from …": a period
                    // and a participle restating the change may stand before "from".)
                    || (((c + 1)..<e).allSatisfy { figures[$0].kind == .date }
                        && Self.restatedBeforeFrom(
                            Self.datesLeftOut(between: c, and: e, sentence, context), subject: Self.changedMeasure(c, context)))
            }
            let current = ofAnObject ? after ?? fromTo : after ?? fromTo ?? before
            guard let x = current, let now = figures[x].value?.doubleValue else { continue }
            let sign = direction == .increase ? 1.0 : -1.0
            let earlier: Double
            var low: Double, high: Double
            if isPercent {
                let factor = 1 + sign * percent / 100
                guard factor > 0 else { continue }
                earlier = now / factor
                // The percentage and the current value are rounded to the digits they are written with
                // (a fraction in words, loosely: "a quarter" is 22.5 to 27.5 percent).
                let half = isFraction ? Self.fractionSlack : Self.halfUnit(change.text)
                let nowHalf = Self.rounding(of: figures[x])
                let f1 = 1 + sign * (percent - half) / 100, f2 = 1 + sign * (percent + half) / 100
                let ends = [(now - nowHalf) / f1, (now - nowHalf) / f2, (now + nowHalf) / f1, (now + nowHalf) / f2].filter(\.isFinite)
                low = ends.min() ?? earlier
                high = ends.max() ?? earlier
            } else if isPoints {
                // Both percentages and the difference are rounded as written; a whole number of points
                // is taken as rounded from the underlying shares, so it may be one point off.
                earlier = now - sign * delta
                let slack = Self.rounding(of: change) + Self.rounding(of: figures[x]) + (delta == delta.rounded() ? 1 : 0)
                low = earlier - slack
                high = earlier + slack
            } else {
                earlier = now - sign * delta
                low = earlier
                high = earlier
                if change.kind == .money { low *= 0.995; high *= 1.005 }
            }
            let reference = change.change?.reference.map { " " + $0 } ?? " before"
            // ("$236 million", not "$236 million USD"; "57 pence (GBP)".)
            let unit =
                figures[x].kind == .money
                ? (Self.writesItsCurrency(figures[x]) ? "" : " (" + (figures[x].unit ?? "") + ")")
                : (figures[x].subject.map { " " + $0 } ?? "")
            let about = isPercent ? "about " : ""
            // ("37p before", as "42p" is written; "£0.37" for "£0.42".)
            let minor = figures[x].kind == .money && Self.inMinorUnits(figures[x])
            let shown =
                minor
                ? Self.restyled(figures[x].text, (earlier * 100).readable)
                : figures[x].kind == .money
                    ? earlier.money(figures[x].unit)
                    : isPoints
                        ? Self.restyled(figures[x].text, earlier.readable) : Self.format(earlier, count: figures[x].kind == .count)
            // "6 points", not "6".
            let changeText = isPoints && change.kind == .count ? change.text + (change.subject.map { " " + $0 } ?? "") : change.text
            findings.append(
                Finding(
                    rule: id, severity: .info, figures: [x, c],
                    message: "\(figures[x].text)\(unit), \(direction.rawValue) of \(changeText): \(about)\(shown)\(reference)"))
            // An earlier value stated after the change must agree.
            // (The offsets first: building the text between for every later figure was cubic on long sentences.)
            // Or before the current one when the change follows them: "went from 100 units to 120 units, a 50%
            // increase".
            // Or after it, when the change follows both: "fell to $90 billion from $100 billion, a drop of 20%".
            let statedBefore = { () -> Int? in
                guard x < c else { return nil }
                if let e = Self.earlierLevel(before: x, sentence, context) { return e }
                guard let next = sentence.first(where: { $0 > x && figures[$0].kind != .date }), next < c,
                    figures[next].kind == figures[x].kind, figures[next].unit == figures[x].unit, figures[next].change == nil,
                    Self.afterFrom(figures[next], context)
                else { return nil }
                let words = Self.datesLeftOut(between: x, and: next, sentence, context).split(whereSeparator: { !$0.isLetter })
                // (The level's own noun may stand between: "fell to 412 millimetres last year from 530 millimetres".)
                let noun = Set((figures[x].subject ?? "").lowercased().split(whereSeparator: { !$0.isLetter }))
                return words.dropLast().allSatisfy { Self.levelDateWords.contains(String($0)) || noun.contains($0) } ? next : nil
            }
            // (Not past another change, which the level after its "from" is of: "fell 4% to 31,200, after rising
            // 6% from 30,700".)
            let stated =
                sentence.first { i in
                    i > c && i != x && figures[i].kind == figures[x].kind && figures[i].change == nil && figures[i].value != nil
                        && figures[i].start - change.end <= 60 && !((c + 1)..<i).contains { $0 != x && figures[$0].change != nil }
                        && (ValidationContext.mentions(context.text(between: change, and: figures[i]), Self.earlierCues)
                            // ("an increase of 5 points on the 26 percent": "on the" right before the earlier level.)
                            || context.text(between: change, and: figures[i]).hasSuffix(" on the "))
                        && !Self.ofAnotherPeriodThanAYearBefore(i, level: x, change: c, sentence, context)
                } ?? statedBefore()
            // The stated earlier value is rounded as written too ("from $1 billion": 0.95 to 1.05 billion … 1.5).
            let statedHalf = stated.map { isPoints ? Self.rounding(of: figures[$0]) : max(0.5, Self.rounding(of: figures[$0])) } ?? 0.5
            if let s = stated, let value = figures[s].value?.doubleValue, value < low - statedHalf || value > high + statedHalf {
                findings.append(
                    Finding(
                        rule: mismatchID, severity: .error, figures: [x, c, s],
                        message:
                            "\(figures[x].text) with \(changeText) implies \(about)\(shown)\(reference), but the article states \(figures[s].text)"
                    ))
            }
        }
        findings += Self.multiplesOverLevels(context, reported: findings)
        findings += Self.changesOverARange(context, reported: findings)
        return findings + Self.comparisonsWithALevel(context, reported: findings)
    }

    /// Participles that restate a change before its levels: "rising from 40 to 210", "taking the weekly rate from £230.25
    /// to £246.10", "bringing the total from …".
    static let restatingParticiples: Set<String> = [
        "rising", "climbing", "growing", "increasing", "jumping", "soaring", "going", "falling", "dropping", "declining",
        "shrinking", "sliding", "taking", "bringing", "lifting", "pushing", "raising", "lowering", "cutting", "moving",
    ]
    /// Words of a period between a change and a participle restating it: "in April", "over the decade", "last year".
    static let periodFiller: Set<String> = [
        "in", "on", "at", "during", "for", "by", "the", "of", "as", "over", "since", "within", "a", "an", "last", "past", "this",
        "next", "year", "years", "decade", "decades", "month", "months", "quarter", "quarters", "week", "weeks", "period",
        "season", "two", "three", "four", "five", "six", "ten", "s",
    ]
    /// How many words a participle's object may have: "taking the full new weekly rate".
    static let participleObjectWords = 6

    /// Nouns of a participle's object that name a level of whatever changed, not another measure: "taking the full new
    /// weekly rate from", "taking a single ticket from" (not "taking the year's total", "lifting the trade surplus",
    /// "taking the wage bill": measures of their own).
    static let levelNouns: Set<String> = [
        "rate", "rates", "price", "prices", "level", "levels", "value", "cost", "fare", "fares", "ticket", "tickets", "fee",
        "fees", "charge", "charges", "payment", "payments",
        // ("Council tax will rise 5 percent, taking the average bill from £2,000 to £2,300"; not a wage bill, `otherBills`.)
        "bill", "bills", "premium", "premiums", "rent", "rents",
    ]
    /// Words before "bill" that make it a measure of its own: "taking the wage bill from".
    static let otherBills: Set<String> = ["wage", "pay", "salary", "import", "interest", "fuel", "energy"]
    /// Pronouns a participle's object may be, of the measure that changed: "taking it from 40 to 210".
    static let objectPronouns: Set<String> = ["it", "them"]

    /// Whether the text between a change and its earlier level (lower-cased, dates left out) ends in "from" after only a
    /// period (`periodFiller`) and perhaps a participle restating the change: " in , from ", " over the decade, rising
    /// from " (no object: of the same subject), " in , taking the full new weekly rate from " (an object of the changed
    /// measure: a noun of `subject`, the words before the change, a pronoun, or a noun of a level, `levelNouns`); not "
    /// as sales in the quarter rose from ", " including the increase from " (another clause), nor " in , taking the year's
    /// total from " after "Monthly sales rose" (another measure).
    static func restatedBeforeFrom(_ between: String, subject: String = "") -> Bool {
        guard !between.contains(where: { ".;:()".contains($0) || $0.isNumber }) else { return false }
        let words = between.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard words.last == "from" else { return false }
        var rest = words.dropLast()[...]
        if let k = rest.firstIndex(where: restatingParticiples.contains) {
            let object = rest[(k + 1)...]
            guard object.count <= participleObjectWords,
                !object.contains(where: { clauseWords.contains($0) || restatingParticiples.contains($0) || $0.hasSuffix("ed") })
            else { return false }
            if let head = object.last {
                let named = Set(subject.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
                let singular = head.hasSuffix("s") ? String(head.dropLast()) : head
                let ofTheMeasure = [head, singular, head + "s"].contains(where: named.contains)
                let otherBill = (head == "bill" || head == "bills") && object.dropLast().last.map(otherBills.contains) == true
                guard objectPronouns.contains(head) || (levelNouns.contains(head) && !otherBill) || ofTheMeasure else { return false }
            }
            rest = rest[..<k]
        }
        return rest.count <= 4 && rest.allSatisfy(periodFiller.contains)
    }

    /// The words of a change's sentence before it, where the measure that changed is named: "Monthly sales rose " for "4
    /// percent" in "Monthly sales rose 4 percent in April".
    static func changedMeasure(_ c: Int, _ context: ValidationContext) -> String {
        let before = context.before(context.figures[c], count: 120)
        return String(before[(before.ranges(of: ". ").last?.upperBound ?? before.startIndex)...])
    }

    /// Words of a rate between a level and its noun: "450 euros a month".
    static let rateWords: Set<String> = ["a", "an", "per", "each", "day", "week", "month", "year"]

    /// Words that may stand between a multiple and its levels: a period ("doubled since 2023, from", "halved
    /// last year, from", "nearly tripled in a decade, from"), and a participle restating the multiple ("nearly
    /// quadrupled over the decade, rising from").
    static let multipleFiller = Set<String>([
        "since", "in", "over", "during", "within", "the", "a", "an", "last", "past", "this", "year", "years", "decade", "decades",
        "month", "months", "quarter", "quarters", "week", "weeks", "period", "two", "three", "four", "five", "six", "ten", "from",
        "to", "s", "just", "only", "roughly", "about",
    ]).union(restatingParticiples)

    /// "doubled since 2023, from 120,000 to 190,000", "halved last year, from 15.4 million to 10.2 million",
    /// "tripled in 2024 to 17 gigawatts from 8 gigawatts": a multiple stated before two levels (or a range
    /// "from … to …"), with a period between, must agree with them, as in `levelAgainstItsChange` (whose
    /// findings, `reported`, are not repeated).
    static func multiplesOverLevels(_ context: ValidationContext, reported: [Finding]) -> [Finding] {
        let figures = context.figures
        var findings: [Finding] = []
        for i in figures.indices where figures[i].kind == .count || figures[i].kind == .money {
            // (The new level may carry the multiple's change: "tripled in two years to 4.8 million from 2.3 million".)
            guard figures[i].value != nil, !looksLikeYear(figures[i]) else { continue }
            // (A multiple stated before the figure first: the few words before it are read for every figure, the rest only
            // near a multiple, so that a long sentence is read in linear time.)
            let linkedRange = figures[i].bound == .range && figures[i].text.lowercased().hasPrefix("from ")
            guard statedMultiple(before: i, context, filler: multipleFiller, linked: linkedRange) != nil else { continue }
            // The levels: a range written "from … to …", or two figures of one measure, "from E to N" or "to N from E".
            var levels: (then: Double, now: Double, figures: [Int], linked: Bool)?
            if figures[i].bound == .range, let low = figures[i].value?.doubleValue, let high = figures[i].high?.doubleValue,
                figures[i].text.lowercased().hasPrefix("from ") || afterFrom(figures[i], context)
            {
                levels = (low, high, [i], figures[i].text.lowercased().hasPrefix("from "))
            } else if let next = (i + 1..<min(figures.count, i + 8)).first(where: { figures[$0].kind != .date }),
                figures[next].sentence == figures[i].sentence,
                figures[next].kind == figures[i].kind, figures[next].unit == figures[i].unit, figures[next].bound != .range,
                !looksLikeYear(figures[next]), let a = figures[i].value?.doubleValue, let b = figures[next].value?.doubleValue
            {
                // (Only dates, the noun and a rate between: "from 450 euros a month to 1,500 euros".)
                let between = datesLeftOut(between: i, and: next, context.sameSentence(as: i), context)
                let noun = Set((figures[i].subject ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
                let words = between.split(whereSeparator: { !$0.isLetter }).map(String.init)
                // (A comma may set off the earlier level: "tripled last year to 45,000, from 21,000 in 2023".)
                let commaFrom = words == ["from"] && between.filter({ $0 != " " }) == ",from"
                let plain =
                    (!between.contains(",") || commaFrom) && !between.contains(";") && words.count <= 6
                    && words.dropLast().allSatisfy { levelDateWords.contains($0) || noun.contains($0) || rateWords.contains($0) }
                if plain, words.last == "to", afterFrom(figures[i], context) {
                    levels = (a, b, [i, next], false)
                } else if plain, words.last == "from", context.before(figures[i], count: 4).hasSuffix("to ") {
                    levels = (b, a, [next, i], false)
                }
            }
            guard let (then, now, pair, linked) = levels, then > 0, now > 0,
                !reported.contains(where: { $0.rule == "change.mismatch" && Set(pair).isSubset(of: Set($0.figures)) }),
                let multiple = statedMultiple(before: i, context, filler: multipleFiller, linked: linked)
            else { continue }
            let f = multiple.factor >= 1 ? multiple.factor : 1 / multiple.factor
            let ratio = multiple.factor >= 1 ? now / then : then / now
            let (low, high) = multipleBounds(f, hedge: multiple.hedge)
            guard ratio < low || ratio > high else { continue }
            let shown = pair.count == 1 ? figures[i].text : "\(figures[pair[0]].text) to \(figures[pair[1]].text)"
            findings.append(
                Finding(
                    rule: "change.mismatch", severity: .error, figures: pair.sorted(),
                    message:
                        "\(shown) is \((now / then).readable) times the earlier level, not what \"\(multiple.hedge.isEmpty ? "" : multiple.hedge + " ")\(multiple.word)\" states"
                ))
        }
        return findings
    }

    /// The ratios a multiple allows: within a tenth of it, past it after "more than", short of it after "nearly".
    static func multipleBounds(_ f: Double, hedge: String) -> (Double, Double) {
        switch hedge {
        case "more than", "over": (f * 0.97, Double.infinity)
        case "nearly", "almost": (f * 0.75, f * 1.03)
        default: (f * 0.9, f * 1.1)
        }
    }

    /// "fell to 30 from 25", "rose from 91 percent to 87 percent", "$39,014, up from $40,000": a
    /// new level that carries a change, and its earlier level written beside it ("from", "up from",
    /// "down from"), must move the way the change says (beyond the rounding of both as written).
    static func levelAgainstItsChange(_ c: Int, _ direction: ChangeDirection, _ context: ValidationContext) -> (
        figures: [Int], message: String
    )? {
        let figures = context.figures
        let level = figures[c]
        guard let now = level.value?.doubleValue else { return nil }
        let sentence = context.sameSentence(as: c)
        let sameMeasure = { (i: Int) -> Bool in
            figures[i].kind == level.kind && figures[i].unit == level.unit && figures[i].change == nil && figures[i].value != nil
                && !looksLikeYear(figures[i])
                && (level.subject == nil || figures[i].subject == nil || figures[i].subject?.lowercased() == level.subject?.lowercased())
        }
        let afterTo = context.before(level, count: 4).hasSuffix("to ")
        var earlierIndex: Int?
        var direction = direction
        // "fell to 30 from 25", "$39,014, up from $38,373".
        if let next = sentence.first(where: { $0 > c && figures[$0].kind != .date }), sameMeasure(next) {
            // (A date of the level may stand between: "fell to 6.2 percent in February from 5.8 percent";
            // nothing else: "increased from 1061 to 1128 and multi-core scores increased from 5425" is another change.)
            let words = datesLeftOut(between: c, and: next, sentence, context).split(whereSeparator: { !$0.isLetter })
            let updown = words.count >= 2 && ["up", "down"].contains(words[words.count - 2])
            // (And the level's own noun: "fell to 32 million tonnes this year from 29 million tonnes".)
            let noun = Set((level.subject ?? "").lowercased().split(whereSeparator: { !$0.isLetter }))
            // ("climbed to 84.1% in the quarter, compared with 86.5%", "against 9,100": a comparison names it too.)
            let compared = words.count >= 2 && words[words.count - 2] == "compared" && ["with", "to"].contains(words[words.count - 1])
            // (Not running totals compared at the same point of two years: "rose to 28,000 so far this year, compared with
            // 31,000 at this point last year".)
            let comparison = compared ? 2 : ["against", "versus", "vs"].contains(words.last ?? "") ? 1 : 0
            let cue =
                words.last == "from"
                ? (updown ? 2 : 1)
                : comparison > 0 && !ValidationContext.mentions(context.around(level, reach: 80), yearToDateCues) ? comparison : 0
            if cue > 0,
                words.dropLast(cue).allSatisfy({
                    levelDateWords.contains(String($0)) || noun.contains($0) || periodWords.contains(String($0))
                }),
                afterTo || updown
            {
                earlierIndex = next
                // "Prices rose 3.2% in February, down from 3.4% in January": the rate of the rise came down;
                // "up"/"down" says how the figure moved, whatever change it states.
                if updown { direction = words[words.count - 2] == "up" ? .increase : .decrease }
            }
        }
        // "rose from 91 percent to 87 percent", "rose from 58 percent in January to 51 percent in March".
        if earlierIndex == nil, afterTo, let previous = sentence.last(where: { $0 < c && figures[$0].kind != .date }),
            sameMeasure(previous),
            Self.leadsToLevel(datesLeftOut(between: previous, and: c, sentence, context)),
            afterFrom(figures[previous], context)
        {
            earlierIndex = previous
        }
        guard let e = earlierIndex, let then = figures[e].value?.doubleValue else { return nil }
        // A rank climbs as its number falls ("climbed to 12 from 30 in the world rankings"), and a deficit
        // "improves" as it shrinks: no direction to hold the numbers to.
        // (Around the level, not its whole sentence: reading the sentence for every level was quadratic on
        // long ones, 17 KB of "rose to 5 from 4 and fell to 3 from 6 and" took 3 s.)
        if ValidationContext.mentions(context.around(level, reach: Self.rankReach), rankWords)
            || ValidationContext.mentions(context.before(level, count: 30), evaluativeVerbs)
        {
            return nil
        }
        let slack = rounding(of: level) + rounding(of: figures[e])
        let wrong = direction == .increase ? then > now + slack : then < now - slack
        if !wrong, let multiple = statedMultiple(before: min(c, e), context), then > 0 {
            // "doubled from 40 to 60": the levels must stand in the stated ratio (within a tenth of it, or
            // past it after "more than", short of it after "nearly").
            // (A halving as a doubling read backwards.)
            let f = multiple.factor >= 1 ? multiple.factor : 1 / multiple.factor
            let ratio = multiple.factor >= 1 ? now / then : then / now
            let (low, high) = multipleBounds(f, hedge: multiple.hedge)
            if ratio < low || ratio > high {
                return (
                    [c, e].sorted(),
                    "\(figures[e].text) to \(level.text) is \((now / then).readable) times the earlier level, not what \"\(multiple.word)\" states"
                )
            }
        }
        guard wrong else { return nil }
        let moved = now > then ? "higher" : "lower"
        return (
            [c, e].sorted(),
            "\(level.text) is stated as \(direction == .increase ? "a rise" : "a fall"), but it is \(moved) than the earlier \(figures[e].text)"
        )
    }

    /// Whether a figure of the same kind and unit as `b`, with no other noun than `b`'s, not a year and
    /// stating no change, stands between `b` and the change `c`.
    /// (Earlier levels, after "from", do not count.)
    static func sameMeasureBetween(_ b: Int, _ c: Int, _ sentence: [Int], _ context: ValidationContext) -> Bool {
        let figures = context.figures
        guard let from = sentence.firstIndex(of: b) else { return false }
        return sentence[(from + 1)...].prefix { $0 < c }.contains { i in
            !afterFrom(figures[i], context) && figures[i].kind == figures[b].kind && figures[i].unit == figures[b].unit
                && figures[i].change == nil
                && figures[i].value != nil && !looksLikeYear(figures[i])
                && (figures[i].subject == nil || figures[i].subject == figures[b].subject)
        }
    }

    /// Words of a change against the same period a year before: "8% more than a year earlier", "up 8% year on year".
    static let yearOnYearCues = ["a year earlier", "a year ago", "a year before", "year on year", "year-on-year", "last year"]

    /// Whether figure `i`, after a change against the same period a year before (`yearOnYearCues`, in the change's
    /// reference or between the two), is told of its own period, other than the level's a year back: "2,160 homes in
    /// June, 8% more than a year earlier, and 1,900 homes were started in May" (May is no June of last year).
    /// (Only when both name their period: "…, 8% more than a year earlier, when 1,900 homes were started" is still read.)
    static func ofAnotherPeriodThanAYearBefore(
        _ i: Int, level x: Int, change c: Int, _ sentence: [Int], _ context: ValidationContext
    ) -> Bool {
        let figures = context.figures
        let said = (figures[c].change?.reference ?? "").lowercased() + " " + context.text(between: figures[c], and: figures[i])
        guard ValidationContext.mentions(said, yearOnYearCues), let then = ownDate(i, sentence, context),
            let now = ownDate(x, sentence, context)
        else { return false }
        return then != DateSpan(start: yearBack(now.start), end: yearBack(now.end))
    }

    /// The period a level is told of in its clause: a date right after it, before the next figure and any comma ("2,160
    /// homes in June", "1,900 homes were started in May"), or right before it ("in May, 1,900 homes").
    static func ownDate(_ i: Int, _ sentence: [Int], _ context: ValidationContext) -> DateSpan? {
        let figures = context.figures
        if let k = sentence.firstIndex(of: i) {
            if k + 1 < sentence.count, case let d = sentence[k + 1], figures[d].kind == .date,
                !context.text(between: figures[i], and: figures[d]).contains(where: { ",;:".contains($0) })
            {
                return figures[d].date
            }
            if k > 0, case let d = sentence[k - 1], figures[d].kind == .date,
                [" ", ", "].contains(context.text(between: figures[d], and: figures[i]))
            {
                return figures[d].date
            }
        }
        return nil
    }

    /// An ISO day or month a year earlier: "2026-06-01" → "2025-06-01" (as it was when the year is not written).
    static func yearBack(_ iso: String) -> String {
        guard iso.count >= 4, let year = Int(iso.prefix(4)) else { return iso }
        return String(year - 1) + iso.dropFirst(4)
    }

    /// Words of a change in real terms, against cash levels: "a real-terms fall", "after inflation".
    static let realTermsCues = ["real-terms", "real terms", "after inflation", "adjusted for inflation", "inflation-adjusted"]

    /// Words between a level and a change after it that put the change in an earlier period, of a level
    /// not given: "fell 4% in 2024 to 31,200, after rising 6% in 2023", "having grown 6%", "after a 6% rise".
    static func ofAnEarlierPeriod(_ between: String) -> Bool {
        let words = between.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.indices.contains { k in
            (words[k] == "after" && k + 1 < words.count && (words[k + 1].hasSuffix("ing") || ["a", "an"].contains(words[k + 1])))
                || words[k] == "having"
        }
    }

    /// Whether a change is said to be in real terms, just before it or just after.
    /// (After it, only right after it: "rose 12% to £48bn from £40bn, a real-terms fall of 3 percent" checks the 12%.)
    static func realTerms(_ change: Figure, _ context: ValidationContext) -> Bool {
        if ValidationContext.mentions(context.before(change, count: 24).lowercased(), realTermsCues) { return true }
        let after = context.after(change, count: 40).lowercased().drop(while: { $0 == " " || $0 == "," })
        return ["in real terms", "after inflation", "adjusted for inflation", "after adjusting for inflation", "in inflation-adjusted"]
            .contains { after.hasPrefix($0) }
    }

    /// "from 2.4%", "up from 40": an earlier level.
    static func afterFrom(_ figure: Figure, _ context: ValidationContext) -> Bool {
        context.before(figure, count: 5).hasSuffix("from ")
    }

    /// "from last year's 120": an earlier level after "from" and its date.
    static func afterFromAndDate(_ e: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        guard e > 0, figures[e - 1].kind == .date, figures[e - 1].sentence == figures[e].sentence else { return false }
        return afterFrom(figures[e - 1], context) && ["'s ", "’s ", " "].contains(context.text(between: figures[e - 1], and: figures[e]))
    }

    /// Verbs of a multiple and their factors: "doubled", "tripled", "halved".
    static let multiples: [String: Double] = [
        "doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5, "halving": 0.5,
    ]

    /// The multiple stated in the few words before the first of a change's two levels: "doubled from",
    /// "more than tripled to", "nearly halved from" (with its hedge).
    /// With `filler`, up to seven of those words (and numbers, and a comma) may stand between: "doubled since 2023, from".
    /// `linked`: the figure's own text opens with "from" ("from 120,000 to 190,000").
    static func statedMultiple(before first: Int, _ context: ValidationContext, filler: Set<String> = [], linked: Bool = false) -> (
        factor: Double, word: String, hedge: String
    )? {
        var before = context.before(context.figures[first], count: filler.isEmpty ? 40 : 80)
        // (In its sentence: not a multiple of the sentence before.)
        if let stop = before.ranges(of: ". ").last { before = String(before[stop.upperBound...]) }
        let words = before.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let reach = filler.isEmpty ? 4 : 9
        guard words.count >= 2, let at = words.indices.suffix(reach).last(where: { multiples[words[$0]] != nil }),
            let factor = multiples[words[at]], let link = words.last, linked || link == "from" || link == "to",
            filler.isEmpty || words[(at + 1)...].allSatisfy({ filler.contains($0) })
        else { return nil }
        let hedge = at >= 2 ? words[at - 2] + " " + words[at - 1] : at >= 1 ? words[at - 1] : ""
        let named = hedge.hasSuffix("more than") ? "more than" : ["nearly", "almost", "over"].first { hedge.hasSuffix($0) } ?? ""
        return (factor, words[at], named)
    }

    /// The earlier level of the level `i` written "from E … to I": the figure before `i` that is not a
    /// date, of the same kind and unit, after "from", with only its noun and dates between ("from 100 units
    /// to 120", "from 1,240 people in 2022 to 1,488").
    static func earlierLevel(before i: Int, _ sentence: [Int], _ context: ValidationContext) -> Int? {
        let figures = context.figures
        guard let e = sentence.last(where: { $0 < i && figures[$0].kind != .date }), i - e <= 3,
            figures[e].kind == figures[i].kind, figures[e].unit == figures[i].unit, figures[e].change == nil, figures[e].value != nil,
            afterFrom(figures[e], context) || afterFromAndDate(e, context),
            leadsToLevel(datesLeftOut(between: e, and: i, sentence, context), subject: figures[e].subject)
        else { return nil }
        return e
    }

    /// Whether the text between a change and a figure after it (its dates left out) makes the figure the new
    /// level: " to ", ", to ", " at ", after the change's noun (" students to "), a short period (" year on
    /// year to ", " in the first quarter to ", " in April, to ") or before "an average of" (`levelLeads`).
    /// Whether the level at `c` carries the change of the change figure just before it, "fell 4% in 2024 to 31,200": that
    /// change's arithmetic holds it to its earlier level, once ("… from 30,700" is one mismatch, not two).
    static func inheritsChange(_ c: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        let sentence = context.sameSentence(as: c)
        guard context.before(figures[c], count: 4).hasSuffix("to "), let p = sentence.last(where: { $0 < c && figures[$0].kind != .date }),
            let direction = figures[p].change?.direction, direction == figures[c].change?.direction
        else { return false }
        return leadsToNewLevel(
            datesLeftOut(between: p, and: c, sentence, context), noun: figures[p].subject.map { " " + $0.lowercased() } ?? "")
    }

    static func leadsToNewLevel(_ between: String, noun: String) -> Bool {
        if between == " at " || between == ", to " { return true }
        guard let to = between.ranges(of: " to ").last else { return false }
        // (A comma may close the period: "dropped 12 percent in April, to 3.3 million trips".)
        var lead = between[..<to.lowerBound]
        while let last = lead.last, last == "," || last == " " { lead = lead.dropLast() }
        if lead.isEmpty { return true }
        let tail = String(between[to.upperBound...])
        guard levelLeads.contains(tail) else { return false }
        if lead.isEmpty || String(lead) == noun { return true }
        // "year on year", "in the quarter", "in the summer season": at most four words, no punctuation, no verb or
        // word opening a clause ("fell 5% as sales dropped to 120").
        let words = lead.split(separator: " ").map(String.init)
        return !lead.contains(where: { ",.;:()".contains($0) }) && words.count <= 4
            && !words.contains { clauseWords.contains($0) || $0.hasSuffix("ed") }
    }
    static let clauseWords: Set<String> = [
        "from", "and", "or", "as", "while", "after", "but", "when", "which", "that", "with", "before", "since", "is", "are", "was",
        "were",
    ]

    /// The text between figures `a` and `b` of one sentence with the dates in it left out (lower-cased):
    /// "fell to 6.2 percent in February from 5.8" → " in  from ".
    static func datesLeftOut(between a: Int, and b: Int, _ sentence: [Int], _ context: ValidationContext) -> String {
        let figures = context.figures
        var between = ""
        var from = figures[a].end
        for d in sentence where d > a && d < b {
            between += context.slice(from, figures[d].start) + " "
            from = figures[d].end
        }
        return (between + context.slice(from, figures[b].start)).lowercased()
    }

    /// Whether the text between an earlier level and a new one is " to ", perhaps after the earlier
    /// level's date: " in  to " ("from 58 percent in January to 51 percent").
    /// `subject`: the earlier level's noun may stand between too ("from 100 units to 120 units").
    static func leadsToLevel(_ between: String, subject: String? = nil) -> Bool {
        let words = between.split(whereSeparator: { !$0.isLetter })
        let noun = Set((subject ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return between.hasSuffix(" to ") && words.last == "to"
            && words.dropLast().allSatisfy { levelDateWords.contains(String($0)) || noun.contains(String($0)) }
            && !between.contains(",") && !between.contains(";")
    }

    /// Whether an amount is written in pence or cents: "42p", "87 cents", "5 pence".
    static func inMinorUnits(_ figure: Figure) -> Bool {
        let text = figure.text.lowercased()
        guard text.first?.isNumber ?? false, let value = figure.value?.doubleValue, value < 1 else { return false }
        return text.hasSuffix("p") || text.hasSuffix("pence") || text.hasSuffix("cents") || text.hasSuffix("cent")
    }

    /// A percentage's text with another number in place of its own: ("41 per cent", "47") → "47 per cent".
    static func restyled(_ text: String, _ number: String) -> String {
        guard let first = text.firstIndex(where: \.isNumber) else { return number }
        let end = text[first...].firstIndex(where: { !$0.isNumber && $0 != "." && $0 != "," }) ?? text.endIndex
        return text[..<first] + number + text[end...]
    }

    /// Counts as whole numbers ("2,434"), other values as `Double.readable` ("1.038 billion", "0.54").
    static func format(_ value: Double, count: Bool) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(describing: value) }
        return count && abs(value) < 1e6 ? value.rounded().readable : value.readable
    }

    /// Whether an amount's text shows its currency: a symbol ("$236 million", "€2m") or its code.
    static func writesItsCurrency(_ figure: Figure) -> Bool {
        figure.text.unicodeScalars.contains { $0.properties.generalCategory == .currencySymbol }
            || (figure.unit.map { figure.text.uppercased().contains($0) } ?? false)
    }

    /// "2019 sales": a year read as a count is no current value.
    static func looksLikeYear(_ figure: Figure) -> Bool {
        guard figure.kind == .count, let v = figure.value?.doubleValue else { return false }
        return v >= 1900 && v <= 2100 && v == v.rounded() && !figure.text.contains(",")
    }

    /// Half a unit of the last digit a figure's value is written with, in the value's own scale:
    /// "$1.1 billion" → 0.05 billion, "$1 billion" → 0.5 billion, "14,600" → 0.5.
    /// (Only a number written with decimals is taken as rounded: "$1.1 billion"; "$1 billion", "120"
    /// are read as exact, so that "rose 10% to $2 billion from $1 billion" is still caught.)
    static func rounding(of figure: Figure) -> Double {
        guard let value = figure.value?.doubleValue,
            let written = figure.text.split(whereSeparator: { !$0.isNumber && $0 != "." && $0 != "," })
                .first(where: { $0.contains(where: \.isNumber) }),
            written.contains("."), let mantissa = Double(written.filter { $0 != "," }), mantissa > 0
        else { return 0 }
        return halfUnit(String(written.filter { $0 != "," })) * abs(value / mantissa)
    }

    /// Half a unit of the last digit the percentage is written with ("73.8 percent" → 0.05).
    static func halfUnit(_ text: String) -> Double {
        guard let number = text.split(whereSeparator: { !$0.isNumber && $0 != "." }).first(where: { $0.contains(where: \.isNumber) }),
            let dot = number.firstIndex(of: ".")
        else { return 0.5 }
        let decimals = number.distance(from: dot, to: number.endIndex) - 1
        var half = 0.5
        for _ in 0..<max(0, decimals) { half /= 10 }
        return half
    }
}
