/// Words that make a figure a stated change, and what it is measured against.
///
/// Positive: "surging 73.8 percent from last year's" → increase, reference "last year";
/// "an increase of 17 from last year" → increase; "fell 5% year-on-year" → decrease, "year-on-year".
/// Negative: "about the same as last year's event" (no direction word), "17 from 26 projects".
enum ChangeRules {
    /// Words just before a figure (after any bound word) that state a change.
    static let before: WordTable<ChangeDirection> = [
        "rose": .increase, "rise": .increase, "rises": .increase, "rising": .increase, "risen": .increase,
        "surged": .increase, "surge": .increase, "surges": .increase, "surging": .increase,
        "jumped": .increase, "jump": .increase, "jumps": .increase, "jumping": .increase,
        "grew": .increase, "grow": .increase, "grows": .increase, "growing": .increase, "grown": .increase,
        "increased": .increase, "increase": .increase, "increases": .increase, "increasing": .increase,
        "climbed": .increase, "climb": .increase, "climbing": .increase, "gained": .increase,
        "gain": .increase, "gaining": .increase, "soared": .increase, "soaring": .increase,
        "up": .increase, "added": .increase, "growth": .increase, "expanded": .increase,
        "rebounded": .increase, "advanced": .increase, "boosted": .increase,
        "fell": .decrease, "fall": .decrease, "falls": .decrease, "falling": .decrease, "fallen": .decrease,
        "dropped": .decrease, "drop": .decrease, "drops": .decrease, "dropping": .decrease,
        "declined": .decrease, "decline": .decrease, "declines": .decrease, "declining": .decrease,
        "decreased": .decrease, "decrease": .decrease, "decreasing": .decrease, "down": .decrease,
        "slumped": .decrease, "slumping": .decrease, "plunged": .decrease, "plunging": .decrease,
        "shrank": .decrease, "shrinking": .decrease, "slid": .decrease, "sliding": .decrease,
        "tumbled": .decrease, "lost": .decrease, "contracted": .decrease, "cut": .decrease, "shrunk": .decrease,
        "reduced": .decrease, "slipped": .decrease, "eased": .decrease,
        // ("The company shed 32,000 jobs": of counts too.)
        "shed": .decrease, "sheds": .decrease,
        // Headlines' present tense: "Nikkei soars 3%", "Tesla deliveries slump 13%".
        "soars": .increase, "soar": .increase, "climbs": .increase, "gains": .increase, "rebounds": .increase, "advances": .increase,
        "slumps": .decrease, "plunges": .decrease, "tumbles": .decrease, "tumble": .decrease, "slides": .decrease, "slips": .decrease,
        "eases": .decrease, "shrinks": .decrease, "slide": .decrease, "sink": .decrease, "sinks": .decrease,
        // Multiples: "revenue doubled to $600 million", "profit tripled to 90 million euros".
        "doubled": .increase, "doubles": .increase, "doubling": .increase, "tripled": .increase, "triples": .increase,
        "quadrupled": .increase, "halved": .decrease, "halving": .decrease, "trebled": .increase, "trebles": .increase,
        "tripling": .increase, "trebling": .increase, "quadruples": .increase, "halves": .decrease,
        // ("Contributions will double to KSh 2,160 a month": the base form before its new level.)
        "double": .increase, "triple": .increase, "halve": .decrease,
        // Nouns, only before "of" (`nounsNeedingOf`): "a marginal dip of 0.48 per cent", "a hike of 25 basis points".
        "dip": .decrease, "slump": .decrease, "plunge": .decrease, "hike": .increase, "spike": .increase, "reduction": .decrease,
        "contraction": .decrease, "uptick": .increase, "boost": .increase,
    ]

    /// Verbs of a multiple, whose new level may follow a date: "doubled in 2024 to 272,000", "halved since 2019 to 40".
    static let multiples: WordSet = [
        "doubled", "tripled", "trebled", "quadrupled", "halved", "doubling", "tripling", "trebling", "halving",
    ]

    /// Change words that are nouns as often as verbs: a change only before "of" or "by" ("an increase
    /// of 17"), or as a verb after a modal or "to" ("prices must fall 45%"; not "Voters may decline 2
    /// of the 4 measures", a part).
    static let nounsNeedingOf: WordSet = [
        "increase", "decrease", "rise", "drop", "fall", "decline", "growth", "jump", "surge", "gain", "dip", "slump", "plunge",
        "hike", "spike", "reduction", "contraction", "uptick", "boost", "double", "triple", "halve", "hikes",
    ]
    /// Nouns of `nounsNeedingOf` that are never verbs.
    static let onlyNouns: WordSet = ["growth", "reduction", "contraction", "uptick"]

    /// Market verbs that state a change only of a percentage or an amount: "the stock shed 2.4%",
    /// "home sales sank 4.5%", "oil dipped 1%" (not "Curry sank 8 three-pointers", "improved 40 schools").
    static let beforeAmounts: WordTable<ChangeDirection> = [
        // (The plural noun of rises of a rate or a price, "three hikes of 25 basis points"; not walks, "hikes of 12 miles".)
        "hikes": .increase,
        "rallied": .increase, "spiked": .increase, "leapt": .increase, "leaped": .increase, "improved": .increase,
        "widened": .increase, "accelerated": .increase,
        "sank": .decrease, "sunk": .decrease, "dipped": .decrease, "dips": .decrease,
        "retreated": .decrease, "narrowed": .decrease, "slowed": .decrease,
        "plummeted": .decrease, "tanked": .decrease, "skidded": .decrease, "crashed": .decrease, "collapsed": .decrease,
        "collapses": .decrease, "collapsing": .decrease,
        "sinking": .decrease, "sinks": .decrease, "strengthened": .increase, "weakened": .decrease, "firmed": .increase,
        "softened": .decrease, "appreciated": .increase, "depreciated": .decrease,
        "ballooned": .increase, "swelled": .increase, "rocketed": .increase, "skyrocketed": .increase, "nosedived": .decrease,
        "sagged": .decrease, "slip": .decrease, "slips": .decrease,
        // Presents and participles of the same: "Funding Gap Widens To £77m", "the deficit narrowing to 2.1%".
        "widens": .increase, "widening": .increase, "narrows": .decrease, "narrowing": .decrease, "slows": .decrease,
        "slowing": .decrease, "accelerates": .increase, "accelerating": .increase, "plummets": .decrease, "plummeting": .decrease,
        "rallies": .increase, "rallying": .increase, "weakens": .decrease, "weakening": .decrease, "strengthens": .increase,
        "strengthening": .increase, "balloons": .increase, "swells": .increase, "skyrockets": .increase,
        // Forecasts' base forms: "the economy will expand 2.5%", "is expected to contract 1.2% to 1.5%".
        "expand": .increase, "expands": .increase, "expanding": .increase, "contract": .decrease, "contracts": .decrease,
        "contracting": .decrease, "shrink": .decrease,
    ]

    /// Verbs that change their object by the figure after "by": "cut deaths by a third", "raised prices
    /// by 5%", "reduced its workforce by 1,200". ("raised $5 million" alone is money raised, no change,
    /// so these count only with their "by".)
    /// Negative: "five people were hurt by 3 cars" (no such verb), "set by 5 companies".
    static let byObject: WordTable<ChangeDirection> = [
        "cut": .decrease, "cuts": .decrease, "cutting": .decrease, "reduced": .decrease, "reduce": .decrease,
        "reduces": .decrease, "reducing": .decrease, "lowered": .decrease, "lowers": .decrease, "lowering": .decrease,
        "slashed": .decrease, "slashes": .decrease, "trimmed": .decrease, "decreased": .decrease, "shrank": .decrease,
        "raised": .increase, "raises": .increase, "raising": .increase, "increased": .increase, "increases": .increase,
        "increasing": .increase, "boosted": .increase, "boosts": .increase, "boosting": .increase, "lifted": .increase,
        "lifts": .increase, "lifting": .increase, "hiked": .increase, "hikes": .increase, "hiking": .increase,
        "upped": .increase, "upping": .increase, "expanded": .increase, "grew": .increase,
        // Base forms, after "to" or a modal: "plans to expand the fleet by 30%", "will cut costs by 5%".
        "raise": .increase, "increase": .increase, "boost": .increase, "lift": .increase, "hike": .increase,
        "expand": .increase, "expands": .increase, "expanding": .increase, "grow": .increase, "slash": .decrease,
        "slashing": .decrease, "trim": .decrease, "trims": .decrease, "trimming": .decrease, "lower": .decrease,
        "decrease": .decrease, "shrink": .decrease, "slow": .decrease, "slowed": .decrease, "slows": .decrease, "slowing": .decrease,
        "dent": .decrease, "dented": .decrease, "shave": .decrease, "shaved": .decrease, "pared": .decrease, "pare": .decrease,
        "pares": .decrease, "shrunk": .decrease, "shrinking": .decrease, "shrinks": .decrease,
        // ("shed 300 of its 1,200 jobs", "will shed its workforce by 10%".)
        "shed": .decrease, "sheds": .decrease, "shedding": .decrease,
        // Multiples, to a new level: "halved its staff to 450", "will double its workforce to 1,200" (not "a double
        // murder", `adjectivalMultiples`).
        "doubled": .increase, "doubles": .increase, "doubling": .increase, "double": .increase, "tripled": .increase,
        "triples": .increase, "tripling": .increase, "triple": .increase, "trebled": .increase, "treble": .increase,
        "quadrupled": .increase, "quadruple": .increase, "halved": .decrease, "halves": .decrease, "halving": .decrease,
        "halve": .decrease,
    ]

    /// Nouns of what a thing costs or measures, before "of" or "for" and a word of change that is the thing: "raised the price
    /// of a cut by 10%" (a haircut's price; not "raised expectations for a cut to 3.75%", a cut expected).
    static let measuredOfNouns: WordSet = [
        "price", "prices", "cost", "costs", "fee", "fees", "charge", "charges", "fare", "fares", "tariff", "tariffs", "value",
    ]

    /// Multiples' base forms that are adjectives after a determiner: "a double murder by 2 men", "the triple
    /// lock", no verb of a change.
    static let adjectivalMultiples: WordSet = ["double", "triple", "treble", "quadruple"]

    /// Objects that are themselves a count, so that a count after "to" is their new level: "cut its
    /// workforce to 900", "raised the cap to 50" (not "cut flights to 20 cities", "lower prices to 3
    /// key markets"; amounts after "to" need no such object: "raised parking fees to $3").
    static let quantityNouns: WordSet = [
        "workforce", "staff", "headcount", "roster", "cap", "limit", "ceiling", "toll", "total", "target", "forecast",
        "estimate", "estimates", "number", "count", "tally", "size", "age", "enrollment", "membership", "capacity", "quota",
        "crop", "output", "production", "supply", "score",
    ]

    /// Words before an offset that make it the base a change is measured from, no day: "fall by a fifth from a year
    /// earlier", "up 5% on a year earlier", "compared with a year earlier".
    static let referenceLeads: WordSet = ["from", "than", "on", "over", "with", "against", "versus", "vs"]

    /// Nouns of a level aimed at or foreseen, before "of" and a count of what was counted before: "drew 35.5 million
    /// arrivals, short of its target of 40 million".
    static let targetNouns: WordSet = ["target", "goal", "forecast", "estimate", "projection", "expectation", "aim", "quota"]

    /// Words before a `byObject` verb that make it passive, so that it needs no object: "the valuation
    /// was slashed from $47 billion to $8 billion", "rates were cut to 1.5%".
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "be", "is", "are", "being", "got", "get", "gets"]

    /// Words before a change noun that make it a verb: "prices must fall 45%", "expected to rise 5%".
    static let beforeVerbs: WordSet = [
        "to", "will", "would", "must", "could", "can", "may", "might", "should", "shall", "did", "does", "do", "not", "'ll",
    ]

    /// A negation just before a change verb states no change: "the index did not fall 20%", "sales
    /// won't rise 5%", "never grew 3%".
    static let negations: WordSet = [
        "not", "never", "n't", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't", "cannot", "couldn't", "isn't",
        "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't",
    ]

    /// Measures a change is told by, after "by", between it and its new level: "fell 11.4% by value to €15.9 billion".
    static let measuresOfChange: WordSet = [
        "value", "volume", "volumes", "weight", "revenue",
        // ("rose 2% in dollars to $1.02 billion".)
        "dollars", "sterling", "euros", "pounds", "yen", "yuan", "rupees", "francs",
    ]
    /// Verbs whose object takes a bare infinitive: "see unemployment fall", "let crime rise", "help the price fall".
    static let verbsBeforeBareInfinitives: WordSet = [
        "see", "sees", "saw", "seen", "seeing", "let", "lets", "letting", "make", "makes", "made", "making", "help", "helps",
        "helped", "helping", "watch", "watched", "have", "has", "had",
    ]
    /// Heads of a measure a change is told in, after one modifier: "in sterling terms", "in local currency", "in real terms".
    static let measureHeads: WordSet = ["terms", "currency", "currencies"]
    /// Words before a level compared with another of the same thing (`comparedLevel`): "up from 250 francs", "to 1,800 francs".
    static let levelComparisonWords: WordSet = ["from", "than", "to", "against", "versus", "vs", "or"]
    /// Adverbs of when a change happened, between it and what follows (`adverbOfTime`): "rose by 12 overnight, bringing".
    static let adverbsOfWhen: WordSet = ["overnight", "again", "today", "yesterday"]
    /// Participles that raise what they bring to a level: they carry only a rise before them (`changeCarriedToTotal`).
    static let raisingParticiples: WordSet = ["lifting", "raising", "boosting"]

    /// Words of a date's preposition or a run of periods passed over between a verb of change and the "to" of its new
    /// level: "fell in the first half to", "rose for a seventh consecutive year to", "climbed for the third time in a row to"
    /// (with ordinal words; the dates themselves are read before).
    static let periodRunWords: WordSet = [
        "in", "since", "over", "during", "on", "for", "a", "an", "the", "consecutive", "straight", "successive", "running",
        "row", "year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "day", "days", "session", "sessions",
        "time", "again", "decade", "decades",
        // (A reference between the change and its level: "rose 4.2 percent from a year earlier to 410,000 units".)
        "from", "earlier", "ago", "previously",
        // (The terms of the change: "fell 7.1% in real terms to $212.1 billion", "rose 3% on an annual basis to".)
        "real", "nominal", "terms", "basis", "annual", "underlying", "volume", "value",
    ]
    /// Nouns of where or to whom a flow goes, after "to": a count of them after a change is no new level of the measure
    /// ("Exports rose 12% to 30 countries", "Grants rose 6% to 1,500 students"; not "fell 38% to 94 vessels").
    static let recipientNouns: WordSet = [
        "countries", "nations", "states", "destinations", "markets", "cities", "towns", "villages", "regions", "provinces",
        "districts", "charities", "students", "pensioners", "households", "families", "farms", "farmers", "schools", "hospitals",
        "stores", "shops", "dealers", "retailers", "airports", "ports", "clinics", "recipients", "beneficiaries", "companies",
        "firms", "businesses", "universities", "councils", "partners", "buyers",
        // ("added 300 troops last month to 12 bases", "lost 12 seats in May to 3 smaller parties".)
        "bases", "parties", "sites", "locations", "venues", "airlines", "operators", "rivals",
    ]
    /// Nouns of a flow that goes to someone or somewhere, whose count after "to" may be of where it went: "Exports rose 12% to
    /// 30 countries" (not "Applications rose 8% to 310,000 students", "The franchise grew 15% to 230 stores": new levels).
    static let flowNouns: WordSet = [
        "exports", "imports", "aid", "payments", "flights", "services", "donations", "grants", "subsidies", "shipments",
        "deliveries", "loans", "funding", "remittances", "transfers", "investment", "investments", "spending", "sales", "supplies",
        "scholarships", "benefits", "handouts", "routes", "connections", "payouts", "doses", "vaccines",
    ]
    /// Units of depth or distance: "The diver sank to 40 metres" is how deep, no fall of a market.
    static let depthUnits: WordSet = [
        "metres", "meters", "metre", "meter", "feet", "foot", "ft", "fathoms", "km", "kilometres", "kilometers", "miles", "m",
    ]
    /// Units of a height reached after "to", no new level: "Houses in the village rise to 4 storeys", "The block will rise to
    /// 30 floors".
    static let heightUnits: WordSet = ["storeys", "stories", "floors", "storey", "story", "floor"]
    /// Verbs of change whose "to" is their own: "added to its 300 shops".
    static let addingVerbs: WordSet = ["added", "add", "adds", "adding"]

    /// Words that may stand between a change word and its figure without breaking the link:
    /// "rose \"slightly\" by 25 percent", "an increase of just 0.3 percent" (with any "-ly" adverb, `adverbInLy`).
    /// ("fell by a record 908,574": "record" after its article too.)
    static let softeners: WordSet = ["just", "only", "another", "further", "still", "even", "merely", "record"]

    /// Verbs that take a level past a threshold, besides verbs of change and those in "-ed" or "-ing": "took the total
    /// past 200 crore".
    static let verbsTakingPast: WordSet = ["took", "take", "takes", "sent", "send", "sends", "brought", "bring", "brings", "put", "puts"]

    /// Nouns of a measured level named before its figure after "from": "rose from an average of £180 to £255".
    static let levelNouns: WordSet = ["average", "median", "mean", "peak", "high", "low", "total", "level", "record", "base"]

    /// Verbs of losing, before which millions are a result, no change: "DB Cargo lost €357 million last year".
    static let losingVerbs: WordSet = ["lost", "lose", "loses", "losing"]
    /// Periods after an amount lost that make it a result, no change: "The show lost £210,000 last year", "loses £5,000 a year".
    static let periodsOfResults: WordSet = ["year", "season", "quarter", "annually", "half"]
    /// Things whose price or value an amount lost is a fall of, in a year too: "The pound lost 2 cents in 2026", "The car
    /// lost £8,000 in 2027 in depreciation" (with `DateRules.marketNouns`).
    static let assetsLosingValue: WordSet = [
        "price", "prices", "value", "values", "car", "cars", "house", "houses", "home", "homes", "property", "properties",
        "share", "bond", "coin", "token", "tokens", "ether", "ethereum", "silver", "copper", "wheat", "gas",
    ]
    /// Words that end a `byObject` verb's object before a "from … to": "raised the fare from $2.50 to
    /// $2.75" is a change, "expanded its search to towns from 5 to 10 miles away" a range.
    static let prepositionsEndingObject: WordSet = ["to", "in", "at", "for", "with", "on", "into", "across", "within", "over"]

    /// Prepositions of a place or time after a subject's noun, passed over to reach it: "Burglaries in the
    /// borough rose to 2,341", "Cases across the region fell to 40".
    static let subjectPrepositions: WordSet = [
        "in", "at", "across", "on", "inside", "throughout", "from", "to", "for", "about", "against", "among", "through", "via",
        // ("Collisions between cyclists and buses rose to 92", "Households with children rose to 3 million", "Jobs outside the
        // capital grew to 1.1 million", "Homes within flood zones rose to 5.2 million": the place passed over, as after "in".)
        "between", "with", "outside", "beyond", "within", "near", "around", "along",
    ]
    /// Verbs that go "up to" a level, not a bound: "ticked up to 5.8 per cent", "went up to 120".
    static let verbsMovingUp: WordSet = [
        "tick", "ticks", "ticked", "edge", "edges", "edged", "go", "goes", "went", "gone", "going", "move", "moves", "moved", "creep",
        "creeps", "crept", "inch", "inches", "inched", "nudge", "nudges", "nudged", "shot", "jumped", "climbed", "crawled",
    ]
    /// Verbs whose "down" is their own particle, not a fall: "Storm Arwen brought down 16,000 trees", "wrote down €1.6bn",
    /// "voted down 3 amendments", "handed down 12 sentences".
    static let verbsTakingDown: WordSet = [
        "brought", "bring", "brings", "bringing", "took", "take", "takes", "taking", "tore", "tear", "tears", "pulled", "pull",
        "pulls", "knocked", "knock", "shot", "shoot", "shoots", "wrote", "write", "writes", "writing", "voted", "vote", "handed",
        "hand", "hands", "put", "puts", "gunned", "mowed", "hunted", "chopped", "struck", "turned", "turn", "turns", "laid", "lay",
        "lays", "blew", "blow", "blown", "cut", "tracked", "paid", "pay", "pays",
    ]
    /// Verbs of paying an amount down, no fall: "put down $500 deposits", "handed down $2m in bonuses".
    static let payingDownVerbs: WordSet = [
        "put", "puts", "putting", "laid", "lay", "lays", "handed", "hand", "hands", "paid", "pay", "pays",
    ]
    /// Verbs of writing an amount down, an impairment, no fall: "wrote down €1.6bn of loans".
    static let writingVerbs: WordSet = ["wrote", "write", "writes", "writing", "written"]
    /// Verbs whose "up" is their own particle, not a rise: "made up 1% of imports", "took up 40% of the budget".
    /// (Not "ended up 2%", "opened up 3%", "picked up 2%": in market reports those are rises.)
    static let verbsTakingUp: WordSet = [
        "make", "makes", "made", "making", "take", "takes", "took", "taken", "taking", "set", "sets", "setting", "sum", "sums",
        // ("The city put up 25 cameras": built.)
        "put", "puts", "putting", "built", "build", "builds", "building", "line", "lined", "lines",
        "summed", "add", "adds", "adding", "use", "used", "uses", "using", "free", "freed", "snap", "snapped", "split",
        // Paying: "fans who anted up $129", "ponied up $5 million".
        "ante", "antes", "anted", "pony", "ponies", "ponied", "cough", "coughed", "pay", "pays", "paid", "paying", "sign", "signed",
        // Clearing: "growers will grub up about 9,500 hectares", "dug up 400 graves", "tore up 12 miles of track".
        "grub", "grubbed", "dig", "digs", "dug", "digging", "rip", "ripped", "tear", "tore", "torn", "pull", "pulled", "round",
        "rounded", "mop", "mopped", "buy", "bought", "buying", "clean", "cleaned",
    ]

    /// Words before "from" and an earlier level after a figure: "$39,014, up from $38,373".
    /// Negative: "turn the stove up from simmering" (no level on either side).
    static let levelChanges: WordTable<ChangeDirection> = ["up": .increase, "down": .decrease]
    /// Words of a change of its own after a percentage, whose points after a comma are an index's: "2.1% lower, down 380
    /// points".
    static let comparativesAfterShares: WordSet = ["higher", "lower", "up", "down", "more", "less", "fewer", "above", "below"]

    /// How many tokens of the level's clause may stand between it and ", up from": "About 18,000 homes
    /// remain without power in Queensland after Cyclone Alfred, down from a peak of 316,000".
    static let levelClauseReach = 14
    /// Words that open another clause or report one: between them and ", up from" the level is another's.
    static let notInLevelClause: WordSet = ["and", "but", "which", "that", "who", "while", "whereas", "said", "says", "when", "if"]

    /// Prepositions of a date between a level and its "up from": "5.7 percent in October, down from 6.2 percent".
    static let levelDatePrepositions: WordSet = ["in", "on", "for", "at", "during"]

    /// How many words of an object may stand between a `byObject` verb and its "by": "cut the number
    /// of its stores by".
    static let maximumObjectWords = 7

    /// Words between the change word and the figure that keep the link: "an increase of 17",
    /// "rose by 5%".
    static let linkers: WordSet = [
        "of", "by", "a", "an", "some", "about", "nearly", "over", "more", "than", "around", "almost", "to",
        // ("rose 4.8% to an average of £712".)
        "average",
    ]

    /// Phrases after a figure that name the reference of a change; `nil` keeps the words as said.
    static let references: [(words: [String], reference: String)] = [
        (["from", "last", "year"], "last year"), (["from", "a", "year", "earlier"], "a year earlier"),
        (["from", "a", "year", "ago"], "a year ago"), (["from", "the", "previous", "year"], "the previous year"),
        (["over", "last", "year"], "last year"), (["than", "last", "year"], "last year"),
        (["compared", "with", "last", "year"], "last year"), (["compared", "to", "last", "year"], "last year"),
        (["on", "last", "year"], "last year"), (["year", "-", "on", "-", "year"], "year-on-year"),
        (["year", "on", "year"], "year-on-year"), (["year", "-", "over", "-", "year"], "year-over-year"),
        (["from", "a", "month", "earlier"], "a month earlier"), (["month", "-", "on", "-", "month"], "month-on-month"),
        (["quarter", "-", "on", "-", "quarter"], "quarter-on-quarter"), (["from", "last", "month"], "last month"),
        (["from", "the", "previous", "quarter"], "the previous quarter"), (["from", "last", "week"], "last week"),
        (["from", "a", "week", "earlier"], "a week earlier"), (["on", "the", "year"], "year-on-year"),
        (["on", "a", "year", "earlier"], "a year earlier"), (["year", "over", "year"], "year-over-year"),
        (["week", "on", "week"], "week-on-week"), (["week", "-", "on", "-", "week"], "week-on-week"),
        (["month", "on", "month"], "month-on-month"), (["quarter", "on", "quarter"], "quarter-on-quarter"),
        (["compared", "with", "a", "year", "earlier"], "a year earlier"), (["compared", "to", "a", "year", "earlier"], "a year earlier"),
        (["compared", "with", "a", "year", "ago"], "a year ago"),
        (["from", "the", "same", "period", "last", "year"], "the same period last year"),
        (["over", "the", "same", "period", "last", "year"], "the same period last year"),
        (["compared", "with", "the", "same", "period", "last", "year"], "the same period last year"),
        (["from", "the", "same", "quarter", "last", "year"], "the same quarter last year"),
        (["from", "the", "previous", "month"], "the previous month"), (["from", "the", "previous", "week"], "the previous week"),
        (["from", "the", "year", "before"], "the year before"), (["from", "the", "month", "before"], "the month before"),
        // Wire shorthand: "2.1% y/y", "0.4% m/m", "YoY", "on-year".
        (["y", "/", "y"], "year-on-year"), (["yoy"], "year-on-year"), (["m", "/", "m"], "month-on-month"),
        (["q", "/", "q"], "quarter-on-quarter"), (["qoq"], "quarter-on-quarter"), (["on", "-", "year"], "year-on-year"),
        (["on", "-", "month"], "month-on-month"),
    ]

    /// Words before a period written as a change's reference: "compared with the previous year", "than in
    /// 2022", "on the last general election", "since February" ("compared" needs "with" or "to").
    static let periodReferenceLeads: WordSet = ["compared", "from", "than", "on", "over", "since", "versus", "vs"]

    /// Words that make a period an earlier one: "the previous year", "the same quarter last year", "last season".
    static let earlierPeriodWords: WordSet = ["previous", "prior", "preceding", "same", "last", "corresponding", "year-earlier"]

    /// Periods (and polls) a change is reckoned against.
    static let periodNouns: WordSet = [
        "year", "quarter", "month", "week", "period", "season", "half", "decade", "fortnight", "election", "census",
        "survey", "poll", "count", "vote", "year's", "quarter's", "month's", "week's", "season's", "election's",
        "summer", "winter", "spring", "autumn",
    ]

    /// Words that may follow a reference period: it ends there ("compared with the previous year as demand
    /// fell", "than in 2022 levels").
    static let afterReference: WordSet = [
        "and", "but", "as", "while", "after", "to", "in", "when", "with", "despite", "amid", "because", "levels", "level",
        "figures", "figure", "on", "for", "at", "thanks", "according", "said", "says", "or",
    ]

    /// Verbs of a level a count reaches, whose subject is what it counts: "Complaints totalled 4,500".
    static let levelVerbs: WordSet = [
        "totalled", "totaled", "totals", "reached", "reaches", "numbered", "topped", "exceeded", "hit", "stood", "stands", "passed",
        "crossed", "surpassed",
        // Present forms of headlines (`presentLevelVerbs`): "Subway Ridership Tops 4 Million", "Footfall Passes 4 Million".
        "tops", "passes", "hits", "exceeds", "surpasses", "crosses",
        // Base forms after a modal or "to": "are expected to pass 2.9 billion", "could top 500".
        "pass", "top", "reach", "exceed", "surpass", "cross", "total",
        // ("Volunteer crews number about 70,000.")
        "number",
    ]
    /// Presents of `levelVerbs` whose subject stands right before them.
    static let presentLevelVerbs: WordSet = ["tops", "passes", "hits", "exceeds", "surpasses", "crosses"]
    /// Verbs (and participles after "be") that give a level after "at": "Entries closed at 25,000", "The quota was set
    /// at 221,000", "Ground passes are capped at 60,000", "The crowd was estimated at 50,000".
    static let levelVerbsBeforeAt: WordSet = [
        "closed", "closes", "set", "capped", "pegged", "estimated", "fixed", "remained", "remains", "peaked", "peaks", "bottomed",
    ]
    /// Words of a modal or a forecast between a subject and its verb: "subscriptions are expected to
    /// pass", "arrivals will top", "deaths could reach".
    static let beforeLevelVerbs: WordSet = [
        "are", "is", "were", "was", "will", "could", "may", "might", "would", "should", "be", "been", "expected", "forecast",
        "projected", "predicted", "estimated", "tipped", "set", "likely", "to", "due", "now", "also",
    ]
    /// Adverbs between a subject and its verb: "subscriptions worldwide rose to 2.9 billion".
    static let adverbsAfterSubject: WordSet = [
        "worldwide", "nationwide", "globally", "overall", "alone", "combined", "together", "again", "almost", "nearly", "probably",
        "already", "still", "just",
    ]

    /// Words between such a verb (or a change verb) and its figure: "rose by 7% to 50,500", "fell by
    /// 26,000 on the quarter to 932,000", "stood at about".
    static let pathWords: WordSet = [
        "to", "by", "from", "about", "nearly", "almost", "around", "some", "more", "than", "over", "under", "just", "roughly",
        "approximately", "at", "on", "in", "the", "a", "an", "year", "quarter", "month", "week", "last", "previous", "percent",
        "per", "cent", "pct", "percentage", "points", "point", "million", "billion", "thousand", "bn", "m", "k", "record", "new",
        "before", "earlier", "ago", "below", "above", "past", "decade", "decades",
        // (A reference or a linker between: "rose 12% compared with 2025 to 3.1 million", "rose 8% to an average of 14,900".)
        "compared", "with", "average", "total", "of",
        // (A bound of an estimate: "rose 5% last year to an estimated 1.33 million".)
        "estimated", "approximate", "estimate",
    ]
    static let maximumPathTokens = 10

    /// Auxiliaries between a subject and its verb of change: "Cases have risen to 127".
    static let auxiliaries: WordSet = ["have", "has", "had"]

    /// Words after which a verb of `byObject` is an adjective of its noun: "tonnes of cut flowers", "the raised beds".
    static let beforeAdjectivalVerbs: WordSet = ["of", "for", "in", "on", "with", "from", "the", "a", "an", "fresh"]
    /// Present forms of verbs that cut a count, unless of a rate of work ("Careem cuts 300 jobs"; not "The tailor cuts 40
    /// suits a week", `workPeriods`).
    static let presentCuts: WordSet = [
        "cuts", "slashes", "axes", "trims",
        // Participles, of what a cut takes away only (`cutObjects`): "…, cutting 2,500 jobs", "Siemens is cutting 1,200 jobs".
        "cutting", "slashing", "axing", "trimming",
        // Base and past forms of the same, "Meta To Axe 3,600 Jobs", "slashed 400 posts" ("cut" and "shed" are in `before`).
        "axe", "axed", "slash", "slashed",
    ]
    /// Forms of `presentCuts` that cut only what is taken away: not "The chef is cutting 200 onions".
    static let cutParticiples: WordSet = ["cutting", "slashing", "axing", "trimming", "axe", "axed", "slash", "slashed"]
    /// What a cut takes away: jobs, services, places.
    static let cutObjects: WordSet = [
        "jobs", "job", "posts", "positions", "roles", "staff", "workers", "employees", "flights", "services", "routes", "trains",
        "buses", "stores", "shops", "branches", "outlets", "beds", "hours", "places", "departures", "sailings", "sites", "plants",
        "offices", "factories", "stations", "schools", "courses", "programmes", "programs", "products", "models", "members",
    ]
    /// What services are taken away from: "cuts 25 trains a day from the timetable".
    static let schedules: WordSet = [
        "timetable", "timetables", "schedule", "schedules", "service", "network", "route", "routes", "roster", "list", "slots",
        "programme", "program", "lineup",
    ]
    static let workPeriods: WordSet = [
        "day", "week", "month", "year", "hour", "minute", "night", "shift", "season", "session", "morning", "evening", "afternoon",
    ]
    /// Forms of "grow" that, before a count of things, raise them rather than rise ("Farmers grow 40 varieties").
    static let cultivating: WordSet = ["grow", "grows"]
    /// Its other forms, more often those of a rise ("Output grew 5 million tonnes"), raise things only before plants
    /// (`plantsGrown`): "Farmers grew 40 varieties", "are growing 3,000 saplings".
    static let cultivatingBeforePlants: WordSet = ["grew", "growing", "grown"]
    static let plantsGrown: WordSet = [
        "varieties", "crops", "plants", "trees", "saplings", "seedlings", "vegetables", "flowers", "species", "kinds", "types",
        "strains", "cultivars", "vines", "shrubs", "bulbs", "herbs",
    ]

    /// Hedges before an earlier level after "up/down from": "down from about 45,000".
    static let hedgesBeforeEarlierLevel: WordSet = [
        "about", "around", "roughly", "some", "nearly", "almost", "approximately",
        // ("up from under 40,000", "down from over 300".)
        "under", "over", "below", "above",
    ]

    /// Verbs that take away or add a count of things, their object, before a range of it: "will shed 700 to 800 positions",
    /// "lost 300 to 320 workers", "added 2 to 4 teams".
    static let verbsCuttingCounts: WordSet = [
        "cut", "cuts", "cutting", "shed", "sheds", "shedding", "slash", "slashes", "slashed", "slashing", "axe", "axes", "axed",
        "axing", "trim", "trims", "trimmed", "trimming", "eliminate", "eliminates", "eliminated", "eliminating", "lose", "loses",
        "lost", "losing", "add", "adds", "added", "adding",
    ]
    /// Words between such a verb and its range: "shed some 700 to 800", "cut a further 700 to 800".
    static let wordsBeforeCountsCut: WordSet = [
        "some", "about", "around", "roughly", "approximately", "a", "another", "further", "extra", "additional", "up", "to",
    ]

    /// Nouns of an earlier level after "up/down from a … of": "down from a peak of 4 million", "up from a forecast of NOK 3.2
    /// billion".
    static let earlierLevelNouns: WordSet = [
        "peak", "high", "low", "record", "level", "total", "rate", "forecast", "estimate", "projection", "target", "budget", "figure",
    ]
    /// Modifiers that make such a noun a level before: "the previous high of", "the old record of".
    static let formerModifiers: WordSet = ["previous", "old", "former", "prior", "earlier"]
    /// Nouns of an earlier price there too: "sold for £475,000, down from an asking price of £550,000".
    static let earlierPriceNouns: WordSet = ["price", "valuation", "value"]

    /// Verbs of a phrasal verb with "off", whose amount after is no market's fall: "Card Lenders Write Off £1.2bn" (not a
    /// sell-off, a discount or a lay-off, "Bitcoin Sells Off 7%", "Takes Off 20%", "Lays Off 12% Of Staff", which are falls).
    static let verbsBeforeOff: WordSet = [
        "write", "writes", "wrote", "written", "pay", "pays", "paid", "sign", "signs", "signed", "kick", "kicks", "kicked",
        "pull", "pulls", "pulled", "hive", "hives", "hived", "spin", "spins", "spun", "fend", "fends", "fended", "ward", "wards",
        "warded", "top", "tops", "topped", "take", "takes", "took",
    ]
    /// Verbs of a sell-off before "off": a fall of a percentage only ("Bitcoin Sells Off 7%"; not "Sells Off £3bn Tea Business").
    static let sellingBeforeOff: WordSet = ["sell", "sells", "sold", "selling"]
    /// Plurals after a count that write it as a share's points, keeping an earlier percentage its own: "on 29 points, up from 25%".
    static let unitsLikePercentages: WordSet = ["points", "pts"]
    /// Words after the new level of "from … to" that leave it a level, not the end of a band: "from £1.50 to £2 an hour", "from 3%
    /// to 2.75% on Thursday", "from 5% to 10% of the portfolio" (not "by 2p", "ABV", "depending on trim").
    static let wordsAfterNewLevels: WordSet = ["and", "a", "an", "per", "each", "on", "in", "last", "this", "next", "of", "at", "for"]
    /// Participles before "from" that make "from … to" a band of what they describe: "on homes worth from £1m to £2m",
    /// "households earning from £20,000 to £40,000", "homes valued from £300,000 to £500,000".
    static let participlesBeforeBands: WordSet = [
        "worth", "valued", "priced", "earning", "aged", "costing", "ranging", "paying", "selling", "weighing", "measuring",
    ]
    /// Words after a percentage restated after "or" that make it a comparison with another level, no restated change: "rose
    /// to 4,300, or roughly 18% above target", "or 5% below the peak".
    static let comparisonsAfterRestated: WordSet = ["above", "below", "over", "under", "higher", "lower", "short", "ahead", "behind"]

    /// Verbs of a lay-off before "off", which takes its count away as "cut" does: "laid off 500 workers".
    static let layOffVerbs: WordSet = ["lay", "lays", "laid", "laying"]

    /// Nouns right after a percentage or amount that make it a change: "a 5.4% increase".
    static let nounsAfter: WordTable<ChangeDirection> = [
        "increase": .increase, "rise": .increase, "gain": .increase, "jump": .increase, "growth": .increase,
        "surge": .increase, "hike": .increase, "climb": .increase, "uptick": .increase,
        "decrease": .decrease, "drop": .decrease, "fall": .decrease, "decline": .decrease, "cut": .decrease,
        "reduction": .decrease, "slump": .decrease, "contraction": .decrease, "loss": .decrease, "dip": .decrease,
        "improvement": .increase, "boost": .increase, "spike": .increase, "plunge": .decrease,
        // ("a 2.5% raise": a pay rise as US papers write it.)
        "raise": .increase,
    ]

    /// Nouns of `nounsAfter` that after an amount of millions, or after `resultsAdjectives`, name a result, not a change:
    /// "a A$12.5 million loss", "a $40 net loss" (not "Oil posted a $2 loss on the day").
    static let resultNouns: WordSet = ["loss"]
    static let resultsAdjectives: WordSet = [
        "net", "pre-tax", "pretax", "operating", "annual", "quarterly", "half-year", "full-year", "underlying", "trading",
    ]

    /// Comparatives of speed after a percentage: the gap between two rates, not a change ("grew 5% faster
    /// than wages").
    static let gapsBetweenRates: WordSet = ["faster", "slower", "quicker"]
    /// Adverbs of rate after "more" or "less" that make the same gap: "declined 27% more slowly than those given a placebo".
    static let adverbsOfRate: WordSet = ["slowly", "quickly", "rapidly", "steeply", "sharply"]

    /// Words after a figure that state a change on their own: "43 events, up 17".
    static let after: WordTable<ChangeDirection> = [
        "higher": .increase, "more": .increase, "lower": .decrease, "fewer": .decrease, "less": .decrease,
    ]
    /// Comparatives after an amount or index points that state a change only where no "than" follows
    /// ("the rupee closed 12 paise weaker"; not "10 points weaker than last year's side").
    static let comparativesOfMarkets: WordTable<ChangeDirection> = ["stronger": .increase, "weaker": .decrease]

    /// Words a reference phrase can start with (also after a dropped "from"/"than"), and "," which may lead it.
    static let referenceWords: Set<String> = {
        var words = Set(references.map { $0.words[0] })
        words.formUnion(references.compactMap { $0.words.count > 1 ? $0.words[1] : nil })
        words.formUnion(after.keys)
        words.formUnion(periodReferenceLeads)
        words.insert(",")
        return words
    }()
}
