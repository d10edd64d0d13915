import NewsFigures

/// part-whole: a part is not larger than its whole.
///
/// Two shapes: "25 of the 26 projects" / "25 out of 26" (the part names its whole), and a count
/// whose counted noun is left out and refers back to a count of the same thing earlier in the
/// sentence ("signed 26 foreign investment projects …, and 25 have materialized").
/// A part restated after ", or" must agree with it: "120 of the plant's 400 workers, or 45 percent" (30
/// percent); "a third of its 90 staff, or 45 people" (30); "2,300 of its 9,200 teachers, or about a third" (a
/// quarter); "Of the 1,850 people tested, 148, or 12 per cent" (8); "45 per cent of its 620 buses, or 340" (279); past
/// the whole's date ("1,450 of the 5,800 people who settled there last year, or about a third") or a possessive of up
/// to four words ("35 per cent of the streaming service's 2,400 film titles, or 1,100 films", "About 600 of the sea
/// rescue charity's 2,400 volunteers, or roughly half"), or as a bare "half" ("600 of the charity's 2,400 volunteers,
/// or half, are under 30"); an amount of an amount too ("£600 million of the £2.4 billion cost, or 40 percent": 25).
/// Fires: "25 of 24 projects"; "signed 24 projects last year, and 25 have materialized".
/// Does not fire: "25 of the 26 projects"; "26 projects … 25 have materialized"; a comparison after ", or" ("£600
/// million of the £2.4 billion cost, or 40 percent less than France"); "43 events …
/// an increase of 17" (a change, not a part); two counts of different things; counts of two periods
/// ("cancelled 40 flights on Monday, and 55 were cancelled on Tuesday").
public struct PartWholeRule: ValidationRule {
    public let id = "part-whole"
    static let partVerbs = ["have ", "has ", "had ", "were ", "are ", "was ", "is ", "remain", "will ", "already ", "now "]
    /// After a part, the pronoun of its whole: "135 of them had", "120 of whom".
    static let ofPronouns = ["of them ", "of whom ", "of whom,", "of which ", "of which,", "of them,"]
    static let ofWords = [" of ", " of the ", " out of ", " out of the ", " of those ", " of these "]

    public init() {}

    /// " of ", " of the ", " out of ", " of the plant's ", " of its ": the text between a part and its whole.
    static func ofWhole(_ between: String) -> Bool {
        if ofWords.contains(between) { return true }
        guard between.hasPrefix(" of "), between.hasSuffix(" ") else { return false }
        let words = between.split(separator: " ")
        // (A possessive of two words: "of the streaming service's", "of the bus company's".)
        let possessive = { (w: Substring) in w.hasSuffix("'s") || w.hasSuffix("’s") }
        if words.count <= 5 && !between.contains(",")
            && words.indices.dropFirst().allSatisfy({ k in
                determiners.contains(words[k]) || possessive(words[k])
                    || (k + 1 < words.count && possessive(words[k + 1]) && words[k].allSatisfy(\.isLetter))
            })
        {
            return true
        }
        // (Or of up to `possessiveWords` words: "of the sea rescue charity's", "of the city's bus company's" is none.)
        let phrase = words.dropFirst().drop { determiners.contains($0) }
        return !phrase.isEmpty && phrase.count <= possessiveWords && (phrase.last.map(possessive) ?? false)
            && phrase.dropLast().allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" } }
    }
    /// Words after a figure that make it a comparison, not a restated part: "or 40 percent less than France", "or 10
    /// percent more than rivals", "or 40 percent above last year".
    static let comparatives: Set<String> = [
        "less", "more", "fewer", "higher", "lower", "above", "below", "over", "under", "up", "down", "greater", "smaller",
        "larger", "bigger", "cheaper", "dearer", "short",
    ]
    /// How many words a possessive whole may have: "of the sea rescue charity's 2,400 volunteers".
    static let possessiveWords = 4
    static let determiners: Set<Substring> = ["the", "its", "their", "his", "her", "our", "those", "these"]

    /// "Some 120 of the plant's 400 workers, or 45 percent": a part restated after ", or" as a percentage
    /// (or, for a fraction, as a count: "about a third of its 90 staff, or 45 people") must agree with the
    /// part and whole, within the rounding of what is written (a tenth for "a third", "half").
    /// (The restatement follows whichever of the two comes last: "400 workers, 120 of whom, or 45 percent".)
    func restated(part p: Int, whole w: Int, _ context: ValidationContext) -> Finding? {
        let figures = context.figures
        let last = max(p, w)
        // (A date of the whole may stand before ", or": "1,450 of the 5,800 people who settled there last year, or about a third".)
        var r = last + 1
        while r < figures.count, figures[r].kind == .date, figures[r].sentence == figures[last].sentence { r += 1 }
        guard r < figures.count, figures[r].sentence == figures[last].sentence, figures[r].change == nil,
            let said = figures[r].value?.doubleValue, let part = figures[p].value?.doubleValue,
            let whole = figures[w].value?.doubleValue, whole > 0, figures[r].start - figures[last].end <= 60,
            context.text(between: figures[last], and: figures[r]).hasSuffix(", or ")
        else { return restatedAsBareHalf(part: p, whole: w, after: last, context) }
        let restatement = figures[r]
        // ("150, or about a third of the night shift": a share of another whole.)
        if context.after(restatement, count: 4).hasPrefix(" of ") { return nil }
        // ("£600 million of the £2.4 billion cost, or 40 percent less than France": a comparison, no restatement.)
        // (Right after it: not "or 40 percent, lower down the list".)
        let following = context.after(restatement, count: 16)
        let next = following.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if following.hasPrefix(" "), Self.comparatives.contains(next) { return nil }
        // (A percentage of another whole, "or 60 percent of admissions", is no restatement.)
        if restatement.kind == .percent, restatement.unit == "percent", part >= 1,
            restatement.subject == nil || restatement.subject == figures[w].subject
        {
            let share = 100 * part / whole
            // (An approximate part, "some 120", may be a few points off.)
            let approx = figures[p].bound == .approx || figures[w].bound == .approx || restatement.bound == .approx
            // (Amounts are rounded as written: "£1.3 billion of the £4.7 billion" is 26.6 to 28.7 percent.)
            let written =
                figures[p].kind == .money
                ? 100
                    * (ChangeArithmeticRule.rounding(of: figures[p]) / whole + part * ChangeArithmeticRule.rounding(of: figures[w])
                        / (whole * whole))
                : 0
            let slack = ChangeArithmeticRule.halfUnit(restatement.text) + (approx ? 2.5 : 0.5) + written
            guard abs(share - said) > slack else { return nil }
            return Finding(
                rule: id, severity: .error, figures: [p, w, r].sorted(),
                message: "\(figures[p].text) of \(figures[w].text) is \(share.short) percent, not the \(restatement.text) stated")
        }
        // ("2,300 of the district's 9,200 teachers, or about a third": a fraction in words, loosely.)
        if restatement.kind == .count, part >= 1, said > 0, said < 1, !restatement.text.contains(where: \.isNumber) {
            let share = part / whole
            guard abs(share - said) * 100 > ChangeArithmeticRule.fractionSlack else { return nil }
            return Finding(
                rule: id, severity: .error, figures: [p, w, r].sorted(),
                message: "\(figures[p].text) of \(figures[w].text) is \((share * 100).short) percent, not the \(restatement.text) stated")
        }
        if restatement.kind == .count, part < 1 {
            let count = part * whole
            guard said < count * 0.9 - 0.5 || said > count * 1.1 + 0.5 else { return nil }
            return Finding(
                rule: id, severity: .error, figures: [p, w, r].sorted(),
                message: "\(figures[p].text) of \(figures[w].text) is about \(count.readable), not the \(restatement.text) stated")
        }
        return nil
    }

    /// "600 of the charity's 2,400 volunteers, or half, are under 30": a bare "half" (no figure of its own) after ", or"
    /// right past the whole's noun, set off by a stop after it, restates the part, loosely as a fraction in words (not "or
    /// half of the crews", a half of another whole; not "are under 30, or half the national average").
    func restatedAsBareHalf(part p: Int, whole w: Int, after last: Int, _ context: ValidationContext) -> Finding? {
        let figures = context.figures
        guard let part = figures[p].value?.doubleValue, let whole = figures[w].value?.doubleValue, whole > 0, part >= 1 else {
            return nil
        }
        let after = context.after(figures[last], count: 60)
        guard let or = after.firstRange(of: ", or half") else { return nil }
        let lead = after[..<or.lowerBound]
        let rest = after[or.upperBound...]
        // (Only the whole's noun before it, and a stop right after it: not "are under 30, or half the national average".)
        guard !lead.contains(where: { ",.;:".contains($0) || $0.isNumber }), let stop = rest.first, ",.;)".contains(stop) else {
            return nil
        }
        let share = part / whole
        guard abs(share - 0.5) * 100 > ChangeArithmeticRule.fractionSlack else { return nil }
        return Finding(
            rule: id, severity: .error, figures: [p, w].sorted(),
            message: "\(figures[p].text) of \(figures[w].text) is \((share * 100).short) percent, not the half stated")
    }

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let figures = context.figures
        for p in figures.indices {
            let part = figures[p]
            // "About 45 per cent of the fleet's 620 buses, or 340 vehicles": a share of a whole restated as a count.
            if part.kind == .percent, part.unit == "percent", part.change == nil, let finding = shareRestated(p, context) {
                findings.append(finding)
                continue
            }
            // "£600 million of the £2.4 billion cost, or 40 percent": an amount of an amount restated as a share (not
            // judged by size: a part may overrun its whole, "spent £3 billion of its £2.4 billion budget").
            if part.kind == .money, part.change == nil, p + 1 < figures.count, figures[p + 1].kind == .money,
                figures[p + 1].unit == part.unit, figures[p + 1].change == nil, figures[p + 1].sentence == part.sentence,
                Self.ofWhole(context.text(between: part, and: figures[p + 1]))
            {
                if let restated = restated(part: p, whole: p + 1, context) { findings.append(restated) }
                continue
            }
            // (A count cut from its whole is a part of it still: "laid off 120 of its 400 workers, or 45 percent".)
            // (Not a market's points: "The Nasdaq shed 120 of the 400 points it had gained, or 0.7 per cent".)
            let cutFromWhole =
                part.change?.direction == .decrease && p + 1 < figures.count
                && Self.ofWhole(context.text(between: part, and: figures[p + 1]))
                && !(figures[p + 1].subject.map { $0.lowercased().hasSuffix("points") } ?? false)
            guard part.kind == .count, part.change == nil || cutFromWhole, let partValue = part.value?.doubleValue else { continue }
            // "Of the 1,850 people tested, 148, or 12 per cent, were positive": the whole opens the sentence, the part
            // is the next count after a comma.
            // (Walked back from the part over its dates: filtering the sentence for each part was quadratic.)
            if part.subject == nil, let w = stride(from: p - 1, through: max(0, p - 8), by: -1).first(where: { figures[$0].kind != .date }),
                figures[w].sentence == part.sentence, figures[w].kind == .count, figures[w].change == nil, figures[w].subject != nil,
                context.sentenceOpening(of: figures[w]).hasPrefix("of "),
                context.before(figures[w], count: 8).hasSuffix("of the ") || context.before(figures[w], count: 4).hasSuffix("of "),
                context.text(between: figures[w], and: part).hasSuffix(", ")
            {
                if let restated = restated(part: p, whole: w, context) { findings.append(restated) }
                continue
            }
            // "25 of 24 projects": the whole comes right after the part.
            if p + 1 < figures.count, figures[p + 1].kind == .count, figures[p + 1].change == nil,
                let wholeValue = figures[p + 1].value?.doubleValue, Self.ofWhole(context.text(between: part, and: figures[p + 1]))
            {
                if partValue > wholeValue, partValue >= 1 {
                    findings.append(
                        Finding(
                            rule: id, severity: .error, figures: [p, p + 1],
                            message: "\(part.text) of \(figures[p + 1].text): the part is larger than the whole"))
                } else if let restated = restated(part: p, whole: p + 1, context) {
                    findings.append(restated)
                }
                continue
            }
            // "26 projects …, and 25 have materialized", "135 of them had …": the part's noun is left out.
            // Parallel counts ("500 cars in 2019 and 700 in 2020") are not parts: the part is said of
            // the whole ("25 have materialized", "of which 25 …").
            let following = context.after(part, count: 30).trimmingLeadingSpaces()
            let saidOfWhole =
                Self.partVerbs.contains { following.hasPrefix($0) } || Self.ofPronouns.contains { following.hasPrefix($0) }
                || ValidationContext.mentions(context.before(part, count: 20), ["of which", "of them", "among them", "of those"])
            guard saidOfWhole, let subject = part.subject?.lowercased(), let noun = subject.split(separator: " ").first,
                !following.hasPrefix(noun)
            else { continue }
            // (The nearest whole, looked for from the part back: filtering them all was quadratic on long sentences.)
            let whole = context.sameSentence(as: p).last { w in
                w < p && figures[w].kind == .count && figures[w].change == nil && figures[w].subject?.lowercased() == subject
                    && Self.namesNoun(context.after(figures[w], count: 40).trimmingLeadingSpaces(), noun)
            }
            guard let w = whole, let wholeValue = figures[w].value?.doubleValue, figures[w].bound != .min,
                !Self.twoPeriods(w, p, context)
            else { continue }
            // "recovered 30 phones from 8 suspects, 12 of them stolen": after "of them" the whole may be any count
            // before; only one of another noun between makes it unclear, and then there is none.
            if Self.ofPronouns.contains(where: { following.hasPrefix($0) }),
                context.sameSentence(as: p).contains(where: {
                    $0 < p && $0 != w && figures[$0].kind == .count && figures[$0].subject != nil
                })
            {
                continue
            }
            if partValue > wholeValue {
                findings.append(
                    Finding(
                        rule: id, severity: .error, figures: [w, p],
                        message: "\(part.text) refers back to \(figures[w].text) \(subject) but is larger"))
            } else if let restated = restated(part: p, whole: w, context) {
                findings.append(restated)
            }
        }
        return findings
    }
}

extension PartWholeRule {
    /// "About 45 per cent of the fleet's 620 buses, or 340 vehicles": the count a share of a whole is restated as
    /// must be that share of it (within the rounding of the share, a few points for an approximate one).
    func shareRestated(_ p: Int, _ context: ValidationContext) -> Finding? {
        let figures = context.figures
        guard p + 2 < figures.count, let share = figures[p].value?.doubleValue, share > 0, share <= 100,
            figures[p + 1].kind == .count, figures[p + 1].change == nil, figures[p + 1].sentence == figures[p].sentence,
            let whole = figures[p + 1].value?.doubleValue, whole >= 1, Self.ofWhole(context.text(between: figures[p], and: figures[p + 1])),
            figures[p + 2].kind == .count, figures[p + 2].sentence == figures[p].sentence, figures[p + 2].change == nil,
            let said = figures[p + 2].value?.doubleValue, said >= 1,
            context.text(between: figures[p + 1], and: figures[p + 2]).hasSuffix(", or "),
            figures[p + 2].start - figures[p + 1].end <= 60
        else { return nil }
        let approx = figures[p].bound == .approx || figures[p + 2].bound == .approx
        let slack = ChangeArithmeticRule.halfUnit(figures[p].text) + (approx ? 2.5 : 0.5)
        let saidShare = 100 * said / whole
        guard abs(saidShare - share) > slack else { return nil }
        return Finding(
            rule: id, severity: .error, figures: [p, p + 1, p + 2],
            message:
                "\(figures[p].text) of \(figures[p + 1].text) is about \((share * whole / 100).readable), not the \(figures[p + 2].text) stated"
        )
    }

    /// Whether the words right after a whole name its noun, past up to two modifiers and before any punctuation: "36
    /// volunteers", "36 new volunteers", "12 young local players" (not a whole whose noun the extractor took from an
    /// earlier sentence, "… 36 this spring", nor a part of it, "36 of the volunteers").
    static func namesNoun(_ following: Substring, _ noun: Substring) -> Bool {
        let words = following.prefix { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }.split(separator: " ").prefix(3)
        return words.prefix { $0 != "of" }.contains { $0.hasPrefix(noun) }
    }

    /// "cancelled 40 flights on Monday, and 55 were cancelled on Tuesday", "300 pupils last year;
    /// this year 320 are enrolled": a date between the whole and the part and another, different date
    /// in the sentence make them counts of two periods, not a part and its whole.
    static func twoPeriods(_ whole: Int, _ part: Int, _ context: ValidationContext) -> Bool {
        // ("Of the 20 projects approved in March, 25 were completed by June": a partitive is a part
        // whatever the dates; "…, officials said on Tuesday": the day of the report is no period.)
        if context.before(context.figures[whole], count: 8).hasSuffix("of the ")
            || context.before(context.figures[whole], count: 4).hasSuffix("of ")
        {
            return false
        }
        let dates = context.sameSentence(as: whole).filter {
            context.figures[$0].kind == .date
                && !ValidationContext.mentions(
                    context.before(context.figures[$0], count: 14), [" said ", " announced ", " reported ", " told "])
        }
        guard let between = dates.first(where: { $0 > whole && $0 < part }), let date = context.figures[between].date else {
            return false
        }
        return dates.contains { $0 != between && context.figures[$0].date.map { $0 != date } ?? false }
    }
}

extension String {
    func trimmingLeadingSpaces() -> Substring {
        drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," }
    }
}
