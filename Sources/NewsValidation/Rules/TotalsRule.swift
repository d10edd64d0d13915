import NewsFigures

/// totals.parts (error) and totals.derived (info): parts said to make up a total agree with it.
///
/// A stated total followed in its sentence by "including", "of which", "among them", "such as",
/// "comprising", then two or more counts of things (the parts): the parts may not add up to more
/// than the total. "23 events …, plus 22 other activities": the counts joined by "plus … other" add up to
/// a total the article implies (info).
/// Fires: "45 events, including 30 forums and 20 exhibitions" (50 > 45).
/// Does not fire: "45 events, including 20 forums and 10 exhibitions"; "23 events, such as the
/// flagship summit" (no counted parts); a recipe's "for 2 burgers: 1 beet (150 g), 2 tsp …"
/// (no part cue, measures); counts of different sentences.
public struct TotalsRule: ValidationRule {
    public let id = "totals.parts"
    public let derivedID = "totals.derived"
    static let partCues = ["including", "of which", "among them", "such as", "comprising", "made up of", "consisting of"]
    /// How far after the total (in characters) its parts may stand.
    static let partsReach = 400

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let figures = context.figures
        for t in figures.indices {
            let total = figures[t]
            guard total.kind == .count, total.change == nil, let totalValue = total.value?.doubleValue else { continue }
            // (Lazily, and the parts within reach of the total: listing every later count of a long sentence for
            // each total, and reading the text between them, was quadratic: 100 KB took 12 s.)
            let later = context.sameSentence(as: t).lazy.filter { $0 > t && figures[$0].kind == .count && figures[$0].change == nil }
            // Parts after a cue right after the total ("45 events, including 30 forums and 20 exhibitions").
            if let first = later.first, figures[first].start - total.end <= 60,
                ValidationContext.mentions(context.text(between: total, and: figures[first]), Self.partCues),
                context.text(between: total, and: figures[first]).count <= 60, later.prefix(2).count >= 2, total.bound != .min
            {
                let parts = Array(
                    later.prefix { i in
                        i == first
                            || (figures[i].start - total.end <= Self.partsReach
                                && !context.text(between: figures[i - 1], and: figures[i]).contains("."))
                    })
                let sum = parts.compactMap { figures[$0].value?.doubleValue }.reduce(0, +)
                // Parts are counted things ("30 forums"), not measures in a list ("150 g", "2 tsp").
                let counted = parts.allSatisfy { (figures[$0].subject ?? "").count >= 3 }
                if parts.count >= 2, counted, sum > totalValue {
                    let listed = parts.map { figures[$0].text }.joined(separator: " + ")
                    findings.append(
                        Finding(
                            rule: id, severity: .error, figures: [t] + parts,
                            message: "parts \(listed) = \(sum.short) exceed the total \(total.text)"))
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
                            "\(total.text) \(total.subject ?? "") plus \(figures[next].text) \(figures[next].subject ?? "") make \((totalValue + nextValue).short) in all"
                    ))
            }
        }
        return findings
    }
}
