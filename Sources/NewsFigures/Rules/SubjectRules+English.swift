/// What a count counts: the noun phrase after the number.
///
/// Positive: "61 foreign investment projects with…" → "foreign investment projects";
/// "15 countries and regions have" → "countries and regions"; "4,230 of the companies" → "companies";
/// "22 other activities" → "activities"; "25 have materialized" → the subject of the count it refers back to.
/// Negative: "43,000 buyers and an anticipated…" stops at "and an"; "17 from last year" has no noun.
enum SubjectRules {
    /// Words that end a noun phrase: prepositions, determiners, pronouns, auxiliaries, conjunctions.
    static let stopWords: WordSet = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
        "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "than", "then",
        "with", "to", "from", "in", "on", "at", "for", "of", "by", "during", "over", "under", "into", "onto",
        "across", "among", "amongst", "between", "through", "throughout", "per", "as", "like", "since",
        "after", "before", "about", "around", "against", "within", "without", "via", "toward", "towards",
        "upon", "near", "until", "till", "including", "excluding", "covering", "such",
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "says",
        "and", "or", "but", "nor", "so", "yet", "while", "because", "although", "though", "if", "unless",
        "also", "now", "still", "already", "only", "just", "each", "every", "all", "both", "either",
        "neither", "more", "less", "fewer", "most", "least", "very", "too", "not", "no", "there", "here",
        "up", "down", "out", "off", "away", "back", "ago", "earlier", "later", "last", "next", "this",
        "times", "percent",
    ]

    /// Verbs right after a number that show its noun is elided: "25 have materialized", "12 were hurt".
    static let elisionVerbs: WordSet = [
        "have", "has", "had", "are", "were", "was", "is", "will", "would", "can", "could", "may", "might",
        "did", "do", "remain", "remained", "remains", "came", "went", "died", "die", "survived", "survive", "exist", "signed", "joined",
        "left", "took", "attended", "received", "applied", "agreed", "voted", "said", "say",
        // Adjectives of the people a disaster counts: "10 people dead and 33 missing".
        "missing", "dead", "unaccounted",
        // Present verbs of where or how the things counted are: "Of the 16 giant pandas on loan, 11 live in zoos", "12 now open
        // only at weekends".
        "live", "work", "open", "operate", "stay",
    ]
    /// More participles that are no past tense, which after a count that no noun follows refer back as a past does, as
    /// `irregularParticiples` do: "900 homes, with only 120 begun", "Of the 40 wells, 12 have run dry and 6 gone".
    static let participlesReferringBack: WordSet = [
        "begun", "grown", "done", "fallen", "risen", "gone", "come", "become", "run", "sunk", "sung", "swum", "rung", "shrunk",
        "beaten", "bitten",
    ]
    /// Adverbs of time between a count and its verb, the subject still elided: "12 now open", "Forty have since closed".
    static let adverbsBeforeElisionVerbs: WordSet = ["now", "since", "already", "also", "currently", "later", "eventually"]

    /// Adverbs after a past verb that follows a count, which leave it a verb: "1,150 waited longer than 104 days".
    static let adverbsAfterVerbs: WordSet = ["longer", "more", "less", "again", "early", "late", "out", "away", "back", "home", "abroad"]
    /// Pronouns after "of" that refer back: "15,000 of those", "1,150 of these", "nine of them".
    static let referringPronouns: WordSet = ["these", "those", "them"]
    /// Words before a count of more of what was counted: "plans to sell another 40".
    static let moreOfTheSame: WordSet = ["another", "further"]
    /// Participles that are no past tense, before a bare object: "has taken on about 1,200", "has stolen 40".
    static let irregularParticiples: WordSet = [
        "taken", "given", "shown", "chosen", "drawn", "seen", "written", "driven", "stolen", "withdrawn", "thrown", "flown", "broken",
        "frozen", "hidden", "ridden", "eaten", "known", "blown", "torn", "worn", "shaken", "undertaken", "overtaken", "forgiven",
        "spoken", "forgotten", "sworn", "sown", "sewn", "mown", "overseen",
    ]
    /// Prepositions of a date after a verb's bare object, besides a level's (`ChangeRules.levelDatePrepositions`): "Police have
    /// recovered 17 by Friday", "Volunteers delivered 12,000 before Christmas Eve".
    static let datePrepositionsAfterObject: WordSet = ["by", "before", "after", "until", "since"]
    /// Units of time whose totals of a thousand or more are counted, not durations: "spilled for 1,500 hours".
    static let totalledTimeUnits: WordSet = ["hours", "minutes"]
    /// Verbs of the room a place has, whose bare count is of places, not of what was counted before: "serves 300 meals a night
    /// and seats 80", "sells 500 tickets a night and holds 1,200".
    static let capacityVerbs: WordSet = ["seats", "holds", "sleeps", "accommodates", "fits", "houses", "takes"]
    /// Verbs of taking on staff, whose bare count after another verb's count of people is of staff: "treats 5,000 patients a
    /// year and employs 800".
    static let staffVerbs: WordSet = ["employed", "hired", "recruited", "appointed", "staffed"]
    /// Nouns after a unit of time and "of" that make the units counted days given or taken, no duration: "9 days of action",
    /// "20 more days of leave", "three days of strikes".
    static let countedDaysOf: WordSet = [
        "action", "leave", "holiday", "holidays", "strike", "strikes", "industrial", "paid", "annual", "sick", "unpaid", "protest",
        "protests", "walkouts", "absence", "rest", "training",
    ]
    /// Words of `countedDaysOf` that modify the noun after them: "10 days of industrial action", "25 days of paid leave".
    static let modifiersOfCountedDays: WordSet = ["industrial", "paid", "annual", "sick", "unpaid"]
    /// Verbs of price in "-s" that end a subject before an amount: "A pack of 1,000 V-Bucks costs £6.99".
    static let verbsOfPrice: WordSet = ["costs", "sells", "fetches", "earns", "pays", "nets", "commands", "retails"]
    /// Units of time counted with what they are of after "of" (`countedDaysOf`): "12 days of strikes", "two weeks of leave".
    static let countedDaysUnits: WordSet = ["days", "weeks"]
    /// Prepositions before a number of days that make them a span of time: "Over 12 days of strikes, 300,000 operations were
    /// postponed", "during 10 days of protests".
    static let prepositionsOfTimeSpans: WordSet = ["over", "during", "after", "across", "throughout", "within"]
    /// How many modifiers a plural before a verb of change takes: two, and a third in a phrase of lower-case words ("Natural
    /// history museum visits rose", "Local bus route closures rose"); a hyphenated compound is one ("Wood-burning stove sales").
    static let maximumModifiersBeforeChangeVerbs = 3
    /// How many possessors' counts of a list may stand between one and the comparison before the list: "ahead of Spain's 4.2
    /// million, Greece's 1.1 million and Malta's 0.1 million".
    static let maximumListedPossessors = 8
    /// Adverbs that may end a bare object's clause after its dates: "Officers seized 12 in January alone", "paid to clear 400
    /// so far".
    static let trailingAdverbs: WordSet = ["alone", "already", "too", "so", "far", "overall", "altogether", "now"]
    /// Particles of phrasal verbs between the verb and its object: "has taken on about 1,200", "picked up 30".
    /// Prepositions before a count in a phrase, whose things a later verb's bare object does not count: "Tickets for 12 shows".
    static let prepositionsBeforeCounts: WordSet = [
        "for", "of", "in", "on", "at", "from", "with", "by", "over", "under", "across", "among", "between", "into", "after",
    ]
    static let verbParticles: WordSet = ["on", "up", "out", "off", "back", "in", "away", "over", "down"]

    /// Plural nouns of animals: what befalls people befalls them too ("found 20 sheep. 6 were killed").
    static let animalNouns: WordSet = [
        "animals", "sheep", "cattle", "cows", "horses", "dogs", "cats", "birds", "pigs", "goats", "chickens", "hens", "deer",
        "whales", "dolphins", "fish", "livestock", "lambs", "camels", "elephants", "lions", "tigers", "bears", "wolves", "monkeys",
        "apes", "gorillas", "seals", "turtles", "ponies", "donkeys", "rabbits", "foxes", "badgers", "geese", "ducks", "swans",
        "lice", "oxen", "salmon", "trout", "moose", "bison",
        "calves", "bulls", "buffalo", "pets", "puppies", "kittens", "rhinos", "giraffes", "zebras", "penguins", "sharks",
    ]

    /// Present verbs that open a clause of their own before its subject: no modifier of the noun after them ("Hospital
    /// data show e-scooter injuries in Singapore climbed to 412" counts "e-scooter injuries").
    static let verbsOpeningClauses: WordSet = [
        "show", "shows", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals", "say", "says", "find", "finds",
        "estimate", "estimates", "predict", "predicts", "confirm", "confirms",
    ]

    /// Words after a count that say what became of people: they refer back to people only ("10 people dead and
    /// 33 missing"; not "buried 70 homes, leaving 12 dead").
    static let peopleStates: WordSet = ["missing", "dead", "unaccounted"]
    /// Participles and past verbs of what befalls people, after a count on its own or over "were", "have been": the
    /// count refers back to people only ("destroyed 40 shophouses. 12 were killed"; "37 have died").
    static let peopleFates: WordSet = [
        "died", "die", "drowned", "perished", "killed", "injured", "hurt", "wounded", "hospitalised", "hospitalized", "rescued",
        "evacuated", "displaced", "arrested", "detained",
    ]
    /// Nouns of a running total after a participle, "taking its total to 478 million", whose count counts what the count
    /// before it did (`totalBringingVerbs`).
    static let runningTotalNouns: WordSet = ["total", "tally", "count", "losses", "deaths", "casualties", "number"]
    /// Nouns of a whole that name what it counts, after a `totalBringingVerbs` participle: "bringing the population to 42.6
    /// million", "taking membership to 1,250" (the count's subject is the noun).
    static let wholesNamingTheirCount: WordSet = [
        "population", "membership", "workforce", "headcount", "enrolment", "enrollment", "enrolments", "enrollments", "fleet",
        "roll", "roster", "turnout", "attendance", "caseload", "herd", "flock", "electorate",
    ]
    static let totalBringingVerbs: WordSet = ["taking", "bringing", "pushing", "lifting", "raising", "boosting"]
    /// Adverbs of how few between a verb and its bare object: "expect to recruit only 6,000" (`verbOfBareObject`).
    static let adverbsBeforeBareObjects: WordSet = ["only", "just", "merely"]
    /// Nouns of a whole or an average of what changed, after a `totalBringingVerbs` participle: "rose 5% last year, bringing
    /// the average to £300,000" (`changeCarriedToTotal`).
    static let aggregateNouns: WordSet = ["total", "tally", "average", "figure"]
    /// Modifiers of a total that accumulates whatever its daily figure does: "the cumulative total".
    static let accumulatedModifiers: WordSet = ["cumulative", "running", "overall", "aggregate"]

    /// Participles after a comma whose bare count adds to or takes from the count before it: "passed 30 million users,
    /// adding more than 1 million in a single day".
    static let gainParticiples: WordSet = ["adding", "gaining", "losing", "shedding"]
    /// Participles of a level after a comma whose bare count is a level of what the count before counted: "an audience of
    /// 6.1 million, peaking at 7.3 million" (`levelParticipleBefore`).
    static let levelParticiples: WordSet = ["peaking", "reaching", "hitting", "topping", "totalling", "totaling"]
    /// Words after a bare count and before "of" that make it a shortfall of what the count before counted: "recruited 9,720
    /// soldiers, about 2,000 short of its target".
    static let shortfallWords: WordSet = ["short", "shy"]
    /// Words after a bare count following ", with" that make it what is left of the count before, "with 7,130 left", or a part
    /// of it placed, "with 120 in Leeds", "with 40 on strike" (`partAfterWith`).
    static let partsLeft: WordSet = ["left", "remaining", "still"]
    /// Nouns of a workforce, one another's level: "shed 1,200 jobs last year to 8,400 employees".
    static let workforceNouns: WordSet = [
        "jobs", "staff", "employees", "workers", "roles", "posts", "positions", "people", "personnel", "headcount",
    ]
    /// Units after "sq": "412,000 sq ft", "80 sq m" (`countSubject`).
    static let squaredUnits: WordSet = ["ft", "m", "km", "mi", "yd", "yds", "metres", "meters", "feet", "miles", "yards", "in"]
    /// Plurals after "in" and a year that tell the prices an amount is in: "£3bn in 2012 prices" (no count of prices).
    static let yearMeasures: WordSet = ["prices", "terms", "dollars", "pounds", "euros", "money"]
    /// Words of a fraction or a bound before a part that opens its clause after a whole: "Of the 212 skeletons, roughly a third
    /// showed signs of malnutrition".
    static let wordsOfPartsBeforeVerbs: WordSet = [
        "a", "an", "one", "two", "three", "roughly", "about", "around", "some", "nearly", "almost", "just", "over", "under",
        "more", "less", "than", "approximately",
    ]
    /// ("fielded 14 players from the same parish, with three from the Reid family": where the part came from too.)
    static let partsPlaced: WordSet = ["in", "at", "on", "across", "outside", "inside", "from"]
    /// Prepositions of a phrase of where or when a thing was done, whose count is no main one a bare count after it refers
    /// back to: "arrested 60 people over 2 nights of rioting, hitting 90" (`mainCount`).
    static let settingPrepositions: WordSet = [
        "in", "over", "across", "from", "during", "within", "among", "between", "into", "after", "under", "throughout", "around",
    ]
    /// Words that open a clause of its own between a count and a bare count referring back: "lost 3 games while crowds
    /// dwindled, hitting 12,000" (`mainCount`).
    static let clauseOpenersBetweenCounts: WordSet = ["while", "whereas", "but", "although", "though"]

    /// Pronouns of a verb's object, people: "told them on Friday", "limits him to 3 terms"; and reflexive ones.
    static let objectPronouns: WordSet = ["him", "her", "them", "us", "me"]
    static let reflexivePronouns: WordSet = ["himself", "herself"]

    /// Words after a count that make it a side of a tally, of what the count before it counted: "74 votes in favour and 24
    /// against".
    static let tallySides: WordSet = ["against", "for"]

    /// Past verbs done to people: after "and", a count of them with no noun of its own counts people ("arrested 30 men and
    /// charged 12"), and one of no such verb counts no people ("carried 2 million passengers and operated 30,000").
    /// Base verbs that, after "and" following an infinitive's or a modal's count, start a verb of their own: "plans to open 30
    /// stores and expand operations", "will hire 50 engineers and build factories".
    static let baseVerbsAfterAnd: WordSet = [
        "build", "expand", "close", "open", "cut", "create", "sell", "buy", "hire", "fire", "train", "add", "launch", "invest",
        "raise", "reduce", "increase", "develop", "upgrade", "renovate", "replace", "repair", "plant", "install", "protect",
        "restore", "double", "shut", "axe", "scrap", "sack", "recruit", "deliver", "provide", "offer", "ship", "export", "import",
        "produce", "make", "run", "operate", "acquire", "merge", "move", "relocate", "convert", "demolish", "rebuild",
        "refurbish", "fund", "finance", "support", "employ", "serve", "feed", "house", "treat", "test", "vaccinate", "release",
        "free", "deport", "arrest", "charge", "keep", "ban", "loan", "sign", "fine", "suspend", "bar", "block", "maintain", "modernise",
        "modernize", "improve", "boost", "extend",
    ]
    /// Verbs done to people and things alike, whose second count after "and" counts what the first did either way: "approved
    /// 3,200 students and rejected 410", "approved 1,200 applications and rejected 410".
    static let eitherVerbs: WordSet = ["rejected", "approved", "accepted", "refused", "turned", "processed", "reviewed", "assessed"]
    /// Words of a part or share before "be" and an age: "Half were under 25", "40 per cent were over 65".
    static let partWordsBeforeBe: WordSet = ["cent", "percent", "half", "most", "many", "some", "all", "majority", "rest", "others"]
    static let peopleVerbs: WordSet = [
        "died", "drowned", "killed", "injured", "hurt", "wounded", "hospitalised", "hospitalized", "rescued", "evacuated",
        "displaced", "arrested", "detained", "infected", "employed", "hired", "recruited", "trained", "sheltered", "housed",
        "discharged", "freed", "charged", "convicted", "sentenced", "jailed", "fined", "treated", "vaccinated", "interviewed",
        "signed", "deported", "sacked", "fired", "dismissed", "admitted", "enrolled", "registered", "questioned", "released",
        "saved", "promoted", "appointed", "elected", "selected", "transferred", "loaned", "retained", "resettled", "adopted",
        "stranded", "fed", "welcomed", "greeted", "taught",
    ]
    /// Plural nouns of people that are no person noun with an "s": "people", "children".
    static let peopleNouns: WordSet = [
        "people", "persons", "children", "men", "women", "miners", "soldiers", "civilians", "migrants", "pilgrims", "tourists",
        "villagers", "fishermen", "crew", "staff", "recruits", "troops", "employees", "volunteers", "nurses", "doctors", "teachers",
        "pupils", "prisoners", "inmates", "refugees", "seekers", "protesters", "demonstrators", "voters", "fans", "spectators",
        "visitors", "guests", "customers", "shoppers", "firefighters", "police", "personnel", "officials", "athletes", "applicants",
        "graduates", "workers", "adults", "cadets", "conscripts", "reservists", "sailors", "marines", "residents",
        // ("More than 1,000 rangers have been killed. At least 150 have died.")
        "rangers", "guards", "wardens", "climbers", "sherpas", "porters", "hikers", "divers", "swimmers", "fighters", "boxers",
        "rebels", "militants", "insurgents", "journalists", "reporters", "farmers", "herders", "medics", "paramedics", "cyclists",
        "motorists", "riders", "mourners", "worshippers", "pensioners", "retirees", "tenants", "survivors", "hostages",
        "detainees", "infants", "babies", "casualties",
        // ("Nine peacekeepers were killed and 23 injured".)
        "peacekeepers", "commuters", "bystanders", "onlookers", "holidaymakers", "campaigners", "activists", "supporters",
        "engineers", "contractors", "labourers", "laborers", "crewmen", "servicemen", "patrons",
    ]

    /// Leading modifiers that do not narrow what is counted: "22 other activities" → "activities".
    static let droppedModifiers: WordSet = [
        "other", "more", "additional", "further", "extra", "local", "various", "different", "new", "separate", "total",
    ]

    /// Plural nouns that do not end in "s".
    /// Singular nouns that name a count, heads of a subject before a change verb: "The death toll rose to 63",
    /// "Turnout fell to 61".
    static let countHeads: WordSet = [
        "toll", "tally", "headcount", "turnout", "attendance", "enrollment", "enrolment", "membership", "population", "workforce",
        "ridership", "caseload", "backlog", "volume", "quota", "traffic", "footfall", "throughput", "intake", "readership",
        "viewership", "audience",
        // ("Its subscriber base shrank to 75.9 million", "The waiting list stood at 583,000", "The fleet grew to 300".)
        "base", "waitlist", "fleet", "following",
        // ("The FAIR Plan's policy count jumped 40% to 452,000", "The school roll fell to 310", "Circulation fell to 90,000".)
        "count", "roll", "circulation",
    ]
    /// Heads of `countHeads` whose "of" names what is counted, the subject: "The count of homeless people rose to 3,200".
    static let headsOfWhatTheyCount: WordSet = ["count", "roll"]
    /// Plurals before "of" that tell how many, or of which kind, of what follows: "Numbers of visitors rose to 12,000" counts
    /// visitors (unlike "Loans of e-books rose to 3.1 million").
    static let pluralsOfWhatTheyCount: WordSet = [
        "numbers", "totals", "figures", "counts", "amounts", "levels", "dozens", "scores", "tens", "lots", "kinds", "types", "sorts",
        "rates", "shares", "percentages", "proportions",
        // (Estimates and lines of what is counted: "Predictions of job cuts reached 5,000", "Queues of lorries reached 3,000".)
        "predictions", "estimates", "forecasts", "projections", "queues", "lines", "crowds", "waves", "streams", "swarms",
    ]
    /// Words between the two numbers of a tally: "six tries to two", "283 votes to 44".
    static let tallyJoiners: WordSet = ["to", "against", "versus", "vs"]
    /// Nouns of a group whose size follows "of": "a crowd of 90,185", "a population of 5 million",
    /// "a workforce of 3,000" (the group is what is counted when no noun follows the number).
    static let groupNouns: WordSet = [
        "crowd", "population", "workforce", "audience", "congregation", "army", "fleet", "membership", "electorate", "staff",
        "herd", "flock", "squad", "cohort", "sample", "class", "readership", "viewership", "contingent", "garrison",
        "caseload", "backlog", "headcount", "attendance", "turnout", "field", "roster",
        // ("to send a team of 12 to the Olympics".)
        "team", "crew", "panel", "delegation", "committee", "jury", "choir", "family",
        // ("a top gang of six can shear 2,000".)
        "gang", "party", "pack", "pod", "litter", "troupe", "cast", "band", "brigade", "platoon", "convoy",
    ]
    /// Words before a part of a count named just before: "including 950,000 in the US".
    static let partLeads: WordSet = ["including", "includes", "included", "among", "excluding"]
    /// Words before a count of more of what was counted before, or of what it is compared with: "has permission for another
    /// 2,400", "a further 300", "12,400 postings in May compared with 19,100", "fewer than the 300 initially feared".
    static let sameThingLeads: WordSet = ["another", "further", "additional", "than", "versus", "vs", "against"]
    static let irregularPlurals: WordSet = [
        "people", "children", "men", "women", "staff", "police", "personnel", "cattle", "sheep", "fish",
        "deer", "data", "media", "criteria", "feet", "teeth", "mice", "geese", "livestock", "aircraft",
        // ("8.4 adult female lice per fish", "30 oxen", "400 dice".)
        "lice", "oxen", "dice", "spacecraft", "hovercraft",
        "offspring", "crew", "faculty", "headcount", "poultry", "swine", "bacteria", "phenomena", "species",
        // ("About 30 paparazzi waited", "270 kibbutzim": Italian and Hebrew plurals.)
        "paparazzi", "kibbutzim", "cherubim", "seraphim", "corpora", "genera",
        // Latin and Greek plurals: "87 amphorae", "12 fungi".
        "amphorae", "larvae", "algae", "vertebrae", "antennae", "formulae", "nebulae", "fungi", "cacti", "nuclei", "stimuli",
        "alumni", "radii", "sarcophagi", "chassis", "strata", "curricula", "millennia", "spectra", "memoranda", "referenda", "stadia",
        "crises",
        "theses",
        "analyses", "diagnoses", "hypotheses", "oases",
    ]
    /// Fish and game counted in the singular ("About 3,400 farmed salmon escaped"), plurals too, but a mass after a measure's
    /// "of" ("300 tonnes of cod").
    static let sameInThePlural: WordSet = [
        "salmon", "trout", "cod", "tuna", "bison", "elk", "moose", "reindeer", "shrimp", "squid", "herring", "carp", "pike",
        "whitebait", "mackerel", "haddock", "plaice", "halibut", "hake", "bream", "perch", "grouse", "antelope",
    ]

    /// Compound plurals that do not end in "s": "grandchildren", "policemen", "businesswomen" (not
    /// the singular "specimen", "abdomen").
    static let pluralEndings = ["children", "men"]
    static let singularInMen: WordSet = ["specimen", "abdomen", "acumen", "regimen", "hymen", "stamen", "omen", "semen", "ramen", "amen"]

    /// Words in "-ly" that are nouns or adjectives and may sit inside a subject: "5 family members",
    /// "100 million monthly users", "20 elderly residents" (other "-ly" words end it: "rose 5 largely").
    static let lyModifiers: WordSet = [
        "daily", "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "elderly", "early", "likely", "family", "assembly",
        "supply", "rally", "ally", "costly", "deadly", "friendly", "lonely", "orderly", "holy", "bully", "belly",
    ]

    /// Nouns of things counted in a compound modifier before another noun ("a 1,000-bed hospital", "the
    /// 151-seat House", "a 40-storey tower", "a 12-count indictment"); durations, ages and units of
    /// measure ("a 10-year deal", "a 5-mile race") are not among them.
    static let compoundCountNouns: WordSet = [
        "bed", "seat", "room", "bedroom", "home", "house", "unit", "storey", "story", "floor", "member", "man", "woman", "person",
        "player", "game", "match", "hole", "lane", "page", "car", "vehicle", "bus", "store", "shop", "branch", "school", "country",
        "city", "team", "club", "candidate", "count", "episode", "track", "song", "stop", "item", "question",
        "lap", "round", "stage", "seater", "berth", "cabin", "plane", "aircraft", "ship", "vessel", "screen", "bay", "gate",
        "platform", "ward", "station", "judge", "justice", "nominee",
        // ("the new 1,200-space multi-storey car park", "a 60-place nursery", "a 400-pitch campsite", "a 120-cover bistro".)
        "space", "place", "pitch", "plot", "desk", "cell", "cover",
        // ("the 450-cow unit", "a 1,200-pupil school", "a 20-date tour".)
        "cow", "pupil", "student", "date", "show",
    ]

    /// Past verbs of getting and giving, in a phrase before an amount, end it like any verb ("The club
    /// sold players worth £40m", "The gang stole goods worth …"). (Most have a participle of the same
    /// form, which is why `DateRules.irregularPastVerbs` leaves them out.)
    static let pastVerbsBeforeAmounts: WordSet = [
        "won", "lost", "sold", "bought", "paid", "made", "spent", "left", "held", "brought", "sent", "built", "kept", "got", "lent",
        "stole", "seized", "took",
    ]

    /// Plural nouns that modify another plural noun: "23 major singles titles", "300 sports clubs",
    /// "12 arms deals", "5,000 savings accounts" (the head is the last noun).
    static let pluralModifiers: WordSet = [
        "police", "staff", "crew", "data", "media", "aircraft", "fish", "cattle", "livestock", "poultry", "chassis",
        "sports", "singles", "doubles", "arms", "savings", "goods", "sales", "earnings", "securities", "rights", "systems", "parts",
        "services", "communications", "operations", "materials", "customs", "arts", "electronics", "athletics", "graphics",
        "logistics", "jobs", "weapons", "drugs", "emissions", "claims", "products", "travel", "housing", "crimes", "sciences",
        "humanities", "women's", "men's", "children's", "olympics", "games", "nations", "affairs", "relations", "resources",
        // ("1.1 million women borrowers", "3,000 women farmers", "450 women engineers".)
        "women", "men",
    ]

    /// Words between "N of its" and the whole's number: "four of their past five games".
    /// Words after a model number that are part of the model: "Boeing 737 Max jets", "A320neo".
    static let modelSuffixes: WordSet = ["max", "neo", "xwb", "er", "lr", "pro", "plus"]
    /// Words right after a number that make it a model's, in a headline's capitals: "BMW's 3 Series Cars".
    static let modelWordsAfterNumbers: WordSet = ["series", "max", "pro", "plus", "mini", "ultra", "class"]
    /// Things made in numbered models: after a maker's possessive, a number before them is a model ("Embraer's 190
    /// regional jets", "Fiat's 500 city cars").
    static let goodsOfModels: WordSet = [
        "jets", "planes", "aircraft", "airliners", "helicopters", "cars", "trucks", "vans", "buses", "engines", "phones",
        "handsets", "locomotives", "trains", "motorcycles", "bikes", "rifles", "tractors", "laptops", "cameras", "watches",
        "jeans", "shoes", "trainers", "sneakers", "guitars", "tanks",
        // ("Bombardier's 415 water bombers".)
        "bombers",
    ]
    /// Nouns of a fleet counted in the singular after a model: "20 Boeing 737-800 aircraft".
    static let singularUnits: WordSet = ["aircraft", "craft", "hovercraft", "spacecraft"]
    static let partOfWholeWords: WordSet = ["past", "last", "first", "next", "remaining", "previous", "recent"]

    /// Words after "N nouns and Xs" that make the "Xs" a verb: "six matches and sits third", "40
    /// offices and employs its staff".
    static let objectStarts: WordSet = [
        "its", "their", "his", "her", "our", "first", "second", "third", "fourth", "fifth", "top", "bottom", "more", "fewer",
    ]

    /// Words ending in "s" that are not plural heads.
    static let notPlural: WordSet = [
        "news", "business", "process", "access", "press", "glass", "class", "gas", "bus", "status", "series", "species", "its", "this",
        "chaos",
        "us", "was", "has", "is", "as", "plus", "thus", "campus", "virus", "bonus", "census", "focus", "analysis", "basis", "crisis",
        "emphasis", "diagnosis", "progress", "success", "loss", "address", "mass", "measles", "mumps", "rabies", "diabetes", "herpes",
        "tetanus", "lupus", "mucus", "fungus", "cactus", "hippopotamus", "octopus", "surplus", "stimulus", "chorus", "corpus",
        "overseas", "whereas", "always", "perhaps", "nevertheless", "regardless", "afterwards", "towards", "upwards", "downwards",
        // ("About 40 Democrats sometimes vote".)
        "sometimes", "besides", "nowadays", "unless", "indoors", "outdoors", "upstairs", "downstairs", "backwards",
        // ("2,300 cannabis plants", "12 tennis courts", "300 canvas bags": nouns in "-is" and "-as" no plurals.)
        "cannabis", "tennis", "canvas", "atlas", "alias", "bias", "axis", "chassis", "debris", "trellis", "pelvis", "ethos", "kudos",
        "asbestos", "rhinoceros", "pancreas", "lens",
        // ("6,300 maths and physics teachers", "40 economics lecturers": subjects of study in "-ics", and "maths".)
        "maths", "physics", "economics", "mathematics", "politics", "ethics", "genetics", "linguistics", "aeronautics",
        "informatics", "geopolitics", "obstetrics", "paediatrics", "pediatrics", "orthopaedics", "orthopedics",
    ]

    /// Verbs before a noun of an amount and its "of", no part of the amount's subject: "must make savings of £148m", "needs
    /// funding of $2bn".
    static let verbsBeforeAmountNouns: WordSet = [
        "make", "makes", "find", "finds", "deliver", "delivers", "achieve", "achieves", "generate", "generates", "secure",
        "secures", "need", "needs", "seek", "seeks", "identify", "identifies",
    ]

    /// Words ending in "-ing" that are nouns and may sit inside a subject.
    static let ingNouns: WordSet = [
        "building", "housing", "meeting", "funding", "spending", "training", "marketing", "financing", "shipping", "clothing", "bedding",
        "listing", "offering", "hearing", "filing", "holding", "setting", "opening", "painting", "recording", "dwelling", "manufacturing",
        "processing", "engineering", "banking", "lending", "purchasing", "trading", "booking", "screening", "warning", "ruling", "rating",
        "ranking", "landing", "casting", "catering", "printing", "packaging", "charging", "parking", "polling", "voting", "fishing",
        "nursing", "teaching", "learning", "recycling", "boarding", "sewing", "cooking", "swimming", "sporting", "walking", "cycling",
        "waiting", "mining", "farming", "drilling", "testing", "counseling", "counselling", "advertising", "streaming", "gaming",
        // ("Darts viewing figures peaked at 3.7 million"; not "selling" or "heating", participles with objects more often:
        // "Shops selling vapes rose to 600".)
        "viewing", "listening",
    ]

    /// Time units: a number of them is a duration ("over five years"), not a count.
    static let durationUnits: WordSet = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "century", "centuries", "quarters", "fortnights",
        // ("grossed $114.6m over two weekends".)
        "weekends",
    ]

    /// Verbs that open a money phrase's left side and are not part of what is measured:
    /// "expects operating profit of ¥4.9 trillion".
    /// Units of a rate after "a"/"an": "300 cars and trucks a month", "buses and trains an hour".
    static let rateUnits: WordSet = [
        "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "piece", "head", "person", "time",
    ]

    static let reportingVerbs: WordSet = [
        "expects", "expected", "reports", "reported", "posts", "posted", "forecasts", "forecast", "sees", "saw", "targets",
        "estimates", "estimated", "projects", "projected", "plans", "planned", "announces", "announced", "says", "said",
        "records", "recorded", "books", "booked", "raises", "raised", "cuts", "cut", "has", "had", "have",
    ]

    /// Verbs of the third person singular that end a share's singular noun: "40% of revenue comes from the
    /// iPhone", "15% of the population lives there" (not nouns that compound: "bank accounts").
    static let singularVerbs: WordSet = [
        "comes", "goes", "lives", "belongs", "lies", "depends", "flows", "seems", "appears", "represents", "includes",
        "involves", "consists", "contains", "makes", "takes", "gets", "gives", "remains", "sits", "faces", "needs",
    ]

    /// Verbs right after a number that are no modifiers of a noun counted: "The crew of 24 includes three fishermen", "Of these,
    /// seven need new roofs", "About 160 needed urgent repairs", "A fleet of 40 serves the islands".
    static let verbsAfterCounts: WordSet = [
        "need", "needed", "require", "requires", "include", "includes", "included", "contain", "contains", "contained",
        "serve", "serves", "sell", "sells", "offer", "lack", "lacks", "lacked", "takes", "gives", "involve", "involves", "involved",
        // ("two caused lorry fires", "with 1,130 involving people in crisis", "About 150 carried university experiments").
        "involving", "caused", "causing", "carried", "carrying", "resulted", "delivered",
    ]

    /// Places and bodies named after a plural's possessive, the head counted: "550 farmers' markets", "30 workers'
    /// cooperatives", "40 residents' associations" (not "12 members' fees", which counts the members).
    static let headsAfterPossessives: WordSet = [
        "markets", "cooperatives", "co-operatives", "clubs", "associations", "groups", "unions", "councils", "homes",
        "organisations", "organizations", "centres", "centers", "institutes", "societies", "federations", "committees", "hostels",
        "refuges", "halls", "colleges", "schools", "charities", "networks", "forums", "collectives", "guilds",
    ]

    /// At most this many words in a subject.
    static let maximumWords = 6
}
