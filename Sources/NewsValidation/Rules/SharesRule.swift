import NewsFigures

/// shares.total: percentages that split one whole add up to at most 100.
///
/// A group is two or more percentages in one sentence, none stating a change and none in
/// percentage points, where the sentence speaks of shares ("among Zhejiang's buyers, 33.9 percent
/// represent food, 24.2 percent are from technology and 18.6 percent focus on consumer goods").
/// Fires: "among buyers, 63.9 percent …, 37.5 percent … and 18.6 percent …" (120 %).
/// Four or more shares over 100 % are a warning, not an error: "77 percent were aged 26 or above,
/// 65 percent were white, 11.9 percent black …" lists two dimensions of one population.
/// Does not fire: the seed's 76.7 %; "sales rose 80 percent and profit 30 percent" (changes, no
/// share words); "inflation was 60 percent and unemployment 50 percent" (no share words).
public struct SharesRule: ValidationRule {
    public let id = "shares.total"
    /// Words that make a sentence's percentages parts of one whole.
    static let cues = [
        "among", " of the ", " of all ", " of its ", "account for", "accounted for", "accounting for", "share", "respectively",
        "represent", "make up", "made up", "comprise", "were from", "are from", "breakdown", "split",
    ]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        let sentences = Set(context.figures.map(\.sentence))
        for sentence in sentences.sorted() {
            let group = context.figures.indices.filter {
                let f = context.figures[$0]
                return f.sentence == sentence && f.kind == .percent && f.unit == "percent" && f.change == nil && f.bound != .range
                    && f.value != nil
            }
            guard group.count >= 2, let first = group.first,
                ValidationContext.mentions(" " + context.sentence(of: context.figures[first]), Self.cues)
            else { continue }
            let values = group.compactMap { context.figures[$0].value?.doubleValue }
            guard values.allSatisfy({ $0 <= 100 }) else { continue }  // a single share over 100 is plausibility's
            let total = values.reduce(0, +)
            if total > 100.05 {
                let parts = group.map { context.figures[$0].text }.joined(separator: " + ")
                // Long lists often mix dimensions of one population (age, then race): a warning.
                let severity: Severity = group.count <= 3 ? .error : .warning
                findings.append(
                    Finding(
                        rule: id, severity: severity, figures: group,
                        message: "shares of one whole add up to \(total.short) percent (\(parts))"))
            }
        }
        return findings
    }
}
