/// Words before a figure that bound it. Longer phrases win ("no more than" before "more than").
///
/// Positive: "about 40" → approx, "over 43,000" → min, "exceeding $5 billion" → min,
/// "nearly 30" → max, "up to 5" → max, "topped $111,000" → min, "capped at 5%" → max.
/// Negative: "about the same" (no number follows), "over the year 30" (the phrase must touch the number).
enum BoundRules {
    static let phrases: [(words: [String], bound: Bound)] = [
        (["greater", "than", "or", "equal", "to"], .min), (["more", "than", "or", "equal", "to"], .min),
        (["less", "than", "or", "equal", "to"], .max), (["fewer", "than", "or", "equal", "to"], .max),
        (["at", "least", "or", "equal", "to"], .min), (["at", "most", "or", "equal", "to"], .max),
        (["higher", "or", "equal", "than"], .min), (["bigger", "or", "equal", "than"], .min), (["larger", "or", "equal", "than"], .min),
        (["greater", "or", "equal", "than"], .min), (["lower", "or", "equal", "than"], .max), (["smaller", "or", "equal", "than"], .max),
        (["less", "or", "equal", "than"], .max), (["equal", "to", "or", "more", "than"], .min),
        (["equal", "to", "or", "less", "than"], .max),
        (["<", "="], .max), ([">", "="], .min), (["<="], .max), ([">="], .min), (["≤"], .max), (["≥"], .min), (["<"], .max), ([">"], .min),
        (["larger", "than"], .min), (["bigger", "than"], .min), (["smaller", "than"], .max), (["lower", "than"], .max),
        (["exceed"], .min), (["surpass"], .min), (["surpassing"], .min), (["surpassed"], .min), (["beyond"], .min),
        (["no", "more", "than"], .max), (["no", "less", "than"], .min), (["not", "more", "than"], .max),
        (["not", "less", "than"], .min), (["no", "fewer", "than"], .min), (["upwards", "of"], .min),
        (["more", "than"], .min), (["greater", "than"], .min), (["higher", "than"], .min),
        (["in", "excess", "of"], .min), (["at", "least"], .min), (["as", "many", "as"], .max),
        (["as", "much", "as"], .max), (["less", "than"], .max), (["fewer", "than"], .max),
        (["up", "to"], .max), (["at", "most"], .max), (["just", "under"], .max), (["just", "over"], .min),
        // "just shy of £16bn", "north of £50bn", "a shade under 4%".
        (["just", "shy", "of"], .max), (["shy", "of"], .max), (["north", "of"], .min), (["south", "of"], .max),
        (["a", "shade", "under"], .max), (["a", "shade", "over"], .min),
        // ("Gold traded near $2,650 an ounce".)
        (["near"], .approx), (["close", "to"], .approx), (["in", "the", "region", "of"], .approx), (["an", "estimated"], .approx),
        (["about"], .approx), (["around"], .approx), (["some"], .approx), (["roughly"], .approx),
        (["approximately"], .approx), (["approx"], .approx), (["nearly"], .max), (["almost"], .max),
        (["over"], .min), (["exceeding"], .min), (["exceeds"], .min), (["exceeded"], .min),
        (["above"], .min), (["under"], .max), (["below"], .max), (["topping"], .min),
        (["estimated"], .approx), (["circa"], .approx), (["~"], .approx),
        // Starting prices: "Apple Watches start at $169.99", "starting from $700", "as low as $2,299".
        (["start", "at"], .min), (["starts", "at"], .min), (["starting", "at"], .min),
        (["start", "from"], .min), (["starts", "from"], .min), (["starting", "from"], .min), (["as", "low", "as"], .min),
        (["as", "little", "as"], .min), (["as", "high", "as"], .max), (["priced", "from"], .min),
        // Thresholds: "Bitcoin topped $111,000", "output crossed 124 lakh tonnes", "capped at 50,000", "a maximum of 5%".
        (["topped"], .min), (["tops"], .min), (["crossed"], .min), (["crosses"], .min), (["crossing"], .min),
        (["capped", "at"], .max), (["a", "maximum", "of"], .max), (["a", "minimum", "of"], .min), (["maximum"], .max),
        (["minimum"], .min), (["at", "a", "maximum", "of"], .max),
        // ("the price cap of 480 forints a litre", "a ceiling of 5%".)
        (["cap", "of"], .max), (["ceiling", "of"], .max),
        // Thresholds read only where `FigureScanner.thresholdHolds` says: "circulation passed 160 billion tokens",
        // "ridership will top 10 lakh", "taking it past 20,000 locations".
        (["passed"], .min), (["passes"], .min), (["pass"], .min), (["top"], .min), (["past"], .min),
        // A price from which things are sold: "Tickets from HUF 4,900", "rooms from $99 a night".
        (["from"], .min),
    ]

    /// Nouns of a limit that open a bound ("the price cap of 480 forints"): a change verb before them changes the limit.
    static let nounsOfLimits: WordSet = ["cap", "ceiling"]
    /// Words of an approximation before a range, which the range's text leaves out: "or about 10,000 to 13,000 roles".
    static let wordsBeforeRanges: WordSet = ["about", "around", "roughly", "some", "approximately", "between"]
    /// Words after "plus" that are added to an amount, not a bound of it: "£1,200 plus VAT", "$99 plus shipping".
    static let addedAfterPlus: WordSet = [
        "vat", "gst", "tax", "taxes", "fees", "fee", "expenses", "costs", "interest", "bonuses", "bonus", "shipping", "postage",
        "tips", "delivery", "vat.", "commission", "inflation",
    ]

    /// Threshold words that bound only as `FigureScanner.thresholdHolds` says: not "The House passed 12 bills", "the
    /// top 10 firms", "walked past 3 houses".
    static let conditionalThresholds: WordSet = ["passed", "passes", "pass", "top", "past", "from", "near"]

    /// Verbs whose "over" is their own particle, not a bound of the number after it: "has rolled over 17 times", "handed
    /// over 300 files", "turned over £5 million" (not "won over 50 seats", "took over 200 hours": more than; nor before a
    /// comparative, "Sales turned over 20 per cent higher").
    static let phrasalVerbsWithOver: WordSet = [
        "rolled", "roll", "rolls", "rolling", "handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning",
    ]

    /// Verbs of a cap and the word before the figure that caps their object: "will cap student enrolments at 270,000",
    /// "limits arrivals to 50,000" (max; not "cut arrivals to 50,000", a change, nor "capped at 60,000", a phrase above;
    /// nor the past "limited", "restricted", as often of what came of it: "The drought limited the harvest to 2 million
    /// tonnes", "Bad weather restricted play to 20 overs").
    static let cappingVerbs: [String: String] = [
        "cap": "at", "caps": "at", "capping": "at", "capped": "at", "limit": "to", "limits": "to", "limiting": "to",
        "restrict": "to", "restricts": "to", "restricting": "to",
    ]

    /// Plural nouns of things sold, and verbs of price, before "from" and a price that is their lowest: "tickets from £25".
    static let pricedFromNouns: WordSet = [
        "tickets", "fares", "rooms", "seats", "flights", "prices", "packages", "suites", "cabins", "tours", "plans", "menus",
        "models", "homes", "flats", "apartments", "villas", "passes", "deals", "rates", "berths", "courses", "classes", "laptops",
        "cars", "phones", "tablets", "bikes", "vehicles", "trips",
        // (A verb of price: "Heli-skiing trips cost from C$1,900 a day".)
        "cost", "costs",
    ]

    /// Words after a figure that bound it: "10,000 or more".
    static let after: [(words: [String], bound: Bound)] = [
        (["or", "greater"], .min), (["and", "more"], .min), (["and", "greater"], .min), (["or", "larger"], .min),
        (["and", "less"], .max), (["or", "smaller"], .max), (["or", "lower"], .max),
        (["or", "more"], .min), (["or", "over"], .min), (["or", "higher"], .min), (["or", "above"], .min),
        (["and", "above"], .min), (["and", "up"], .min), (["and", "over"], .min), (["plus"], .min),
        (["or", "less"], .max), (["or", "fewer"], .max), (["or", "under"], .max), (["or", "below"], .max),
        (["at", "most"], .max), (["at", "the", "most"], .max), (["at", "least"], .min), (["or", "so"], .approx),
    ]

    /// The phrases by their last word, in priority order: looked up from the word before a figure.
    static let byLastWord: [String: [(words: [String], bound: Bound)]] = {
        var index: [String: [(words: [String], bound: Bound)]] = [:]
        for entry in phrases { index[entry.words[entry.words.count - 1], default: []].append(entry) }
        return index
    }()

    static let afterFirstWords: Set<String> = Set(after.map { $0.words[0] })

    /// One-word bounds that reach over an article: "nearly a 10% cut" (two-word ones all do: "up to a
    /// $250,000 fine"); "under a $30 million contract", "about a $10 million heist" are no bounds.
    /// First words of the starting-price phrases, which bound amounts only ("start at $169.99"; not
    /// "the show starts at 7").
    static let startingWords: WordSet = ["start", "starts", "starting"]

    /// Verbs of a threshold passed, which bound a level but not a few things counted: "topped $111,000", not
    /// "topped 12 charts".
    static let thresholdVerbs: WordSet = ["topped", "tops", "crossed", "crosses", "crossing"]

    static let beforeArticle: WordSet = ["nearly", "almost", "roughly", "approximately", "exceeding", "topping"]
}
