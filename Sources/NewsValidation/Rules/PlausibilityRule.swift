import NewsFigures

/// plausibility.*: values that cannot be right.
///
/// - plausibility.negative-count (error): a count below zero ("-5 buyers").
/// - plausibility.share-over-100 (error): a percentage over 100 that is a share of something
///   ("120 percent of the market", a "share" subject); growth may exceed 100 percent, a share may not.
/// - plausibility.money-scale (error): an amount over 10^15 in any currency, ten times the world's
///   yearly output in dollars ("$2,000 trillion": a scale word where another was meant).
/// Does not fire: "up 150 percent" (a change); "60-percent share"; "$15.7 billion".
public struct PlausibilityRule: ValidationRule {
    public let id = "plausibility"
    static let shareCues = [" of the ", " of all ", " of its ", " of their ", " share", " stake"]

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for (i, f) in context.figures.enumerated() {
            guard let value = f.value?.doubleValue else { continue }
            switch f.kind {
            case .count where value < 0:
                findings.append(
                    Finding(rule: "plausibility.negative-count", severity: .error, figures: [i], message: "\(f.text): a count below zero"))
            case .percent where value > 100 && f.change == nil && f.unit == "percent":
                let isShare =
                    (f.subject ?? "").contains("share") || ValidationContext.mentions(" " + context.after(f, count: 12), Self.shareCues)
                if isShare {
                    findings.append(
                        Finding(
                            rule: "plausibility.share-over-100", severity: .error, figures: [i],
                            message: "\(f.text): a share cannot be over 100 percent"))
                }
            case .money where value > 1e15:
                findings.append(
                    Finding(
                        rule: "plausibility.money-scale", severity: .error, figures: [i],
                        message: "\(f.text): \(f.value?.description ?? "") \(f.unit ?? "") is beyond any real amount"))
            default: break
            }
        }
        return findings
    }
}
