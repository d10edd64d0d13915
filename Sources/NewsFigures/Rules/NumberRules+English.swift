/// English number words and scales.
///
/// Positive: "six areas" → 6, "forty-two" → 42, "a dozen" → 12, "half a million" → 500000,
/// "1.2bn" → 1200000000, "3 mln" → 3000000, "4 thousand 3 hundred and 21" → 4321,
/// "three lakh crore" → 3×10¹², "one hundred and three quarters" → 100.75, "one over three" → ⅓,
/// "more than half" → 0.5 (min), "1.1^23", "6.23x10^-4", "1.111,11" → 1111.11.
/// Negative: "one of the" (a lone "one" or "a" is not a figure), "third" (ordinal), "dozens",
/// "5 million and 3 million" (two numbers: scales fall from left to right), "over 3 years" (no
/// quotient), "came to naught", "the second half", "one hundred thirty seconds".
enum NumberRules {
    /// Cardinal words below one hundred.
    static let units: WordTable<Int> = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Denominators a fraction written with a slash has in prose ("3/4", "2 1/4", "1/16", "3/100");
    /// with any other, "9/11" or "7/11" is a name, not an amount.
    static let slashDenominators: WordSet = [
        "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "16", "20", "25", "32", "50", "64", "100", "1000",
    ]

    /// Multipliers written as words after a number ("3 million", "six thousand").
    static let scaleWords: WordTable<Int> = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
        "mln": 6, "mn": 6, "bln": 9, "bn": 9, "tn": 12, "trn": 12, "tln": 12, "lakh": 5, "crore": 7, "mil": 6,
        "millions": 6, "billions": 9, "thousands": 3, "hundreds": 2,
    ]

    /// Abbreviations that scale a number when written straight after it ("1.2bn", "3mln").
    /// These are never read as anything else.
    static let attachedScales: WordTable<Int> = [
        "mln": 6, "mn": 6, "bln": 9, "bn": 9, "tn": 12, "trn": 12, "tln": 12, "mil": 6,
        // "£71.6million", "$5billion": the word written against the number, as British papers do.
        "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    ]

    /// Single-letter scales ("$10K", "€2m", "$3B") that are only scales in money context:
    /// elsewhere "3m" is a length and "3M" a company.
    /// ("mm" is millions only after a currency, "$450mm"; elsewhere millimetres: "15mm of rain".)
    static let moneyOnlyScales: WordTable<Int> = ["k": 3, "m": 6, "b": 9, "t": 12, "mm": 6, "tr": 12]

    /// Plural nouns after "100m" that make it metres, not millions: "the 400m hurdles". Before any
    /// other plural noun a lower-case "m" is millions, as British papers write them: "1.5m people".
    static let metreCompanions: WordSet = [
        "hurdles", "heats", "finals", "semifinals", "semis", "races", "sprints", "relays", "laps", "lengths", "metres", "meters",
        "waves", "swells", "winds", "feet", "inches", "yards", "runners", "sprinters", "swimmers", "hurdlers", "yachts", "boats",
        "pools", "walls", "towers", "trees", "cliffs", "drops", "dives", "jumps", "throws",
        // ("the 1.8m Victorian railings", "Council Installs 2.5m Fences", "found 12.5m Basking Sharks": things of a length.)
        "fences", "hedges", "railings", "pipes", "doors", "gates", "poles", "posts", "masts", "statues", "sharks", "pythons",
        "snakes", "crocodiles", "whales", "mummies",
    ]

    /// Nouns of a mass after "N% more" or "N% less", which then is a change of it: "uses 30% less fuel".
    static let massNouns: WordSet = [
        "fuel", "water", "energy", "power", "electricity", "gas", "oil", "space", "time", "money", "food", "sugar", "salt", "fat",
        "capacity", "traffic", "data", "waste", "plastic", "land", "rain", "rainfall", "revenue", "profit", "funding", "cash",
    ]
    /// Endings of adjectives after "N% more": a comparison of a quality, no change of an amount ("20 percent more likely",
    /// "80% more efficient", "30 percent more expensive"; "15 percent more wheat" is one).
    static let adjectiveEndings: [String] = ["ly", "ive", "ous", "ful", "able", "ible", "al", "ic", "ent", "ant", "ed", "ish", "less"]
    /// The most numbers a draw lists ("The winning numbers were 7, 19, 23, 31, 42 and 48, with bonus ball 11").
    static let drawnNumbersAtMost = 12
    /// Ordinals of scale words: "the 10 millionth visitor" is no count.
    static let scaleOrdinals: WordSet = ["hundredth", "thousandth", "millionth", "billionth"]
    /// Stretches of time a fraction is taken of: "a quarter of a century".
    static let longPeriods: WordSet = ["century", "decade", "millennium", "generation", "lifetime"]

    /// Plural nouns after "50m" that no length goes with: millions, in any text ("50m acres", "2m people").
    static let millionsCompanions: WordSet = [
        "acres", "hectares", "tonnes", "tons", "barrels", "litres", "liters", "gallons", "people", "users", "viewers", "visitors",
        "passengers", "customers", "subscribers", "households", "homes", "jobs", "votes", "voters", "doses", "copies", "shares",
        "tourists", "arrivals", "residents", "children", "workers", "members", "followers", "downloads", "streams", "vehicles",
        // (People and things no length goes with, counted in millions: "sold 2m consoles", "Waiting lists hit 7m patients",
        // "Nearly 5m Britons".)
        "patients", "pensioners", "adults", "students", "pupils", "families", "claimants", "borrowers", "taxpayers", "motorists",
        "drivers", "tenants", "renters", "homeowners", "savers", "investors", "shoppers", "consumers", "employees", "migrants",
        "refugees", "britons", "americans", "canadians", "australians", "europeans", "devices", "consoles", "phones",
        "smartphones", "handsets", "cars", "items", "products", "parcels", "packages", "letters", "meals", "tickets", "accounts",
        "calls", "messages", "emails", "views", "plays", "listeners", "readers", "applications", "claims", "cases",
        "prescriptions", "appointments", "operations", "tests", "vaccinations", "jabs", "books", "albums", "games", "journeys",
        "trips", "flights", "deaths", "infections", "properties", "businesses", "firms", "companies", "birds", "chickens",
    ]

    /// Fractions of a scale word: "half a million" = 5 × 10^(6-1); "quarter million" = 25 × 10^(6-2).
    static let fractionOfScale: WordTable<(numerator: Int, digits: Int)> = [
        "half": (5, 1), "quarter": (25, 2), "quarters": (25, 2),
    ]

    /// Denominators of fractions written in words: "two thirds", "a half", "five eighths".
    static let denominators: WordTable<Int> = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
        "thousandth": 1000, "thousandths": 1000, "millionth": 1_000_000, "millionths": 1_000_000,
        "billionth": 1_000_000_000, "billionths": 1_000_000_000, "trillionth": 1_000_000_000_000, "trillionths": 1_000_000_000_000,
        "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
        "thirtieths": 30, "fiftieth": 50, "fiftieths": 50,
    ]

    /// Ordinal units for compound denominators: "twenty-first" → 21.
    static let ordinalUnits: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    ]

    /// Unicode fraction characters.
    static let vulgarFractions: WordTable<Double> = [
        "½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
        "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]

    /// Words that multiply what precedes them: "a dozen", "two dozen".
    static let multiplierWords: WordTable<Int> = ["dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12, "score": 20]

    /// Ordinal suffixes written after digits ("7th") — never figures.
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]

    /// Words for the count 1 that are too common to read as a figure on their own.
    static let loneWordsNotFigures: WordSet = ["one", "a", "an"]

    /// Words around "a million" (or a thousand, a billion) that make it an idiom: "Thanks a million",
    /// "a million thanks" (not "a million people"; "in a million homes" counts).
    static let idiomsBeforeAScale: WordSet = ["thanks"]
    static let idiomsAfterAScale: WordSet = ["thanks", "apologies", "congratulations"]

    /// Words for zero that mean "nothing" in idioms after these words: "came to naught", "all for nought".
    static let zeroWords: WordSet = ["nought", "naught"]
    static let zeroIdiomBefore: WordSet = ["to", "for"]

    /// Digits after "point": "nine point nought four".
    static let digitWords: WordTable<Int> = [
        "zero": 0, "nought": 0, "naught": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9,
    ]

    /// Units of measurement written apart from the number: a measurement, not things counted
    /// ("an 82 kWh battery", "winds of 130 mph", "197 Nm of torque", "300 g of flour", "95 degrees";
    /// written against it, "10km", they are refused when the number is read). Plural units that
    /// are ordinary nouns ("277 miles", "2,300 tons") stay counts with their subject.
    static let measurementUnits: WordSet = [
        "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "hp", "bhp", "ps", "nm", "mph", "kph", "kmh", "km", "cm", "mm", "ft",
        "yd", "kg", "mg", "g", "lb", "lbs", "oz", "ml", "cl", "tsp", "tbsp", "cc", "hz", "khz", "mhz", "ghz", "mah", "kb",
        "mb", "gb", "tb", "kbps", "mbps", "gbps", "fps", "rpm", "dpi", "ppi", "kcal", "sqm", "sqft", "degree", "degrees",
        "horsepower", "inch", "foot", "metre", "meter", "mile", "kilometre", "kilometer", "kilogram", "gram", "litre",
        "liter", "gallon", "tonne", "acre", "hectare", "knot", "knots", "volt", "volts", "watt", "watts", "cubic", "octane", "fm",
        // Rates of output: million tonnes a year, billion cubic metres, barrels a day.
        "mtpa", "mmtpa", "ktpa", "tpa", "bcm", "bcf", "tcf", "mmbtu", "bpd", "boepd", "mld", "mgd", "tpd", "mtpd",
        // Temperatures written out: "46 Celsius".
        "celsius", "fahrenheit",
        // Pressure: "stores hydrogen at 700 bar", "35 psi".
        "bar", "psi", "kpa", "mpa", "hpa", "mbar",
        // Concentrations: "PM2.5 read 180 µg/m³" (the micro sign and the Greek mu), "410 ppm".
        "µg", "μg", "ug", "mcg", "ppm", "ppb",
    ]

    /// Units' abbreviations that are no initialism of other things, read as units when capitalised in a headline before any
    /// word: "1,400 Km Of Copper", "120 Kph Winds" (not "Tb", "Ft", "Cm", "Gb", "Hp": "30 Tb Patients", "3 Cm Candidates").
    static let headlineUnits: WordSet = [
        "km", "mm", "kg", "mph", "kph", "kmh", "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw", "ml", "psi", "rpm", "bpd", "kcal",
    ]
    /// Words after "AU" that make it astronomical units, a distance (not the African Union: "20 AU member states").
    static let afterAstronomicalUnits: WordSet = ["of", "from", "away", "across", "wide", "beyond", "out"]
    /// Units read in these spellings besides all lower case ("82 kWh", "151 PS", "306 HP"; "TB deaths",
    /// "Volt sedans", "PS5 consoles" are no units, and neither is a unit before a plural noun, but one in mixed case:
    /// "2.6 GHz bands").
    static let measurementUnitsCased: Set<String> = [
        "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "Nm", "PS", "HP", "BHP", "Hz", "kHz", "MHz", "GHz", "mAh", "KB", "MB", "GB", "FM",
        "TB", "Kbps", "Mbps", "Gbps", "MPH", "KM", "Tbsp", "Tsp", "RPM", "MTPA", "Mtpa", "MMTPA", "BCM", "BPD", "MLD", "MGD", "TPD",
        "Celsius", "Fahrenheit",
    ]

    /// Words of a dimension after a measure: "4,000 m high".
    static let dimensionWords: WordSet = ["high", "long", "deep", "wide", "tall", "thick", "away", "above", "below"]
    /// Words before a number that make it a measurement: "a magnitude 7.4 earthquake".
    static let measurementWordsBefore: WordSet = ["magnitude"]

    /// Words after "a third", "a fifth" … that keep it a fraction: "a third of", "a fifth more", "a third less", "a fifth as much".
    static let afterFractions: WordSet = [
        "of", "more", "less", "fewer", "as", "again", "lower", "higher", "off", "down", "up", "each", "overnight", "overall",
        "nationwide", "today", "yesterday", "tonight", "share", "stake", "portion", "capacity", "interest", "slice", "chance",
    ]
    /// Words before "a third", "a fifth" … that keep it a fraction: "cut by a third", "about a fifth".
    static let beforeFractions: WordSet = [
        "by", "about", "nearly", "roughly", "almost", "around", "over", "than", "just", "only", "barely", "fully", "some", "under",
        "approximately",
    ]
    /// Words after "third", "fifth" … that make it an ordinal, not a fraction: "a third straight meeting",
    /// "a fourth term", "a fifth consecutive loss".
    static let afterOrdinal: WordSet = [
        "straight", "consecutive", "successive", "time", "term", "round", "place", "row", "season", "game", "match", "attempt",
        "bid", "wave", "dose", "generation", "largest", "biggest", "highest", "lowest", "best", "worst", "day", "week", "month",
        "year", "party", "child", "runway", "reading", "quarter",
    ]
    /// Singular words after "a half" or "a quarter" that leave it a value, not an adjective of its noun (`adjectiveFraction`):
    /// "a half point", "a quarter percentage point", "a half dozen", "a half cent", "a quarter again".
    static let wordsAfterFractions: WordSet = [
        "point", "percentage", "cent", "dozen", "again", "higher", "lower", "bigger", "smaller", "larger", "cheaper", "dearer",
        "faster", "slower", "longer", "shorter", "greater",
    ]
    /// Words before a number of quarters that make them periods, not a fraction: "in six quarters", "the
    /// past four quarters", "for two straight quarters".
    static let beforePeriodCount: WordSet = [
        "in", "over", "past", "last", "next", "previous", "for", "within", "recent", "prior", "coming", "first", "final", "latest",
    ]
    /// Verbs before a bowler's figures: "Bumrah takes 6-33", "returned 4-21".
    static let wicketVerbs: WordSet = [
        "takes", "took", "taking", "claimed", "claims", "returned", "returns", "grabbed", "snared", "bagged",
    ]
    /// Verbs before "N times" that make it a ratio, no count: "The IPO was subscribed 2.37 times", "oversubscribed 12 times".
    static let ratioVerbs: WordSet = ["subscribed", "oversubscribed", "covered"]
    /// Words after "N times" that make it a multiple, no count: "three times as many", "13 times the 100,000 needed" ("the"
    /// before a figure only), "four times higher" (not "flown 25 times", "met 12 times the previous year").
    static let afterMultiple: WordSet = [
        "as", "the", "more", "higher", "larger", "bigger", "greater", "faster", "less", "fewer", "smaller", "lower", "that",
        "what", "its", "their", "his", "her", "our", "your", "my", "longer", "shorter", "earnings", "salary", "sales", "revenue",
        "profits",
    ]
    /// Words of a period after "N times the", which make the times a count: "met 12 times the previous year".
    static let periodsAfterTimesThe: WordSet = ["year", "season", "week", "month", "day", "night", "decade"]
    /// Words of a period's place before its noun after "times the": "met 12 times the previous year" (not "three times the
    /// previous record", a multiple).
    static let periodAdjectivesAfterTimesThe: WordSet = ["following", "same", "first"]
}
