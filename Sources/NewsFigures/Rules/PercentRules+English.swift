/// Ways of writing a percentage.
///
/// Positive: "73.8 percent", "12%", "5 per cent", "3 pct", "40pc" (British papers), "60-percent share",
/// "2 percentage points" (unit "percentage point").
/// Negative: "percent" with no number; "100 points" (not a percentage).
enum PercentRules {
    static let unitPercent = "percent"
    static let unitPoint = "percentage point"

    /// Single words after a number that make it a percentage.
    static let words: WordSet = ["percent", "pct", "percents", "pc"]
    /// Symbols after a number.
    static let symbols: WordSet = ["%", "％"]
}
