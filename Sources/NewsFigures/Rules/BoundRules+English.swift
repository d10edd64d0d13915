/// Words before a figure that bound it. Longer phrases win ("no more than" before "more than").
///
/// Positive: "about 40" → approx, "over 43,000" → min, "exceeding $5 billion" → min,
/// "nearly 30" → max, "up to 5" → max.
/// Negative: "about the same" (no number follows), "over the year 30" (the phrase must touch the number).
enum BoundRules {
    static let phrases: [(words: [String], bound: Bound)] = [
        (["no", "more", "than"], .max), (["no", "less", "than"], .min), (["not", "more", "than"], .max),
        (["not", "less", "than"], .min), (["no", "fewer", "than"], .min), (["upwards", "of"], .min),
        (["more", "than"], .min), (["greater", "than"], .min), (["higher", "than"], .min),
        (["in", "excess", "of"], .min), (["at", "least"], .min), (["as", "many", "as"], .max),
        (["as", "much", "as"], .max), (["less", "than"], .max), (["fewer", "than"], .max),
        (["up", "to"], .max), (["at", "most"], .max), (["just", "under"], .max), (["just", "over"], .min),
        (["close", "to"], .approx), (["in", "the", "region", "of"], .approx), (["an", "estimated"], .approx),
        (["about"], .approx), (["around"], .approx), (["some"], .approx), (["roughly"], .approx),
        (["approximately"], .approx), (["approx"], .approx), (["nearly"], .max), (["almost"], .max),
        (["over"], .min), (["exceeding"], .min), (["exceeds"], .min), (["exceeded"], .min),
        (["above"], .min), (["under"], .max), (["below"], .max), (["topping"], .min),
        (["estimated"], .approx), (["circa"], .approx), (["~"], .approx),
    ]

    /// Words after a figure that bound it: "10,000 or more".
    static let after: [(words: [String], bound: Bound)] = [
        (["or", "more"], .min), (["or", "over"], .min), (["or", "higher"], .min), (["or", "above"], .min),
        (["and", "above"], .min), (["and", "up"], .min), (["and", "over"], .min), (["plus"], .min),
        (["or", "less"], .max), (["or", "fewer"], .max), (["or", "under"], .max), (["or", "below"], .max),
        (["at", "most"], .max), (["at", "the", "most"], .max), (["at", "least"], .min), (["or", "so"], .approx),
    ]
}
