import NewsFigures

/// change.mismatch for a change written as a comparison with the earlier level named: "sold 412,000 tickets this season,
/// 9% more than the 360,000 it sold last season", "Ticket sales of 412,000 were 9% higher than the 360,000 sold last
/// season", "sold 412,000 tickets, compared with 360,000 last season, an increase of 9%" (360,000 to 412,000 is 14%);
/// a difference of counts or amounts too ("87,900 this week, 1,200 more than the 87,100": 800, `isDifference`).
/// Does not fire: the same comparisons when they agree; "9% more than a year earlier" (no level named; the change rule
/// reads it); a level of another noun ("412,000 tickets, 9% more than the 360,000 seats the old arena held"), kind or
/// currency; "9% more than the year before" (no level).
extension ChangeArithmeticRule {
    /// Words right after a percentage that compare the level before it with the level after them.
    static let comparatives: [(String, ChangeDirection)] = [
        ("more than", .increase), ("higher than", .increase), ("greater than", .increase), ("larger than", .increase),
        ("bigger than", .increase), ("above", .increase), ("fewer than", .decrease), ("less than", .decrease),
        ("lower than", .decrease), ("smaller than", .decrease), ("below", .decrease),
    ]
    /// Words that set an earlier level beside a current one before the change: "412,000, compared with 360,000 …, an
    /// increase of 9%".
    static let comparedWith = ["compared with ", "compared to ", "as against ", "against ", "versus "]
    /// How many words may stand between a comparative and its earlier level: "than the 360,000", "than last
    /// season's 360,000", "than the previous year's 360,000".
    static let comparedLevelWords = 3

    /// A change stated as a comparison with a named earlier level must agree with it and the current level before it
    /// (within the rounding of the percentage and levels as written), as in `check`; findings on a change already
    /// `reported` are not repeated.
    static func comparisonsWithALevel(_ context: ValidationContext, reported: [Finding]) -> [Finding] {
        let figures = context.figures
        var findings: [Finding] = []
        for c in figures.indices where (figures[c].kind == .percent && figures[c].unit == "percent") || isDifference(c, context) {
            guard let percent = figures[c].value?.doubleValue, percent > 0,
                !reported.contains(where: { $0.rule == "change.mismatch" && $0.figures.contains(c) }),
                let (now, earlier, direction) = comparedLevels(c, context)
            else { continue }
            guard let nowValue = figures[now].value?.doubleValue, let earlierValue = figures[earlier].value?.doubleValue,
                earlierValue > 0
            else { continue }
            let sign = direction == .increase ? 1.0 : -1.0
            // "87,900 this week, 1,200 more than the 87,100": a difference of the levels' measure.
            if figures[c].kind != .percent {
                guard figures[c].kind == figures[now].kind, figures[c].unit == figures[now].unit else { continue }
                if let a = figures[c].subject, let b = figures[now].subject, ValidationContext.headNoun(a) != ValidationContext.headNoun(b)
                {
                    continue
                }
                let made = nowValue - earlierValue
                let slack =
                    rounding(of: figures[now]) + rounding(of: figures[earlier]) + rounding(of: figures[c])
                    + (figures[c].kind == .money ? max(nowValue, earlierValue) * 0.005 : 0)
                guard abs(made - sign * percent) > slack else { continue }
                let shown = figures[c].kind == .money ? abs(made).money(figures[c].unit) : format(abs(made), count: true)
                findings.append(
                    Finding(
                        rule: "change.mismatch", severity: .error, figures: [now, c, earlier].sorted(),
                        message:
                            "\(figures[now].text) is \(shown) \(made >= 0 ? "more" : "less") than \(figures[earlier].text), not the \(figures[c].text) \(direction == .increase ? "more" : "less") stated"
                    ))
                continue
            }
            let half = halfUnit(figures[c].text)
            let nowHalf = rounding(of: figures[now])
            let statedHalf = max(0.5, rounding(of: figures[earlier]))
            // The change the two levels make, at its widest and narrowest within their rounding.
            let ends = [
                (nowValue - nowHalf) / (earlierValue + statedHalf), (nowValue + nowHalf) / (earlierValue - statedHalf),
            ].map { ($0 - 1) * 100 * sign }
            guard let low = ends.min(), let high = ends.max(), percent + half < low || percent - half > high else { continue }
            let implied = nowValue / (1 + sign * percent / 100)
            let shown = figures[now].kind == .money ? implied.money(figures[now].unit) : format(implied, count: true)
            findings.append(
                Finding(
                    rule: "change.mismatch", severity: .error, figures: [now, c, earlier].sorted(),
                    message:
                        "\(figures[now].text) with \(figures[c].text) \(direction.rawValue) implies about \(shown) before, but the article states \(figures[earlier].text)"
                ))
        }
        return findings
    }

    /// The current and the earlier level of a percentage compared: (current, earlier, direction).
    /// "412,000 tickets this season, 9% more than the 360,000": the earlier level after a comparative, the current one
    /// the nearest figure of its measure before the percentage in its clause. "412,000 tickets …, compared with 360,000
    /// last season, an increase of 9%": a change after the earlier level set beside the current one.
    static func comparedLevels(_ c: Int, _ context: ValidationContext) -> (Int, Int, ChangeDirection)? {
        let figures = context.figures
        let sentence = context.sameSentence(as: c)
        let following = context.after(figures[c], count: 24).drop { $0 == " " }
        if let (phrase, direction) = comparatives.first(where: { following.hasPrefix($0.0 + " ") }),
            figures[c].change == nil || figures[c].change?.direction == direction,
            let e = sentence.first(where: { $0 > c && figures[$0].kind != .date }), comparedLevel(after: phrase, c, e, context),
            let x = sentence.last(where: { $0 < c && figures[$0].kind != .date }), isLevel(x, like: e, context, moving: direction),
            levelsInOneClause(x, c, context)
        {
            return (x, e, direction)
        }
        // "412,000 tickets …, compared with 360,000 last season, an increase of 9%".
        guard let direction = figures[c].change?.direction,
            let e = sentence.last(where: { $0 < c && figures[$0].kind != .date }),
            comparedWith.contains(where: { context.before(figures[e], count: 16).hasSuffix(", " + $0) }),
            let x = sentence.last(where: { $0 < e && figures[$0].kind != .date }), isLevel(x, like: e, context),
            levelsInOneClause(x, e, context), !context.text(between: figures[e], and: figures[c]).contains(where: { ".;".contains($0) })
        else { return nil }
        return (x, e, direction)
    }

    /// Whether figure `e` is the level a comparative compares with: after it, "the", a date's possessive or a few
    /// words of one between ("than the 360,000", "than last season's 360,000"), and no noun of another whole after
    /// it ("more than the 360,000 seats" of a count of tickets).
    static func comparedLevel(after phrase: String, _ c: Int, _ e: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        let between = context.text(between: figures[c], and: figures[e]).drop { $0 == " " }
        guard between.hasPrefix(phrase + " "), figures[e].change == nil else { return false }
        let words = between.dropFirst(phrase.count).split(separator: " ")
        guard words.count <= comparedLevelWords, !between.contains(where: { ",.;:".contains($0) }) else { return false }
        // (Only "the" or a possessive right before the level: "than the 2.1 million it sold", "than last season's 360,000".)
        guard let last = words.last else { return true }
        return words.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" } }
            && (["the", "its", "their"].contains(last) || last.hasSuffix("'s") || last.hasSuffix("’s"))
    }

    /// Whether figure `x` is a level of the measure of `e`: the same kind (and currency), not a year, no change of its
    /// own (but for a level moved the way of the comparison, with no reference: "fell to 700, 10% fewer than the
    /// 900"), and of the same noun when both name one.
    static func isLevel(_ x: Int, like e: Int, _ context: ValidationContext, moving direction: ChangeDirection? = nil) -> Bool {
        let figures = context.figures
        let moved = figures[x].change.map { $0.direction == direction && $0.reference == nil } ?? true
        guard figures[x].kind == figures[e].kind, figures[x].kind == .count || figures[x].kind == .money,
            figures[x].unit == figures[e].unit, moved, figures[x].value != nil, !looksLikeYear(figures[x]),
            !looksLikeYear(figures[e])
        else { return false }
        guard let a = figures[x].subject, let b = figures[e].subject else { return true }
        return ValidationContext.headNoun(a) == ValidationContext.headNoun(b)
    }

    /// Whether two figures stand in one clause: no stop, semicolon or word of another clause between ("while",
    /// "whereas", "and"); a date between is read as one word ("14,300 homes between July and September, 6% more than").
    static func levelsInOneClause(_ a: Int, _ b: Int, _ context: ValidationContext) -> Bool {
        let figures = context.figures
        let between =
            ((a + 1)..<b).allSatisfy { figures[$0].kind == .date }
            ? datesLeftOut(between: a, and: b, context.sameSentence(as: a), context)
            : context.text(between: figures[a], and: figures[b])
        return between.count <= clauseReach / 4 && !ValidationContext.mentions(between, [". ", ";", " while ", " whereas ", " and "])
    }

    /// Whether figure `c` may be a difference of two levels of counts or amounts, said as a comparison right after it ("1,200
    /// more than the 87,100"): exact, not a year, no change of its own (a hedge, "some 1,200 more than", is read into the
    /// figure as its bound).
    static func isDifference(_ c: Int, _ context: ValidationContext) -> Bool {
        let f = context.figures[c]
        guard f.kind == .count || f.kind == .money, f.bound == .exact, f.change == nil, f.value != nil, !looksLikeYear(f) else {
            return false
        }
        let following = context.after(f, count: 16).drop { $0 == " " }
        return comparatives.contains(where: { following.hasPrefix($0.0 + " ") })
    }
}
