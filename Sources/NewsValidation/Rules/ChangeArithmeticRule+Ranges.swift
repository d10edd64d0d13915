import NewsFigures

/// change.mismatch for a change whose two levels the extractor reads as one range "from … to …", after a period or a
/// participle restating the change: "will increase by 4.1 percent in April, taking the weekly rate from £230.25 to
/// £246.10" (6.9 percent), "rose by 300 last year, from 2,000 to 2,400 members" (400).
/// Does not fire: the same when the range agrees with the change; a range after another clause ("rose 5% as sales in
/// the quarter went from 100 to 130") or a participle of another measure ("Exports rose 10 percent in May, lifting the
/// trade surplus from $2 billion to $3 billion"); a range of percentages (points or percent, no level to divide).
extension ChangeArithmeticRule {
    /// How far after a change (in characters) the range of its levels may start.
    static let rangeReach = 100

    /// Findings on changes followed by the range of their levels (see the extension's comment); changes already
    /// `reported` are not repeated.
    static func changesOverARange(_ context: ValidationContext, reported: [Finding]) -> [Finding] {
        let figures = context.figures
        var findings: [Finding] = []
        for c in figures.indices {
            let change = figures[c]
            guard let direction = change.change?.direction, let delta = change.value?.doubleValue, delta > 0,
                !reported.contains(where: { $0.rule == "change.mismatch" && $0.figures.contains(c) }), !realTerms(change, context)
            else { continue }
            let relative = change.kind == .percent && change.unit == "percent"
            guard relative || change.kind == .count || change.kind == .money else { continue }
            let sentence = context.sameSentence(as: c)
            guard let r = sentence.first(where: { $0 > c && figures[$0].kind != .date }), figures[r].bound == .range,
                figures[r].kind == .count || figures[r].kind == .money, figures[r].change == nil,
                figures[r].text.lowercased().hasPrefix("from "), figures[r].start - change.end <= rangeReach,
                restatedBeforeFrom(datesLeftOut(between: c, and: r, sentence, context) + "from ", subject: changedMeasure(c, context)),
                let then = figures[r].value?.doubleValue, let now = figures[r].high?.doubleValue, then > 0, now > 0
            else { continue }
            // (An absolute change is of the range's measure: its kind and currency, and its noun when both name one.)
            if !relative {
                guard change.kind == figures[r].kind, change.unit == figures[r].unit, !looksLikeYear(change) else { continue }
                if let a = change.subject, let b = figures[r].subject, ValidationContext.headNoun(a) != ValidationContext.headNoun(b) {
                    continue
                }
            }
            let (thenHalf, nowHalf) = roundings(ofRange: figures[r])
            let sign = direction == .increase ? 1.0 : -1.0
            let message: String
            if relative {
                // The change the two levels make, at its widest and narrowest within their rounding.
                // (A whole number as written may be half a unit off; one with decimals, half a unit of its last digit:
                // "from £2.80" is £2.795 to £2.805.)
                let statedHalf = thenHalf > 0 ? thenHalf : 0.5
                let ends = [(now - nowHalf) / (then + statedHalf), (now + nowHalf) / (then - statedHalf)].map { ($0 - 1) * 100 * sign }
                let half = halfUnit(change.text)
                guard let low = ends.min(), let high = ends.max(), delta + half < low || delta - half > high else { continue }
                let made = (now / then - 1) * 100
                message =
                    "\(figures[r].text) is \(made >= 0 ? "a rise" : "a fall") of about \(abs(made).short) percent, not the \(change.text) \(direction.rawValue) stated"
            } else {
                let made = now - then
                let slack = thenHalf + nowHalf + (change.kind == .money ? max(then, now) * 0.005 : 0) + rounding(of: change)
                guard abs(made - sign * delta) > slack else { continue }
                let shown = change.kind == .money ? abs(made).money(change.unit) : format(abs(made), count: true)
                message =
                    "\(figures[r].text) is \(made >= 0 ? "a rise" : "a fall") of \(shown), not the \(change.text) \(direction.rawValue) stated"
            }
            findings.append(Finding(rule: "change.mismatch", severity: .error, figures: [c, r], message: message))
        }
        return findings
    }

    /// Half a unit of the last digit each end of a range is written with, in its own scale: "from £230.25 to £246.10" →
    /// (0.005, 0.005); "from 2.1 million to 2.35 million" → (50,000, 5,000); whole numbers are read as exact.
    static func roundings(ofRange figure: Figure) -> (Double, Double) {
        let numbers = figure.text.split(whereSeparator: { !$0.isNumber && $0 != "." && $0 != "," })
            .map { $0.filter { $0 != "," } }.filter { $0.contains(where: \.isNumber) }
        func half(_ written: String, _ value: Double?) -> Double {
            guard written.contains("."), let value, let mantissa = Double(written), mantissa > 0 else { return 0 }
            return halfUnit(written) * abs(value / mantissa)
        }
        guard numbers.count >= 2 else { return (0, 0) }
        return (half(numbers[0], figure.value?.doubleValue), half(numbers[1], figure.high?.doubleValue))
    }
}
