import NewsFigures

/// part-whole: a part is not larger than its whole.
///
/// Two shapes: "25 of the 26 projects" / "25 out of 26" (the part names its whole), and a count
/// whose counted noun is left out and refers back to a count of the same thing earlier in the
/// sentence ("signed 26 foreign investment projects …, and 25 have materialized").
/// Fires: "25 of 24 projects"; "signed 24 projects last year, and 25 have materialized".
/// Does not fire: "25 of the 26 projects"; "26 projects … 25 have materialized"; "43 events …
/// an increase of 17" (a change, not a part); two counts of different things; counts of two periods
/// ("cancelled 40 flights on Monday, and 55 were cancelled on Tuesday").
public struct PartWholeRule: ValidationRule {
    public let id = "part-whole"
    static let partVerbs = ["have ", "has ", "had ", "were ", "are ", "was ", "is ", "remain", "will ", "already ", "now "]
    static let ofWords = [" of ", " of the ", " out of ", " out of the ", " of those ", " of these "]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let figures = context.figures
        for p in figures.indices {
            let part = figures[p]
            guard part.kind == .count, part.change == nil, let partValue = part.value?.doubleValue else { continue }
            // "25 of 24 projects": the whole comes right after the part.
            if p + 1 < figures.count, figures[p + 1].kind == .count, figures[p + 1].change == nil,
                let wholeValue = figures[p + 1].value?.doubleValue, Self.ofWords.contains(context.text(between: part, and: figures[p + 1]))
            {
                if partValue > wholeValue {
                    findings.append(
                        Finding(
                            rule: id, severity: .error, figures: [p, p + 1],
                            message: "\(part.text) of \(figures[p + 1].text): the part is larger than the whole"))
                }
                continue
            }
            // "26 projects …, and 25 have materialized": the part's noun is left out.
            // Parallel counts ("500 cars in 2019 and 700 in 2020") are not parts: the part is said of
            // the whole ("25 have materialized", "of which 25 …").
            let following = context.after(part, count: 30).trimmingLeadingSpaces()
            let saidOfWhole =
                Self.partVerbs.contains { following.hasPrefix($0) }
                || ValidationContext.mentions(context.before(part, count: 20), ["of which", "of them", "among them", "of those"])
            guard saidOfWhole, let subject = part.subject?.lowercased(), let noun = subject.split(separator: " ").first,
                !following.hasPrefix(noun)
            else { continue }
            // (The nearest whole, looked for from the part back: filtering them all was quadratic on long sentences.)
            let whole = context.sameSentence(as: p).last { w in
                w < p && figures[w].kind == .count && figures[w].change == nil && figures[w].subject?.lowercased() == subject
                    && context.after(figures[w], count: 30).trimmingLeadingSpaces().hasPrefix(noun)
            }
            guard let w = whole, let wholeValue = figures[w].value?.doubleValue, figures[w].bound != .min,
                !Self.twoPeriods(w, p, context)
            else { continue }
            if partValue > wholeValue {
                findings.append(
                    Finding(
                        rule: id, severity: .error, figures: [w, p],
                        message: "\(part.text) refers back to \(figures[w].text) \(subject) but is larger"))
            }
        }
        return findings
    }
}

extension PartWholeRule {
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
