/// Numbers that belong to names, codes and times and are not figures.
///
/// Negative (nothing extracted): "3M", "Fortune 500", "COVID-19", "G20", "Airbus A320", "5G",
/// "iPhone 15", "Windows 11", "7th", "16:50", "8621-52920043", "No. 5", "www.x.com/2020".
/// Positive (still figures): "In 2020 …" (a capitalised function word is not a name),
/// "About 40 …", "Nearly 30 …".
enum NameRules {
    /// Capitalised words that may stand before a figure without making it part of a name.
    static let capitalizedFunctionWords: WordSet = [
        "in", "on", "at", "about", "around", "some", "over", "nearly", "almost", "more", "less", "fewer",
        "only", "just", "the", "a", "an", "and", "but", "or", "of", "for", "from", "to", "with", "by",
        "after", "before", "since", "until", "between", "among", "of", "roughly", "approximately",
        "under", "up", "down", "exactly", "another", "all", "another", "by", "last", "this", "these",
        "those", "its", "their", "our", "his", "her", "it", "they", "we", "he", "she", "there", "some",
        "least", "most", "than", "than", "as", "at", "total", "of", "when", "while", "during", "within",
        "per", "each", "every", "both", "at", "above", "below", "beyond", "exceeding", "topping",
        "estimated", "additional", "another", "another", "numbering", "including", "excluding", "plus",
        "minus", "almost", "us", "rmb", "usd", "eur", "gbp", "cny", "jpy", "hkd", "inr",
        // Adverbs that open a sentence: "Overnight 30 were arrested", "Nationwide 1,200 schools closed".
        "overnight", "yesterday", "today", "meanwhile", "elsewhere", "nationwide", "worldwide", "overall", "altogether",
        "separately",
    ]
    /// Conjunctions and adverbs that open a clause, capitalised before a count that a lower-case word other than a singular
    /// verb follows: "Although 300 homes were built", "Because 25 teachers quit", "If 50 members vote" (not titles, "Now 100
    /// is the best-selling album", "Now 100 Hits", "If 6 Was 9").
    static let clauseOpenersBeforeCounts: WordSet = [
        "although", "though", "because", "if", "unless", "once", "whereas", "whether", "so", "yet", "nor", "then", "now", "still",
        "also", "even", "however", "thus", "indeed", "perhaps", "already", "despite", "amid", "like", "unlike", "without",
        "nevertheless", "nonetheless", "sadly", "fortunately", "unfortunately", "luckily", "instead", "otherwise", "eventually",
        "finally", "initially", "originally", "previously", "currently", "together",
    ]

    /// Words after which a number is an identifier: "No. 5", "Section 3", "page 12".
    /// Headline verbs that are nouns as often ("Tea Bags 80 Pack", "Lego Sets 10 Year Olds"): verbs only before a capitalised
    /// plural that is no unit: "NCC Bars 40 Million SIMs", "Club Sets 12 Records", "Police Nab 40 Suspects".
    static let headlineVerbsThatAreNouns: WordSet = [
        "bars", "bans", "ban", "blocks", "block", "sets", "nabs", "nab", "bags", "bag", "names", "lists",
    ]
    /// Words that open a clause of a headline: "… As Dolphins Haul 14 Medals".
    static let headlineClauseOpeners: WordSet = ["as", "after", "while", "when", "but", "and", "amid", "before"]
    /// Words of roads and runways before a road's letter and number: "Route R40", "the runway R2".
    static let roadWords: WordSet = ["route", "road", "runway", "motorway", "highway", "freeway", "expressway", "via", "off"]
    /// Words after "New" in names of places and their peoples: "3,000 New Zealanders", "40 New York firms".
    static let namesAfterNew: WordSet = [
        "zealand", "zealanders", "zealander", "york", "yorkers", "yorker", "jersey", "england", "hampshire", "mexico", "mexican",
        "mexicans", "orleans", "brunswick", "delhi", "south", "guinea", "caledonia", "scotland", "brunswickers", "haven",
    ]
    /// Labels of four letters before a small number in a headline, besides `identifierWords`: "Schools Year 7 Places",
    /// "Parents Form 4 Results", "Infections Wave 3 Cases".
    static let numberedLabels: WordSet = ["year", "form", "term", "flat", "wave", "week", "game", "band", "part", "test", "heat"]
    static let identifierWords: WordSet = [
        "no", "nos", "number", "section", "article", "chapter", "page", "pages", "room", "route", "line", "gate", "hall", "booth",
        "platform", "flight", "case", "grade", "level", "phase", "version", "season", "episode", "step", "item", "rule", "clause",
        "paragraph", "figure", "table", "exhibit", "appendix", "act", "unit", "building", "floor", "lot", "block", "district", "zone",
        "ward", "row", "seat", "question", "round", "stage", "track", "channel", "highway", "interstate", "model", "type", "class",
        "category", "tier", "pier", "terminal", "bay", "dock", "code", "codes", "pin", "postcode", "postcodes", "zip", "lap", "branch",
        "aisle", "size", "station", "port", "frame", "court", "hole", "lane", "shelf", "locker", "carriage", "coach", "cell", "berth",
        "heat", "game", "pitch", "window", "counter", "bus", "tram", "tooth", "match", "bin", "barge", "boat", "truck", "wagon",
        "stall", "tank", "batch", "enclosure", "error", "hangar", "paddock", "compartment", "reactor", "series",
        // ("Archaeologists working in trench 7 have uncovered …".)
        "trench", "pit", "sector", "quadrant",
        // ("with bonus ball 11", "near kilometre 27 of Route 68".)
        "ball", "kilometre", "kilometer", "milepost",
        // ("work by crew 7", "on patch 25.19", "cabin 9214", "from kennel 12", "extension 4402", "on day 12".)
        "crew", "patch", "cabin", "kennel", "extension", "deck", "day",
        // ("brings firmware 25.02", "a band 5 nurse", "pp. 112-118".)
        "firmware", "band", "pp",
        // ("parking space 114", "work order 4471-20", "Suite 405", "hymn 512", "on matchday 4", "in week 12".)
        "space", "order", "suite", "apartment", "hymn", "psalm", "verse", "matchday", "gameweek", "week",
    ]
    /// Verbs of a timetable, before a clock time written with a point: "leaves at 7.01", "reaches Paris by 10.20".
    static let timetableVerbs: WordSet = [
        "leave", "leaves", "left", "leaving", "depart", "departs", "departed", "departing", "arrive", "arrives", "arrived",
        "arriving", "reaches", "land", "lands", "landed", "landing", "kicks", "kick", "boards", "board", "sails", "sailed",
    ]
    /// Verbs of opening or starting, after a place that opens and before a time on the quarter hour: "the reading room opens
    /// at 10.00".
    static let openingVerbs: WordSet = [
        "open", "opens", "opened", "reopen", "reopens", "reopened", "start", "starts", "begin", "begins", "close", "closes",
    ]
    /// Places, and what is done there, that open and close at a time (`openingVerbs`): "the reading room opens at 10.00",
    /// "Doors open at 7.30", "Voting opens at 07.00".
    static let placesThatOpen: WordSet = [
        "room", "doors", "door", "gates", "gate", "polls", "museum", "library", "exhibition", "shop", "shops", "store", "stores",
        "office", "offices", "centre", "center", "centres", "park", "pool", "bar", "bars", "pubs", "restaurant", "branch",
        "branches", "registration", "counter", "counters", "venue", "hall", "gallery", "school", "schools", "clinic", "clinics",
        "hub", "stalls", "booths", "site", "sites", "kitchen", "cafe", "café", "desk", "lounge", "terminal", "bridge", "road",
        "roads", "lifts", "slopes", "ride", "rides", "zoo", "garden", "gardens", "fair", "voting", "trading", "bidding", "show", "festival",
    ]
    /// A market's periods, the object of "leaves" before a level: "The euro leaves the week at 1.09" (no timetable).
    static let tradingPeriods: WordSet = ["week", "session", "year", "day", "month", "quarter", "weekend", "trading", "market"]
    /// Verbs before a race time: "clocked 9.79 to win" (a decimal with no counted noun after it).
    static let raceTimeVerbs: WordSet = ["clocked", "clocks", "clocking", "clock", "timed"]
    /// Prepositions after which any lower-case singular noun before a bare number labels it: "in trench 7", "on board 1",
    /// "from outpost 3", "under licence 20419" (not "to", before a verb: "to hire 50").
    static let labelsAnyNoun: WordSet = [
        "in", "on", "at", "from", "by", "under", "into", "inside", "near", "beside", "behind", "outside", "after", "onto", "via",
        "opposite", "beneath", "above", "below", "within",
    ]
    /// Verbs of moving before "to" and a label: "The skater was sent to rink 2", "The fault was traced to turbine 12".
    static let verbsOfMovingTo: WordSet = [
        "sent", "send", "sends", "moved", "move", "moves", "taken", "transferred", "traced", "switched", "relocated", "diverted",
        "returned", "admitted", "rushed", "went", "go", "goes", "headed", "redirected", "promoted", "relegated", "assigned",
        "allocated", "directed", "upgraded", "downgraded", "raised", "lowered",
    ]
    /// Singular verbs after a label's number, its noun and number one thing: "clue 12 reads", "Chair 6 remains shut".
    static let singularVerbsAfterLabels: WordSet = [
        "is", "was", "has", "reads", "remains", "stays", "stands", "shows", "lies", "sits", "opens", "closes", "runs", "contains",
    ]
    /// Verbs of saying or thinking before a headline's clause, which no modifier of its subject goes over: "Experts Fear Measles
    /// Cases Rise To 500", "Report Finds NHS Waiting Lists Hit 7.6 Million".
    static let headlineVerbsBeforeClauses: WordSet = [
        "say", "says", "warn", "warns", "fear", "fears", "claim", "claims", "show", "shows", "find", "finds", "predict", "predicts",
        "expect", "expects", "reveal", "reveals", "see", "sees", "urge", "urges", "suggest", "suggests", "think", "thinks",
        "believe", "believes", "estimate", "estimates", "forecast", "forecasts", "confirm", "confirms", "insist", "insists",
    ]
    /// Marks that open a clause before a label: "…; clue 12 reads".
    static let clauseMarks: WordSet = [";", ":", ",", "(", "—", "–"]
    /// Words opening a clause before a label and its number, the clause's subject: "after lift 14 stalled", "when pump 3 failed".
    static let subordinatorsBeforeLabels: WordSet = ["after", "before", "when", "while", "until", "once", "because", "as", "if", "since"]
    /// Nouns said as adverbs after a preposition, before a count: "in total 30", "at present 30", "on average 5".
    static let adverbialNouns: WordSet = [
        "total", "all", "average", "present", "fact", "addition", "contrast", "comparison", "particular", "general", "short",
        "turn", "return", "response", "reality", "effect", "time", "balance", "top", "far", "law", "part", "full", "random",
        "person", "sum", "place", "practice", "theory", "principle", "advance", "summary", "conclusion", "brief", "line", "night",
        "home", "noon", "midnight", "dawn", "dusk", "morning", "evening", "afternoon", "winter", "summer", "spring", "autumn",
        // Times of day and of meals after "after", "before", "until": "After dark 40 gathered at the gates".
        "dark", "nightfall", "daybreak", "sunset", "sunrise", "lunch", "dinner", "breakfast", "supper", "halftime", "kickoff",
        "class", "church", "curfew",
        "fall", "once", "first", "large", "cash", "kind", "public", "private", "secret", "common", "vain", "detail", "writing",
        "charge", "control", "power", "office", "work", "school", "hospital", "prison", "custody", "jail", "age", "range",
        "excess", "aggregate", "terms", "view", "light", "spite", "lieu", "favour", "favor", "support", "opposition",
        "today", "tonight", "yesterday", "tomorrow", "then", "now", "again", "further", "instead", "overall", "altogether",
        "together", "apart", "ahead", "abroad", "overseas", "outright", "twice", "thrice", "respectively", "respect",
    ]
    /// Words after which a number a noun labels ends its phrase: "hide 3 beside the A46", "board 1 after move 41" (not a verb:
    /// "By air 200 were evacuated").
    static let wordsAfterLabels: WordSet = [
        "and", "or", "of", "in", "at", "on", "from", "to", "with", "beside", "under", "after", "before", "near", "by", "for", "into",
        "where", "which", "when", "while", "but", "behind", "inside", "outside", "during", "until", "since", "off", "via",
        "overnight", "today", "yesterday", "tonight", "tomorrow", "last", "this", "next", "earlier", "later", "again",
        // A singular verb: the label and its number are one thing ("stable 12 is at", "shaft 2 was sunk").
        "is", "was", "has",
    ]
    /// Nouns of a tally before a preposition, whose number a noun after it does not label: "Death toll in blaze 40".
    static let tallyNounsBeforeLabels: WordSet = ["toll", "tally", "deaths", "dead", "cases", "fatalities", "casualties", "count"]
    /// Words after a bare number that count what is left out: "30 more", "12 others", "5 each" (no label before).
    /// ("changed boat 4 times": how often.)
    static let countedWithoutNoun: WordSet = ["more", "fewer", "less", "others", "other", "each", "apiece", "extra", "new", "times"]
    /// Lower-case particles inside a street's or a place's name: "Rue de Rivoli", "Unter den Linden".
    static let nameParticles: WordSet = ["de", "du", "des", "la", "le", "del", "della", "di", "da", "van", "von", "der", "den"]
    /// Function words that may follow a street's name after its house number: "at 9 Hatton Garden from 10am", "the office at 10
    /// Downing Street is".
    static let wordsAfterAddresses: WordSet = ["for", "to", "is", "was", "and", "where", "which", "until", "since", "during", "with"]
    /// Modals after a street's name at a house's number: "Residents at 12 Severn Side North should call".
    static let modalsAfterAddresses: WordSet = ["should", "must", "will", "can", "may", "could", "would"]
    /// Nouns of a rating or a score, whose number after "is" ends the clause: "its hygiene rating is 5".
    static let scoreNouns: WordSet = ["rating", "score", "grade", "ranking", "rank"]
    /// Prepositions that open a sentence's phrase before its subject: "In Gaza 30 died", "By Friday 12,000 had applied".
    static let openingPrepositions: WordSet = [
        "in", "on", "at", "by", "after", "before", "within", "outside", "inside", "across", "throughout", "during", "since", "from",
        "among", "under", "ahead", "amid", "despite", "following", "for", "over", "off", "near", "along", "beyond",
    ]
    /// Marks before a sentence's opening phrase inside it: a comma, a kicker's colon, a dateline's dash.
    static let phraseOpeningMarks: Set<String> = [",", ":", "-", "–", "—"]
    /// Words after a number and "or"/"and" that make it an age: "must be 21 or older", "aged 5 or younger".
    static let ageComparatives: WordSet = ["older", "younger"]
    /// Verbs before a number keyed or dialled, no count: "dial 0 for the operator", "press 2 for bookings".
    static let keyingVerbs: WordSet = ["dial", "dials", "dialled", "dialed", "dialling", "dialing", "press", "presses", "pressing"]
    /// Verbs before a rating or a judges' score written with a point: "is rated 8.1", "scored 9.87 on his second wave".
    static let ratingVerbs: WordSet = ["rated", "rates", "scored", "scores", "scoring"]

    /// Words after a count and its things that make them the subject of a sentence's opening phrase: "In Lagos 18 buildings
    /// collapsed", "At Heathrow 120 flights were cancelled".
    static let verbsAfterOpeningCounts: WordSet = [
        "were", "are", "have", "had", "now", "still", "also", "remain", "remained", "stay", "operate",
    ]
    /// Present verbs after an opening phrase's count with a modifier before its plural, or with thousands: "In Kenya 400
    /// small-scale farmers live on less than $2 a day", "In Madrid 8,000 part-time workers take a second job" (not "In Windows
    /// 11 users take screenshots", a name's number).
    static let verbsAfterModifiedOpeningCounts: WordSet = ["take", "live", "work", "compete", "share", "face", "earn", "pay"]
    /// Words of a calendar's era after a year: "around 1323 BC", "AD 79".
    static let eraWords: WordSet = ["bc", "bce", "ad", "ce"]
    /// Verbs of finishing a race before "in" and its time: "touched in 57.33", "finished in 9.58".
    static let finishingVerbs: WordSet = ["touched", "touches", "finished", "finishes", "won", "wins", "swam", "ran", "clocked", "came"]
    /// Nouns after a version number written with a point: "the 1.02 patch", "its 2.0 update".
    static let versionNouns: WordSet = ["patch", "update", "firmware", "release", "build", "beta", "version", "upgrade"]

    /// Labels of a word number only, after their preposition: "at stumps on day two" (not "for a day. 200 fans came").
    static let wordNumberLabels: WordSet = ["day", "round", "stage", "game", "match", "leg", "test", "week", "phase", "series"]
    /// Prepositions before a time of day written in four digits: "sailed at 0600", "by 0930".
    static let beforeClockTimes: WordSet = ["at", "by", "until", "till", "from", "before", "after", "since"]
    /// Verbs of texting a keyword to a short code: "text WATER to 60011".
    static let textingVerbs: WordSet = ["text", "texting", "sms", "txt"]
    /// Labels of `identifierWords` that are as often nouns before a count of something else: an identifier only when
    /// nothing counted follows ("on lap 33"; not "the fastest lap 12 times").
    static let countedAfterLabels: WordSet = [
        "code", "codes", "pin", "postcode", "postcodes", "zip", "lap", "branch", "aisle", "size", "station", "port", "frame", "court",
        "hole", "lane", "shelf", "locker", "carriage", "coach", "cell", "berth", "heat", "game", "pitch", "window", "counter", "bus",
        "tram", "match", "bin", "barge", "boat", "truck", "wagon", "stall", "tank", "ball",
        // ("Every day 12 people die", "The kennel 12 dogs were rehomed".)
        "day", "crew", "cabin", "kennel", "deck", "space", "order", "week",
        // ("In the pit 12 miners were trapped", "a trench 3 metres deep".)
        "trench", "pit", "sector", "quadrant",
    ]

    /// Capitalised words before "on" + a weekday that make a title: "the Mail on Sunday" (not "Scotland on Sunday", as
    /// often a place and its day).
    static let titlesOnWeekdays: WordSet = ["mail", "independent"]
    /// Short words a headline in title case capitalises: one of them past the first word marks the title case.
    static let titleCaseFunctionWords: WordSet = [
        "on", "in", "at", "to", "as", "of", "for", "with", "by", "from", "after", "over", "into", "is", "are", "and", "amid",
        "without", "off", "up", "down", "than", "across", "against", "under", "despite", "near",
        // ("Storage Firms Report Busiest Easter Weekend Since 2019".)
        "since", "before", "until", "during", "about", "around", "within", "among", "above", "below", "behind", "beyond",
        "towards", "toward",
    ]
    /// Verbs of headlines before a count ("Kills 1,301", "Sell Out 41", "Adds 300"), which in title case are capitalised.
    static let headlineVerbsBeforeCounts: WordSet = [
        "kills", "kill", "sells", "sell", "wins", "win", "loses", "lose", "cuts", "cut", "adds", "add", "sheds", "shed",
        "hits", "hit", "tops", "top", "reaches", "reach", "passes", "pass", "hires", "hire", "axes", "ax", "axe", "leaves",
        "injures", "evacuates", "rescues", "arrests", "buys", "orders", "recalls", "opens", "closes", "signs", "claims", "claim",
        "forces", "force", "strands", "strand", "displaces", "displace", "traps", "trap", "affects", "infects", "sickens",
        "jails", "frees", "deports", "sacks", "fires", "draws", "attracts", "welcomes", "creates", "slashes", "trims", "employs",
        "vaccinates", "treats", "houses", "feeds", "serves", "ships", "delivers", "builds", "drops", "gains", "raises", "plants", "plant",
        "destroys", "destroy", "approves", "approve", "arrest", "drive", "drives", "counts",
        "scraps", "scrap", "open", "shut", "shuts", "releases", "release", "close", "catch", "catches", "records", "logs",
        "reports", "registers", "sees", "expects", "plans", "targets", "make", "makes", "seize", "seizes", "detain", "detains",
        "issue", "issues", "receive", "receives",
        // ("Gold Imports Exceed 800 Tonnes": thresholds, as "Top" and "Pass" are; "Cross" and "Near" are names as often,
        // `headlineThresholdsOfLargeNumbers`.)
        "exceed", "exceeds", "surpass", "surpasses",
        // ("Museum Returns 72 Benin Bronzes", "Closure Puts 60 Jobs At Risk", "Council Fills 3,000 Potholes".)
        "returns", "return", "puts", "put", "holds", "hold", "fills", "fill", "funds", "fund", "brings", "bring", "pays", "pay",
        "saves", "save", "spends", "spend", "gives", "give", "takes", "take", "hosts", "host", "names", "unveils", "unveil",
        "offers", "offer", "backs", "rehomes", "removes", "remove", "repairs", "repair", "replaces", "replace",
        "installs", "install", "trains", "train", "recruits", "recruit", "completes", "collects", "collect", "rescue", "fines",
        "fine", "bans", "ban",
        // Participles after a comma: "Retailer Collapses, Putting 1,100 Jobs At Risk".
        "putting", "leaving", "forcing", "sending", "cutting", "adding", "affecting", "killing", "stranding", "displacing",
    ]
    /// Verbs of headlines before a count only when a capitalised plural follows it straight away, and it is no year and
    /// no number to call: "Flood Barrier Upgrade To Protect 14,000 Homes", "Wind Farm To Power 400,000 Homes" (not "To Build
    /// 1776 Commission", "To Power 100 Gala", "To Build 737 Max Jets", "To Protect 999 Services").
    static let headlineVerbsBeforePlurals: WordSet = [
        "protects", "protect", "build", "deliver", "create", "provides", "provide", "powers", "power", "supplies", "supply",
        "connects", "connect", "equips", "equip", "supports", "support", "helps", "help", "house", "injure", "evacuate",
        "buy", "order", "recall", "sign", "infect", "jail", "free", "deport", "sack", "fire", "attract", "welcome", "slash",
        "trim", "employ", "vaccinate", "treat", "feed", "serve", "ship", "raise", "rehome", "complete", "upgrades", "upgrade",
        "covers", "cover",
    ]
    /// Numbers to call, which a headline's verb before them does not count: "To Protect 999 Services".
    static let emergencyNumbers: Set<String> = ["999", "911", "112", "111", "101", "000"]
    /// Words of a record or another between a headline's verb and its count: "Exports Hit Record 21,500 Tonnes".
    static let headlineModifiersBeforeCounts: WordSet = ["record", "another", "extra", "additional"]
    /// Heads of a named scheme after a capitalised tally: "Canada's 2 Billion Trees programme".
    static let headsOfNamedSchemes: WordSet = [
        "programme", "program", "campaign", "scheme", "initiative", "project", "fund", "challenge", "appeal", "pledge", "march",
        "target", "goal", "plan", "strategy", "club",
    ]
    /// Words after a jet's model number (Boeing's 707 to 787): "Record 777 Orders", "737 Max Deliveries".
    static let aircraftOrderWords: WordSet = [
        "orders", "deliveries", "jets", "planes", "aircraft", "max", "freighters", "airliners", "flights", "departures",
    ]
    /// Lengths after "band" that make it a band of weather, not a label: "A band 40 miles wide".
    static let lengthsOfBands: WordSet = ["miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "yards"]
    /// Games a side wins a share of, whose points after it are a league table's: "won 70% of their league games, up 6 points".
    static let resultsOfGames: WordSet = ["games", "matches", "league", "fixtures", "table", "races", "contests", "ties"]
    /// Units in the singular after a headline's number, a measure of the noun after them ("3 Hour Queues", "5 Mile
    /// Tailbacks", "4 Day Weeks") or a distance ("400 Metres"): no count of it.
    static let unitsBeforeHeadlineNouns: WordSet = [
        "hour", "day", "week", "month", "year", "minute", "second", "mile", "metre", "meter", "kilometre", "kilometer", "km",
        "foot", "inch", "night", "metres", "meters", "miles", "yards", "kilometres", "kilometers",
    ]
    /// Names in "-s" or "-ed" before a number, which a headline's verb by its form is not: "Windows 11", "United 93".
    static let namesBeforeNumbers: WordSet = ["windows", "united", "games", "olympics", "paris", "athens", "angeles", "series", "jaws"]
    /// Headline verbs of a threshold that are names as often ("Red Cross 21 Club", "Kings Cross 7"): verbs before a
    /// scaled number or one of a thousand or more only ("Indian Patent Filings Cross 1 Lakh", "Arrivals Near 2 Million").
    static let headlineThresholdsOfLargeNumbers: WordSet = ["cross", "crosses", "near", "nears"]
    /// Verbs of headlines whose particle stands before a count ("Sell Out 41", "Lays Off 500"; not "45% Off 65\" TVs").
    static let headlineVerbsBeforeParticles: [String: WordSet] = [
        // ("Volunteers Hand Out 95,000 Energy Gels", "Council Gives Out 2,000 Trees", "Firm Sends Out 400 Notices".)
        "out": [
            "sell", "sells", "sold", "rule", "rules", "ruled", "wipe", "wipes", "wiped", "hand", "hands", "handed", "give", "gives",
            "gave", "send", "sends", "sent", "carry", "carries", "carried", "pay", "pays", "paid", "churn", "churns", "churned",
        ],
        "off": ["lay", "lays", "laid", "sell", "sells", "sold", "lop", "lops", "shave", "shaves", "knock", "knocks"],
    ]
    /// Identifiers whose plural labels a dashed pair: "platforms 9-10", "zones 1–2", "grades 9-12" (not "flights", "days" or
    /// "numbers", plural nouns before counts too: "Of the 40 flights 3-4 were cancelled").
    static let labelsBeforeDashedPairs: WordSet = [
        "zone", "platform", "gate", "room", "floor", "section", "chapter", "page", "article", "clause", "paragraph", "terminal",
        "pier", "berth", "bay", "lane", "stand", "block", "ward", "grade", "tier", "phase", "stage", "category", "step",
        "question", "seat", "hole", "episode", "season", "level", "game", "lap", "lot", "item", "band", "line", "week", "round",
        "heat", "match",
    ]
    /// Road labels before a number, when nothing counted follows: "junction 47", "exit 14".
    static let roadLabels: WordSet = ["junction", "junctions", "exit", "exits"]

    /// Words after which a number written in words is an identifier too: "version two", "Chapter
    /// Eleven". Only those of `identifierWords` that are not also common verbs ("building", "question",
    /// "stage", "level" and "seat" stand before counts: "building two schools").
    static let identifierNounsBeforeWords: WordSet = [
        "no", "nos", "number", "version", "chapter", "article", "section", "episode", "season", "phase", "page", "paragraph",
        "clause", "appendix", "exhibit", "category", "tier", "ward", "district", "zone", "highway", "interstate", "route",
        "flight", "gate", "platform", "terminal", "pier",
    ]

    /// Verbs before a number of three digits or more that make it a number to call: "text 21272", "call 999".
    static let dialWords: WordSet = ["text", "texting", "sms", "call", "calling", "dial", "dialling", "dialing", "ring", "phone"]
    /// Verbs a few words before "on" and a number to call: "contact police on 101", "can be reached on 10655".
    /// Singular nouns of calling after "a"/"the" and a number to call: "after a 999 call", "the 111 hotline".
    static let callingNouns: WordSet = ["call", "hotline", "helpline", "operator", "dispatcher", "handler"]
    /// ("rescuers were called on 112"; not "called on 300 members to strike", a count.)
    static let contactWords: WordSet = ["contact", "contacted", "reach", "reached", "called"]
    /// Words before a reference number: "quoting incident 0423", "crime reference 1234".
    static let referenceWords: WordSet = ["incident", "reference", "ref", "log", "quoting"]

    /// Symbols that make a number part of a code when written against it: "a/2020", "x@5", "#5".
    static let codeSymbols: WordSet = ["/", "@", "_", "=", "#", "\\", "&", "+", ":", "|"]

    /// Times of day, and the time zones written after them ("at 2300 KST", "0900 JST"; not the two-letter "ET", "PT",
    /// which are also points and other units).
    static let timeWords: WordSet = [
        "am", "pm", "a.m", "p.m", "o'clock", "hrs", "gmt", "utc", "bst", "cet", "est", "pst", "edt", "pdt", "cest", "eet", "eest",
        "cst", "cdt", "mst", "mdt", "ist", "pkt", "kst", "jst", "hkt", "sgt", "pht", "wib", "msk", "aest", "aedt", "acst", "awst",
        "nzst", "nzdt",
    ]

    /// "Round the clock" written as numbers: "open 24/7", "24/7/365", "24-7". The numbers (joined
    /// tight by "/" or "-", nothing else tight around them) are neither a date nor a fraction.
    static let roundTheClock: [[String]] = [["24", "7", "365"], ["24", "7"], ["24", "365"]]

    /// Quotation marks that open and close a quoted title: "'99 Luftballons'", "“16 Carriages”".
    static let openingQuotes: Set<String> = ["'", "‘", "’", "\"", "“"]
    /// Quotation marks of either side: a title in them stands in a subject's phrase ("Ticket sales for 'Barbie 2' reached").
    static let quoteMarks: Set<String> = ["'", "‘", "’", "\"", "“", "”"]
    static let closingQuotes: Set<String> = ["'", "’", "\"", "”"]
    /// Lower-case words a quoted title may hold between capitalised ones: "'9 to 5'", "'Fifty Shades of Grey'".
    static let titleFunctionWords: WordSet = ["to", "of", "and", "the", "a", "an", "in", "on", "for", "at", "&"]

    /// Digit runs at least this long without separators are identifiers, not figures.
    static let identifierDigits = 7

    /// Ages, not counts. Words before a bare number that make it an age: "a boy aged 16", "died at
    /// 87", "the suspect, who is 19", "turned 100" (with nothing counted after the number: "turned
    /// 100 pages" counts).
    /// Verbs of timing a race before its time: "clocked 52.10", "clocks 46.40".
    static let timingVerbs: WordSet = ["clocked", "clocks", "clocking", "timed", "swam", "ran"]
    /// Nouns after "the" and a time of day that name what leaves then: "the 3.40 train from Leeds", "the 7.15 service".
    static let departureNouns: WordSet = ["train", "service", "flight", "bus", "ferry", "departure", "sailing", "race", "coach"]
    /// Determiners after a present verb that follows an age set off by commas: "Usyk, 39, defends his title".
    static let determinersAfterPresentVerbs: WordSet = ["his", "her", "their", "the", "a", "an", "its"]
    /// Nouns after "list of" that rank countries or teams: "tops the list of Italian title winners".
    static let teamRankingNouns: WordSet = ["winners", "champions", "finalists", "nations", "countries", "teams", "clubs"]
    /// Words of time before a year of an era: "By 500 BC Greeks had settled".
    /// (Not "about", "around": "About 70 BC Housing tenants" are a count.)
    static let beforeEraYears: WordSet = ["by", "in", "from", "until", "till", "since", "before", "after"]
    /// Adverbs after an age group's age: "children under five now pay".
    static let adverbsAfterAge: WordSet = ["now", "still", "also", "already", "often", "usually", "typically", "generally"]
    /// Adjectives of no telling form before a count's noun (`adjectiveByForm`).
    static let plainAdjectives: WordSet = [
        "small", "new", "old", "large", "big", "lower", "upper", "main", "major", "minor", "remote", "premier", "top", "last",
        "few", "many", "other", "same", "private", "public", "rural", "urban",
    ]
    /// Nouns of a figure, which a number set off by commas after them gives, not an age (`personOrRole`): "The death toll,
    /// 15, later rose", "Ireland's lead, 5, grew".
    static let figureNouns: WordSet = [
        "toll", "score", "turnout", "lead", "haul", "difference", "ranking", "rank", "share", "index", "reading", "high", "low",
        "total", "tally", "margin", "average", "rate", "majority", "count", "number", "figure", "level", "rating", "record",
        "price", "value", "temperature", "deficit", "surplus", "balance", "target", "quota", "limit", "peak", "estimate",
        "position", "place", "maximum", "minimum", "forecast", "result", "return", "yield",
    ]
    /// Adverbs between an age set off by commas and its verb: "The keeper, 71, first climbed", "Smith, 71, later said".
    static let adverbsBeforeVerbAfterAge: WordSet = [
        "then", "later", "first", "once", "never", "previously", "recently", "subsequently", "finally", "eventually", "initially",
        "reportedly", "allegedly", "repeatedly", "twice", "always",
    ]
    /// Present verbs after an age group: "Children under five make up 14%", "Visitors over 18 pay £12".
    static let presentVerbsAfterAgeGroups: WordSet = [
        "make", "pay", "account", "need", "get", "receive", "face", "live", "die", "travel", "qualify", "ride", "enter", "go",
    ]
    /// Age ratings before "+": "an 18+ range", "the 12+ rating" (not "100+ countries").
    static let ageRatings: Set<Int> = [12, 13, 15, 16, 18, 21]
    static let ageBefore: [[String]] = [
        ["aged"], ["ages"], ["age"], ["age", "of"], ["died", "at"], ["died", "aged"], ["who", "is"], ["who", "was"], ["turned"],
        ["turns"], ["turning"], ["he", "is"], ["he", "was"], ["she", "is"], ["she", "was"], ["dies", "at"], ["dead", "at"],
    ]

    /// Groups of people told by an age after "under" or "over": "children under five", "people over 65"
    /// (with nothing counted after the number: "children under 500 grams" is a weight).
    /// Golf: a round's adjective after "a"/"an" before a score ("a closing 65", "an opening 64").
    static let golfRoundsBeforeScores: WordSet = ["closing", "opening"]
    /// Golf: verbs of a round's score before "a" ("carded a 68", "fired a 64", "shot a 70").
    static let golfVerbsBeforeScores: WordSet = [
        "carded", "cards", "card", "fired", "fires", "shot", "shoots", "shooting", "carding", "firing",
    ]
    static let groupsByAge: WordSet = [
        "children", "kids", "babies", "infants", "those", "anyone", "adults", "youngsters", "teenagers", "pupils", "people",
        "women", "men", "girls", "boys", "patients", "residents", "drivers", "voters", "visitors", "passengers", "travellers",
        "travelers", "students", "workers", "players", "users", "customers", "applicants",
        // ("Clients under 18 were refused", "Donors over 70 need a doctor's note".)
        "clients", "donors", "members", "guests", "fans", "riders", "swimmers", "participants", "entrants", "competitors",
        "shoppers", "tenants", "claimants", "recipients", "victims", "offenders", "individuals", "persons", "employees", "staff",
        "client", "donor", "member", "guest", "customer", "applicant", "participant", "entrant", "competitor", "user",
        // ("Prizes go to runners over 60".)
        "runners", "walkers", "cyclists", "golfers", "athletes", "pensioners", "readers", "viewers", "listeners", "learners",
        // ("free jabs for dogs under two", "horses over 20": animals by their age.)
        "dogs", "cats", "puppies", "kittens", "pets", "horses", "ponies", "animals", "cattle", "calves", "sheep",
    ]
    /// Modals before "be" and an age that a group must be: "Donors must be 17 to 65".
    static let modalsOfAgeLimits: WordSet = ["must", "should", "cannot"]

    /// Words between an age word and a later age of its list, range or bound: "aged 18, 21 and 24",
    /// "aged between 5 and 11", "aged over 80" (a bound word only straight before a number: "aged 65
    /// and over, 40 were vaccinated" counts the 40).
    static let ageListJoiners: WordSet = ["and", "or", "to", "between", "from", ",", "-", "–"]
    static let ageBoundWords: WordSet = ["over", "under", "above", "below", "least", "at", "more", "less", "than", "up"]

    /// Possessives before a person's round, shift or day begun at a time: "The postman starts his round at 5.45".
    static let possessivesOfPeople: WordSet = ["his", "her", "their"]
    /// Prepositions before an hour joined to a time of the clock: "runs at 7 and 9.30pm", "between 6 and 8pm".
    static let prepositionsBeforeHours: WordSet = ["at", "from", "between"]
    /// Words joining an hour to a time of the clock after it: "at 7 and 9.30pm", "from 6 to 8pm", "at 7 or 9pm".
    static let joinersOfHours: WordSet = ["and", "or", "to"]
    /// Nouns of a rating before "of": "a rating of 0 or 1", "ratings of 4".
    static let ratingNouns: WordSet = ["rating", "ratings"]
    /// Words after a rating that tell its earlier one, which keeps it a figure: "a rating of 2, down from 4".
    static let wordsBeforeEarlierRatings: WordSet = ["up", "down", "from"]
    /// Prepositions before the place a person counted is of: "One woman in Kent sent", "one man from Leeds lost".
    static let placePrepositionsAfterPeople: WordSet = ["in", "from", "of", "near"]
    /// People an age is set off after, between commas: "The victim, 27, was …" (a capitalised name
    /// works the same: "Assange, 47, over …", "Carlineo Jr., 55, of Addison").
    /// Whether `w` is a plural of people by its form: a person's noun in "-s" ("officers", "patients"), or an agent's or
    /// member's ending, "-ers", "-ors", "-ants", "-ents", "-ists", "-ians", "-ees" ("public servants are over 45", "Half of the
    /// nurses are over 45"), not one of `pluralsOfThingsInAgentForm` ("numbers", "orders").
    static func isPeoplePlural(_ w: String) -> Bool { personNouns.contains(String(w.dropLast())) || staffPlurals.contains(w) }
    /// Units an age is told in: "children aged 5 to 17 months".
    static let unitsOfAge: WordSet = ["months", "years", "weeks", "days"]
    /// Plurals of a workforce's or a profession's people, whose ages a report gives ("Half of the nurses are over 45", "public
    /// servants are over 45"; not a crowd's, "The protesters were over 50", which is counted).
    static let staffPlurals: WordSet = [
        "nurses", "teachers", "doctors", "officers", "servants", "employees", "staff", "officials", "farmers", "pensioners", "mps",
        "judges", "lecturers", "academics", "engineers", "pilots", "surgeons", "midwives", "physicians", "dentists", "pharmacists",
        "managers", "directors", "executives", "councillors", "councilors", "lawmakers", "legislators", "senators", "bishops",
        "priests", "clergy", "soldiers", "firefighters", "paramedics", "carers", "caregivers", "volunteers",
    ]
    static let personNouns: WordSet = [
        "person", "victim", "man", "woman", "boy", "girl", "suspect", "driver", "son", "daughter", "wife", "husband", "mother", "father",
        "brother", "sister", "teenager", "teen", "resident", "officer", "defendant", "passenger", "pedestrian", "patient",
        "student", "worker", "player", "mayor", "senator", "candidate", "founder", "owner", "singer", "actor", "actress",
        "partner", "friend", "neighbor", "neighbour", "grandmother", "grandfather", "child", "baby", "toddler", "veteran",
        // ("The bride, 29, and groom, 31, married".)
        "bride", "groom", "bridegroom", "fiancé", "fiancée", "fiance", "fiancee", "widow", "widower", "boyfriend", "girlfriend",
    ]

    /// Words in "'s" that are no possessives ("It's 20 past eight"): they do not end a name.
    static let contractionsInS: WordSet = [
        "it's", "that's", "there's", "here's", "what's", "who's", "he's", "she's", "let's", "where's", "how's", "when's",
    ]

    /// Words after an age that end it: "turned 100 on Sunday", "who is 19 and lives …" (not "turned 3
    /// of its stores", "turned 40 away").
    static let afterAge: WordSet = [
        "on", "in", "at", "last", "this", "next", "and", "but", "when", "after", "before", "today", "yesterday", "years", "year",
        "was", "were", "is", "are", "had", "has", "have", "said", "told", "who", "to", "or", "will", "would", "can", "could",
        "should", "must", "may", "might", "against", "from", "with", "across", "for",
        // ("Residents aged 65 plus can apply": an age with its bound.)
        "plus",
    ]

    /// Words of video, in whose sentence a change in "p" is of frames, not pence: "Frame rates rose 30p to 60p".
    static let videoWords: WordSet = [
        "frame", "frames", "fps", "video", "videos", "resolution", "camera", "cameras", "stream", "streams", "streaming", "footage",
        "display", "screen", "monitor", "monitors", "tv", "tvs",
    ]
    /// Video modes written with a "p" ("1080p", "720p"): no pence even in a text about pounds.
    static let videoLines: WordSet = ["144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"]

    /// Countries named in one word: before ", N," they have a count, not an age ("Norway, 8, heads the medal table").
    /// (Not those that are as often first names: Jordan, Chad, Georgia, Israel, India.)
    static let countries: WordSet = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia",
        "botswana", "brazil", "brunei", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
        "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt",
        "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "germany", "ghana", "greece",
        "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "indonesia", "iran", "iraq",
        "ireland", "italy", "jamaica", "japan", "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos",
        "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
        "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua",
        "niger", "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore",
        "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland", "syria", "taiwan",
        "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey", "türkiye", "turkmenistan", "tuvalu",
        "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
        "england", "scotland", "wales", "britain", "usa", "uk", "uae",
    ]

    /// Countries left out of `countries` as first names too, countries still after a possessive: "India's 23 IITs".
    static let countriesAlsoNames: WordSet = ["india", "israel", "jordan", "georgia", "chad"]

    /// Nouns of a group, whose number between commas is its size, no age: "The squad, 23, flew out".
    static let groupNouns: WordSet = [
        "squad", "team", "crew", "group", "party", "delegation", "contingent", "field", "panel", "cast", "committee", "board",
        "jury", "family", "class", "band", "choir", "orchestra", "unit", "battalion", "fleet", "herd", "flock", "pack", "total",
        "tally", "count", "list", "roster", "line-up", "lineup", "intake", "cohort", "company", "firm", "club", "chain", "bank",
    ]

    /// The oldest age the rules read as one.
    static let oldestAge = 120

    /// Street words after a capitalised name that make the number before it an address: "10 Downing
    /// Street", "1600 Pennsylvania Avenue", "350 Fifth Avenue".
    static let streetWords: WordSet = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "terrace", "parkway", "pkwy",
        "crescent", "plaza", "square", "place", "way", "court", "row", "gardens", "mews", "wharf", "quay", "circus", "embankment",
        "highway", "circle", "close", "grove", "walk", "alley", "loop", "parade",
        // ("at 111 Denmark Hill", "3 World Trade Center".)
        "hill", "center", "centre",
    ]

    /// Capitalised words before a weekday that make it part of a name, not a date: "Black Friday",
    /// "Cyber Monday", "Super Tuesday", "Good Friday".
    static let weekdayNameModifiers: WordSet = [
        "black", "cyber", "super", "good", "ash", "maundy", "holy", "easter", "palm", "bloody", "giving", "fat", "shrove",
        "whit", "blue", "manic", "small",
    ]
    /// Capitalised words that make "Friday" after them a name: "He played Man Friday", "his Girl Friday" (`weekdayDate`).
    static let namesBeforeFriday: WordSet = ["man", "girl"]

    /// Capitalised words after a weekday that make it a title, not a date: "The Sunday Times", "the Sunday
    /// Telegraph", "Monday Night Football" (and any capitalised word after "a"/"the" + weekday: "a Sunday Times
    /// investigation").
    static let weekdayTitleWords: WordSet = [
        "times", "telegraph", "mirror", "express", "herald", "tribune", "mail", "post", "independent", "observer", "magazine",
        "star", "people", "sport", "world", "age", "night", "politics", "brunch", "supplement", "edition", "review", "journal",
        "business", "argus", "sun", "record", "standard", "examiner", "guardian", "nation", "news",
    ]
}
