/// Ways of writing a percentage.
///
/// Positive: "73.8 percent", "12%", "5 per cent", "3 pct", "40pc" (British papers), "60-percent share",
/// "2 percentage points" (unit "percentage point"), "25 basis points" (0.25 percentage point).
/// Negative: "percent" with no number; "100 points" (not a percentage).
enum PercentRules {
    static let unitPercent = "percent"
    static let unitPoint = "percentage point"

    /// Single words after a number that make it a percentage.
    static let words: WordSet = ["percent", "pct", "percents", "pc"]
    /// Basis points written short ("12 bps", "50bp"); "40 basis points" is read too. Both are
    /// hundredths of a percentage point, and are given as percentage points (value / 100).
    static let basisPointAbbreviations: WordSet = ["bp", "bps"]
    /// Symbols after a number.
    static let symbols: WordSet = ["%", "％"]
}
