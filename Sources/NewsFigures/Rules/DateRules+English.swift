/// Calendar words.
///
/// Positive: "Nov 5–10" → --11-05..--11-10 without a year; "on Saturday" in an article of
/// Saturday 2020-11-07 → 2020-11-07; "last year" → the year before publication; "in 2019" → 2019.
/// Negative: "May" the verb (a month needs a day, a year or a date preposition), "Saturday" with no
/// published date (unresolvable, not emitted), "2020 buyers" (a number before a plural noun).
enum DateRules {
    static let months: WordTable<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Month words that are common words in lower case even after a day: "the 5th may be", "the 3rd march".
    static let monthWordsOfOtherUse: WordSet = ["may", "mar", "march"]

    /// Month names that are also common words: only a month when capitalised and next to a day,
    /// a year or a date preposition.
    static let ambiguousMonths: WordSet = ["may", "march", "mar", "jan", "jun", "sep", "dec", "aug"]

    /// ISO weekday numbers (Monday = 1).
    static let weekdays: WordTable<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
    ]
    /// Weekdays counted: "two Sundays from now".
    static let weekdayPlurals: WordTable<Int> = [
        "mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
    ]
    /// Words after "the first Sunday" that count it from another day ("after the election"): then it
    /// is not that weekday of the published month.
    static let weekdayAnchorWords: WordSet = ["after", "before", "since", "following"]
    /// Abbreviated weekdays are only read when capitalised and followed by a period or a date.
    static let weekdayAbbreviations: WordSet = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Days relative to the published date.
    /// Words that place a span of time at the day after them: "the week starting Monday".
    static let periodStarts: WordSet = ["starting", "beginning", "commencing"]
    /// From the shortest to the longest byte length of those words: a cheap test before the set lookup.
    static let periodStartLengths: ClosedRange<Int> = {
        let lengths = periodStarts.map(\.utf8.count)
        return (lengths.min() ?? 0)...(lengths.max() ?? 0)
    }()
    static let relativeDays: WordTable<Int> = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tmrw": 1, "tomorow": 1]

    /// Meteorological seasons (northern hemisphere): first and last month.
    static let seasons: WordTable<(Int, Int)> = ["spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)]

    /// Words before a holiday's name that make it a day of a match: "England vs Australia Day 4", "Team Canada".
    static let beforeMatchDays: WordSet = ["v", "vs", "versus", "team"]

    /// Words that make a year or a quarter a fiscal one: "fiscal 2023", "FY24", "financial year 2023-24".
    static let fiscalWords: WordSet = ["fiscal", "fy", "financial"]

    /// Prepositions before a bare season that make it one ("in the summer", "during winter", "by the autumn").
    static let seasonPrepositions: WordSet = [
        "in", "during", "over", "by", "until", "till", "through", "throughout", "since", "before",
    ]
    /// Words after a bare season that end its phrase ("in the spring and summer", "in the autumn when …").
    static let afterBareSeason: WordSet = [
        "and", "when", "before", "after", "as", "if", "but", "or", "while", "once", "because",
        // ("The tour resumes in the autumn with dates in Glasgow.")
        "with", "amid", "despite", "at", "for", "until", "following", "ahead",
        // ("Water restrictions imposed in the spring will stay": the clause's verb.)
        "will", "would", "could", "should", "may", "might", "must", "is", "are", "was", "were", "has", "have", "had",
    ]

    /// Parts of a period: "early next year", "mid-2020", "late last month".
    static let periodParts: WordTable<String> = ["early": "early", "mid": "mid", "middle": "mid", "late": "late"]
    /// "the beginning of", "the end of", "the middle of": the same parts, written as nouns.
    static let periodEdges: WordTable<String> = ["beginning": "early", "start": "early", "end": "late", "middle": "mid"]

    /// Decades in words: "the seventies" → 70.
    static let decadeWords: WordTable<Int> = [
        "tens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
        "nineties": 90, "noughties": 0,
    ]

    /// Words after "a year" that count it back from a period named before ("the same period a year earlier", "the same
    /// quarter a year ago", "the same month a year before"), as "the same period last year" does.
    static let yearBackWords: WordSet = ["earlier", "before", "ago"]

    /// Units of "two days ago", "in 3 weeks".
    static let offsetUnits: WordTable<String> = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    ]
    /// Periods counted from one named before them, and the lengths in days that period may have: "the previous quarter"
    /// after "the 13 weeks to 25 March" (91 days), "the same month last year" after "December".
    static let periodLengths: [String: ClosedRange<Int>] = [
        "quarter": 80...100, "month": 28...31, "week": 7...7, "period": 2...366,
    ]
    /// Two weeks: "a fortnight ago", "the past fortnight" (read as weeks, twice the count).
    static let fortnights: WordSet = ["fortnight", "fortnights"]

    /// Present-tense verbs of an event that, just before a weekday in a sentence with no past verb, put
    /// the weekday ahead: "the Gophers play Saturday", "the trial begins Monday", "the game is on Saturday".
    static let presentEventVerbs: WordSet = [
        "is", "are", "play", "plays", "open", "opens", "begin", "begins", "start", "starts", "meet", "meets", "face", "faces",
        "host", "hosts", "visit", "visits", "resume", "resumes", "return", "returns", "report", "reports", "vote", "votes",
        "head", "heads", "kick", "kicks", "launch", "launches", "air", "airs", "arrive", "arrives", "travel", "travels", "debut",
        "debuts", "premiere", "premieres", "release", "releases", "continue", "continues", "go", "goes", "take", "takes",
        "celebrate", "celebrates", "mark", "marks", "hold", "holds", "welcome", "welcomes", "perform", "performs", "headline",
        "headlines", "unveil", "unveils", "attend", "attends", "tee", "tees", "sit", "sits", "fly", "flies", "hear", "hears", "sets",
        "reopen", "reopens", "become", "becomes", "announce", "announces", "rule", "rules", "decide", "decides",
        "sign", "signs", "walk", "walks", "strike", "strikes", "break", "breaks", "defend", "defends",
    ]
    /// Present verbs of an event that put a weekday ahead only in prose (a sentence that ends with a
    /// stop): "Rail fares rise by 4.9% on Sunday", "Applications close on Friday", "The rocket makes its
    /// maiden flight on Tuesday"; a headline's present tells of what happened ("Stocks fall on Monday").
    /// (Not verbs of a state: "remains a shareholder … as of March 20", "appears consistent with one announced in March".)
    static let presentEventVerbsInProse: WordSet = [
        "rise", "rises", "fall", "falls", "close", "closes", "end", "ends", "expire", "expires", "run", "runs", "stay", "stays",
        "make", "makes", "choose", "chooses", "elect", "elects", "pick", "picks", "land", "lands",
        "compete", "competes", "race", "races", "fight", "fights", "testify", "testifies", "speak", "speaks",
        "deliver", "delivers", "publish", "publishes", "leave", "leaves", "depart", "departs", "forecasts", "predicts",
        // ("Ryanair cancels 400 flights on Monday"; not "follows", of what came before: "The arrest follows a raid on Tuesday".)
        "cancel", "cancels",
        // ("New parking charges apply from Monday", "Speed limits drop from Saturday".)
        "apply", "applies", "drop", "drops", "increase", "increases", "change", "changes",
        // ("A yellow warning covers western Scotland on Monday", "Huang gives the opening keynote on Monday".)
        "cover", "covers", "give", "gives", "stage", "stages", "bring", "brings",
        // ("The suspect appears in court on Friday", "The satellite lifts off on Tuesday", "The minister tours Kent on Tuesday".)
        "appear", "appears", "lift", "lifts", "blast", "blasts", "tour", "tours",
        // ("The Supreme Court hands down its judgment on Wednesday".)
        "hand", "hands",
        // ("NASA targets a launch on Thursday", "is targeting 2:15am EST on Thursday".)
        "target", "targets", "targeting",
        // ("The Springboks name their squad on Monday", "The chancellor presents the budget on Wednesday", "Judge sentences
        // the pair on Friday", "Parliament debates the bill on Tuesday": choosing, presenting and judging are events too.)
        // (Not "reveal", of evidence of what was, "Documents reveal a meeting on Monday", nor "crown", a currency too.)
        "name", "names", "select", "selects", "present", "presents", "table", "tables", "appoint", "appoints", "debate",
        "debates", "sentence", "sentences", "swear", "swears",
    ]
    /// Present verbs (no plural nouns) of a subject dated by a participle's phrase before them: "The law passed in 2024
    /// comes into force", "The ban imposed in 2022 remains in place".
    static let verbsAfterDatedPhrase: WordSet = [
        "comes", "remains", "takes", "applies", "requires", "allows", "means", "includes", "seems", "becomes", "goes", "stands",
        "expires", "lasts", "needs", "aims", "affects", "replaces", "lets", "gives", "makes", "helps", "keeps", "puts", "brings",
        "forbids", "obliges", "forces", "protects", "says", "states", "costs", "saves", "looks", "appears", "looms", "depends",
        "hinges",
    ]
    /// Those of `verbsAfterDatedPhrase` that are no plural a year counts, so that they date the year after any date
    /// preposition: "The target of 300 homes by 2029 looks out of reach", "The record set in 1998 stands" (not "won by
    /// 2029 votes", "in 2000 costs").
    static let verbsNoYearCounts: WordSet = [
        "comes", "remains", "applies", "requires", "allows", "means", "seems", "becomes", "goes", "stands", "expires", "lasts",
        "needs", "aims", "affects", "replaces", "lets", "forbids", "obliges", "forces", "looks", "appears", "looms", "depends",
        "hinges",
    ]
    /// Words after a present verb of an event that make it a verb, not a plural noun: "returns on 14 August".
    static let prepositionsAfterEventVerbs: WordSet = ["on", "in", "at", "to", "after", "this", "next", "today", "tomorrow", "from"]
    /// Whether `w` is a present verb of an event of either list: "opens", "covers" ("221 Baker Street opens", "Area
    /// code 212 covers": no noun counted).
    static func isPresentEventWord(_ w: String) -> Bool { presentEventVerbs.contains(w) || presentEventVerbsInProse.contains(w) }
    /// Verbs of `presentEventVerbsInProse` that also tell a market's move, which is reported after its day.
    static let marketMoves: WordSet = ["rise", "rises", "fall", "falls", "close", "closes", "end", "ends"]
    /// What a market gives back: "gives back gains", "gave back early gains", "gives back some ground".
    static let marketGivebacks: WordSet = ["gains", "ground", "early", "earlier", "some", "all", "most", "much", "part", "its", "recent"]
    /// Nouns of markets: before a verb of `marketMoves` it tells of a day gone ("Stocks fall on Friday").
    static let marketNouns: WordSet = [
        "stocks", "shares", "stock", "index", "indices", "indexes", "market", "markets", "dow", "nasdaq", "ftse", "nikkei", "sensex",
        "nifty", "kospi", "asx", "dax", "cac", "bonds", "yields", "dollar", "euro", "pound", "sterling", "yen", "yuan", "rupee",
        "oil", "gold", "bitcoin", "futures", "brent", "crude", "equities", "treasuries", "currency", "ringgit", "peso", "won",
    ]
    /// Nouns after "each" or "every" that say a day or a month of every year: "every year on 17 March", "from June to
    /// November each year", "every winter".
    static let everyYearNouns: WordSet = ["year", "winter", "summer", "spring", "autumn", "season"]
    /// Nouns of a state after "in": "is in force from Friday", "are in place until Sunday", "is in effect on Monday".
    static let inForceWords: WordSet = ["force", "place", "effect", "operation"]
    /// Modals of what was to come or might be: a present verb after them dates nothing ahead ("vowed
    /// Britain would leave the EU on Oct. 31").
    static let conditionalModals: WordSet = ["would", "could", "might", "should", "wouldn't", "couldn't"]
    /// Verbs after which a word in "-ed" is an adjective, not a past verb: "will feel tired on Monday".
    static let linkingVerbs: WordSet = [
        "feel", "feels", "look", "looks", "seem", "seems", "get", "gets", "become", "becomes", "remain", "remains", "stay", "stays",
        "appear", "appears", "sound", "sounds",
    ]

    /// Words before a weekday that make it any such day, not one: "on a Saturday", "every Friday".
    static let anyWeekdayBefore: WordSet = ["a", "an", "every", "each", "any"]
    /// Nouns that take "to" in a headline's name, no infinitive: "Road To Recovery", "Return To Office", "Back To School".
    static let nounsBeforeTo: WordSet = [
        "road", "return", "back", "guide", "trip", "visit", "journey", "welcome", "route", "path", "key", "answer", "letter",
        "tribute", "ode", "next", "up", "due", "close", "open", "door", "gateway", "bridge", "threat", "blow", "boost", "risk",
        "challenge", "reply", "response", "links", "ties", "access", "rival", "heir", "successor", "home", "set", "likely",
    ]
    /// Words of a timetable: in their sentence a bare span of weekdays is every week's ("every 20 minutes, Monday to Friday").
    static let scheduleWords: WordSet = [
        "every", "each", "daily", "weekly", "hourly", "weekdays", "timetable", "opening", "hours", "open", "opens", "staffed",
        "manned", "operates",
    ]
    /// Verbs whose past is their base form: past after "he", "she" or "it" ("she set", "it cut").
    static let unchangedPasts: WordSet = [
        "set", "put", "hit", "cut", "let", "shut", "cost", "hurt", "quit", "spread", "split", "bet", "bid", "cast", "burst",
        "shed", "upset", "beat",
    ]
    /// Words between "every" and a weekday that keep it a schedule: "every other Tuesday", "every second Friday".
    static let everyOtherWords: WordSet = ["other", "second", "third", "fourth", "alternate"]

    /// Places in an order after "the Nth" that make it no day even after "on": "seats on the 3rd row".
    static let ordinalPlaces: WordSet = [
        "row", "spot", "seed", "pick", "hole", "inning", "innings", "lap", "minute", "position", "rank", "ranked", "district",
        "amendment", "street", "avenue", "precinct", "level", "tier", "hour", "mile", "percentile", "overall", "draft",
    ]

    /// Words before a noun: "the report", "its launch" (a noun, not the verb of `presentEventVerbs`).
    /// Determiners before a month used as an adjective: "the December meeting", "its March report".
    static let possessiveDeterminers: WordSet = ["the", "its", "their", "our", "his", "her"]
    /// Names that make a text one of Canada (with no "American", "Americans" or "U.S."), whose Thanksgiving is the second
    /// Monday of October: the country, its provinces and territories (one word of each), its largest cities.
    /// Prepositions before the day a verb of the future is on: "will be held on 07/12/2031", "must be paid by 5/12/2031".
    static let prepositionsOfDueDays: WordSet = ["on", "by", "until", "till"]
    static let canadianNames: Set<String> = [
        "canada", "canadian", "canadians", "ottawa", "toronto", "montreal", "vancouver", "calgary", "edmonton", "winnipeg",
        "ontario", "quebec", "alberta", "manitoba", "saskatchewan", "scotia", "newfoundland", "yukon",
        "nunavut", "ontarians", "quebecers", "albertans",
    ]

    /// Modals and forms of "be" and "have" that end a relative clause with no commas once it has its verb, the main clause's
    /// verb: "Consultants who walked out on Monday will meet officials on Wednesday", "The man who stole the car on Monday was
    /// arrested on Tuesday".
    static let verbsAfterRelativeClauses = WordSet(modals.words + ["is", "are", "was", "were", "has", "have", "had"])
    /// Modal verbs: "will", "would", "could" ….
    static let modals: WordSet = ["will", "would", "shall", "can", "could", "may", "might", "must", "should", "'ll"]

    static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "every", "each",
        "no", "any", "another",
    ]

    /// Periods told by their length and last month or day ("the three months to September", "the week
    /// ending Nov. 8", "the quarter ended Sept. 30"): the unit words, and the words joining the end.
    static let periodEndingUnits: WordTable<String> = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year",
        "quarter": "quarter", "quarters": "quarter", "fortnight": "fortnight", "fortnights": "fortnight",
    ]
    static let periodEndingJoiners: WordSet = ["to", "through", "thru", "ended", "ending", "ends"]

    /// Counts of an offset that are words of degree: "a few days ago" (three, as upstream reads it).
    static let vagueCounts: WordTable<Int> = ["few": 3]
    /// "four business days", "ten working days": days that skip weekends.
    static let businessDayWords: WordSet = ["business", "working"]
    /// "this day" (the published day) and "the past day" (the day before): days named from the
    /// published day. "next day", "last day" mostly count from another day, so they are not here.
    static let deicticDayShifts: WordTable<Int> = ["this": 0, "past": -1]
    /// Parts of a day: "this morning", "last night", "yesterday afternoon", "tomorrow evening".
    static let dayParts: WordSet = ["morning", "afternoon", "evening", "night"]
    /// Words before "last"/"next" that make it a verb or an adverb, not a shift: "is expected to last six
    /// weeks", "will next fall in 2028", "could last years".
    static let beforeVerbShift: WordSet = [
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "won't", "wouldn't", "can't", "cannot",
        "didn't", "doesn't", "did", "does", "not", "'ll",
    ]
    /// Words before "the" + a bare day: "for the second", "on the twenty second".
    static let bareDayPrepositions: WordSet = ["on", "for", "by", "until", "till"]
    /// With those, the prepositions after which "the Nth" may take a verb: "the storm before the 12th killed 3".
    static let dayEdgePrepositions: WordSet = ["before", "after", "since"]

    /// Days written as ordinal words: "first" … "thirty-first".
    /// Nouns an ordinal modifies, so "the 5th time" is not a day of the month (capitalised words,
    /// "the 7th China International Import Expo", and superlatives, "the 3rd largest", are not either).
    static let ordinalHeads: WordSet = [
        "edition", "session", "anniversary", "annual", "time", "times", "floor", "round", "place", "straight",
        "consecutive", "year", "month", "week", "day", "term", "stage", "phase", "game", "match", "season",
        "generation", "grade", "century", "plenary", "congress", "meeting", "summit", "expo", "fair", "most", "least",
    ]

    static let ordinalDays: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    ]
    /// Tens of compound ordinals: "twenty-first", "thirty first".
    static let ordinalTens: WordTable<Int> = ["twenty": 20, "thirty": 30, "twentieth": 20, "thirtieth": 30]
    static let ordinalTensExact: WordTable<Int> = ["twentieth": 20, "thirtieth": 30]

    /// Two years joined by a dash ("2016-2020") are a span of years at most this far apart.
    static let maximumYearSpan = 100

    /// "last/this/next" + unit.
    static let relativeShifts: WordTable<Int> = [
        "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1,
    ]
    /// Before a weekday these mean its next occurrence, this week or the next: "the coming Friday".
    static let comingWords: WordSet = ["coming", "upcoming"]
    static let relativeUnits: WordSet = ["year", "month", "week"]
    /// Units of a time counted back from a holiday: "a week before Easter", "the day before Christmas".
    static let unitsBeforeHoliday: WordSet = ["day", "week", "fortnight", "month", "year", "night", "weekend", "hour"]

    /// Words before a bare year or month that make it a date: "in 2019", "since March".
    static let datePrepositions: WordSet = [
        "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "throughout", "of", "between", "and", "to",
        "early", "late", "mid", "end", "fiscal", "for",
    ]

    /// Words in a sentence that put a weekday in the future ("will", "is set to").
    /// Modals of what may come, future markers before a verb but "have" or "not": "Temperatures could reach 34C on
    /// Tuesday", "may hit" (not "could have reached", "could not confirm").
    static let modalsOfWhatMayCome: WordSet = ["could", "may", "might"]
    /// Modals after a year named in the sentence that put "the end of the year" after them ahead of it: "Inflation, which
    /// peaked in 2022, should fall to 2% by the end of the year" is of the published year.
    static let modalsAhead: WordSet = ["will", "shall", "'ll", "should", "must", "could", "may", "might"]
    /// Modals that may tell of what was to come at a time gone by: "In 2023 the company said it would close the plant by the
    /// end of the year" (of 2023, or of now: neither is taken).
    static let modalsOfWhatMayHaveBeen: WordSet = ["would"]
    /// Past verbs of thinking before "could", "may" or "might" of what was then to come: "In 2019 it was feared the deal could
    /// collapse by the end of the year".
    static let pastVerbsOfThinking: WordSet = [
        "feared", "thought", "believed", "hoped", "expected", "predicted", "suggested", "warned", "estimated", "forecast",
    ]
    /// Modals of what may come, before a season in their clause (`modalOfComing`); "would" only after a verb of saying.
    static let modalsOfComing: WordSet = ["should", "could"]
    /// Adverbs of a habit, which make a modal's clause tell of no one time: "Bears would normally hibernate in the winter".
    static let habitAdverbs: WordSet = ["normally", "usually", "often", "always", "sometimes", "typically", "generally", "once"]
    static let futureMarkers: WordSet = [
        "will", "'ll", "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll", "shall", "upcoming", "scheduled", "slated",
        "expected", "plans", "planned", "next", "forecast",
        // Outlooks: "expects sales to rise in the second quarter" ("projected" is a past verb as often,
        // "forecasts", "projects", "guidance" nouns as often).
        "expects", "anticipates", "expect", "anticipate",
    ]

    /// Past verbs of saying before "must": what was said to be needed is still ahead ("said the team must win on Sunday").
    static let sayingVerbs: WordSet = [
        "said", "says", "insisted", "warned", "stressed", "argued", "urged", "told", "added", "declared", "announced", "demanded",
    ]
    /// Words of an outlook before a quarter: its results are still to come ("expects Q3 deliveries to exceed").
    /// (Present tense only: "had expected Q4 revenue of $5bn" is of a quarter reported.)
    static let outlookWords: WordSet = [
        "expects", "expect", "anticipates", "forecast", "forecasts", "projects", "predicts", "targets", "guidance", "outlook",
        // ("has guided for sales growth of 3% in the second half", "sees growth in the fourth quarter".)
        "guided", "guides", "sees",
    ]
    /// Words of `outlookWords` that are nouns as often: they put no half or quarter ahead ("cut its guidance after a weak
    /// fourth quarter").
    static let outlookNouns: WordSet = ["guidance", "outlook", "forecast", "forecasts", "projects", "targets"]
    /// Days after a quarter's end within which its results are still awaited (the quarter stays the one ended).
    static let resultsSeasonDays = 90
    /// Days gone within which a month of figures in a sentence of what is to come is the one just past ("The jobs report
    /// for June will be released on Friday" on 5 July), and a day modifying a noun ("returns from its July 4 recess").
    static let reportedMonthDaysGone = 45
    /// Days after the day a thing was said within which a holiday it "would" be done on is the one meant ("said on Friday it
    /// would keep the rink open on Boxing Day").
    static let saidAheadDays = 180
    static let modifierDaysGone = 14
    /// Days before a holiday within which what is done is its lead-up ("ahead of Christmas", "Black Friday deals").
    static let leadUpDays = 60
    /// Days after the published day within which a quarter about to end may be the one a report days away is of.
    static let quarterClosingDays = 7
    /// Words that put a weekday after them ahead, in their own clause only (`isIntentBeforeTo` too):
    /// "Analysts expect the Fed to raise rates Wednesday", "Traders await the decision on Friday" (not
    /// "After losing on Sunday, the Lakers hope to bounce back", nor the past "awaited").
    static let aheadMarkers: WordSet = ["expect", "anticipate", "await", "awaits"]
    /// Verbs that look ahead before "for" (`aheadMarkers`): "Markets Brace for Fed Decision on Wednesday" (not the noun, "wore a
    /// knee brace on Monday", "scored a brace on Sunday").
    static let aheadBeforeFor: WordSet = ["brace", "braces", "bracing", "gear", "gears", "gearing"]
    /// Words before a weekday that date it though a plural noun follows: "after Friday prayers", "on Sunday nights".
    static let weekdayDatingWords: WordSet = [
        "on", "in", "after", "before", "by", "until", "till", "since", "from", "during", "at", "this", "next", "last", "past",
    ]
    /// Nouns of what is done or made every such weekday, after which a weekday is no day: "Sunday league footballer", "a
    /// Saturday job", "the Sunday roast", "her Sunday school class".
    static let everyWeekdayNouns: WordSet = [
        "league", "roast", "school", "job", "supplement", "paper", "papers", "newspaper", "edition", "trading", "opening",
        "lunch", "dinner", "brunch", "mass", "best", "driver", "drivers", "motorist", "motorists",
    ]
    /// Parts of days in the plural: a weekday before them is every such day ("on Sunday evenings").
    static let partsOfDays: WordSet = ["mornings", "afternoons", "evenings", "nights"]
    /// Parts of a day in the singular: "Friday night", "Monday morning".
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "lunchtime", "overnight", "dawn", "dusk"]
    /// Pronouns that open a clause of their own: "after it lost on Saturday" is no phrase without a verb.
    static let subjectPronouns: WordSet = ["it", "he", "she", "they", "we", "i", "you"]
    /// Adjectives of how a period went, before a capitalised month in a headline: "Retailers Report Strong December".
    static let adjectivesOfPeriods: WordSet = [
        "strong", "weak", "busy", "quiet", "record", "bumper", "slow", "bleak", "wet", "dry", "hot", "cold", "mild", "warm", "sunny",
        "dismal", "stellar", "solid", "tough", "brisk", "sluggish", "best", "worst", "disappointing", "difficult",
    ]
    /// Verbs before "on a" weekday that tell which weekday a day falls on, no day of its own: "Christmas fell on a Friday".
    static let fallingOnVerbs: WordSet = ["fall", "falls", "fell", "fallen", "falling", "land", "lands", "landed", "landing"]
    /// Words before a subject that make a base-form verb after it no past: a bare infinitive's verb ("see inflation hit 4%",
    /// "let Britain quit"), a condition ("If inflation hit 5%", "Suppose prices hit").
    static let bareInfinitiveLeads: WordSet = [
        "let", "lets", "see", "sees", "saw", "seen", "seeing", "help", "helps", "helped", "make", "makes", "made", "making", "watch",
        "watched", "if", "suppose", "unless", "whether", "won't", "don't", "doesn't", "can't", "wouldn't", "couldn't", "shouldn't",
    ]
    /// Units of a day or less after "in a": a rate after a count, "shear 2,000 in a day", "raised $500 in an hour".
    static let unitsOfRates: WordSet = ["day", "hour", "minute", "night", "second"]
    /// Verbs of `unchangedPasts` that are seldom nouns, past after a singular noun with no object: "The chief executive quit in
    /// February", "The shop shut in March".
    static let unchangedPastsNeverNouns: WordSet = ["quit", "shut", "let", "hurt", "put"]
    /// Verbs of `unchangedPasts` that schedule what is ahead as often as they tell what was done: "set a Friday deadline".
    static let pastsThatSchedule: WordSet = ["set"]
    /// Prepositions before a determiner and a day modifying its noun that put the event ahead of what the sentence tells,
    /// with the words that must stand before them (none for any): "Tickets for the Dec 3–5 festival went on sale", "ahead of
    /// the March 3 vote", "prior to its April 1 launch", "in the run-up to the March 3 vote".
    static let leadsToEventsAhead: WordTable<WordSet> = ["for": [], "of": ["ahead"], "to": ["prior", "up"]]
    /// Nouns of what is booked or made ready for a holiday, before "for": a holiday close ahead is that one ("bookings for the
    /// Easter weekend were running behind last year").
    static let bookingsFor: WordSet = ["bookings", "booking", "reservations", "preparations", "tickets"]
    /// Verbs that move, call, fix or call off a thing held on a day, whose day modifying its noun is ahead whatever the
    /// sentence's tense: "The council postponed its March 3 vote", "The March 10 strike was called off after a late offer".
    /// (Not "brought" alone, which tells of results as often: "The Dec 26 sales brought record takings".)
    static let schedulingVerbs = WordSet(
        (deferralVerbs.words + reschedulingVerbs.words + cancellingVerbs.words + fixingVerbs.words).filter { !advancingVerbs.contains($0) }
            + ["scheduled", "approved", "agreed", "unveiled", "balloted", "ordered"])
    /// Months that are first names as often, read after an adjective of `adjectivesOfPeriods` only when no name can be
    /// meant: "Strong August Wilson Revival", "Best June Carter Songs".
    static let monthsThatAreNames: WordSet = ["april", "june", "august"]
    /// Words of a headline that put a month told of after an adjective ahead: "Forecasters Warn Of Wet August Ahead".
    static let headlineWordsAhead: WordSet = [
        "ahead", "predicted", "forecast", "forecasts", "expected", "looms", "looming", "coming", "warn", "warns", "braces",
    ]
    /// Words before a verb whose past is its base form that keep it present: adverbs of how often ("shops often shut in
    /// January") and a request's "please" ("can you please set something up for October").
    static let wordsKeepingBaseFormsPresent: WordSet = [
        "never", "always", "often", "sometimes", "usually", "rarely", "seldom", "please",
    ]
    /// Nouns of how things run on a kind of day, after "a" and a weekday: "would run on a Sunday timetable" (not a day's event,
    /// "a Monday debate", "a Friday deadline").
    static let dayKindNouns: WordSet = ["timetable", "timetables", "schedule", "schedules", "rota", "basis", "footing", "pattern"]
    /// "plan" as a verb of intent before its object: "Bus drivers plan a stoppage on Friday".
    static let planVerbs: WordSet = ["plan", "plans", "planning"]
    /// Adverbs between a form of "be" and a participle that keep it an adjective: "is already sold out".
    static let adverbsAfterBe: WordSet = ["already", "still", "now", "also", "not", "fully", "all", "almost", "nearly"]
    /// Words after a holiday that put it ahead: "Black Friday is approaching", "as Christmas nears".
    static let approachingWords: WordSet = ["approaching", "looming", "nears", "nearing", "approaches", "looms"]
    /// Words after a comma that open a clause with its own tense (`sentenceTense`): "…, and the ceremony
    /// takes place on March 10"; a participle of saying too, "Footfall on Saturday was flat, the firm said, adding that it
    /// expected trading to weaken".
    static let clauseJoiners: WordSet = ["and", "while", "whereas", "although", "though", "yet", "but", "adding", "saying"]
    /// Participles of saying after which "would" tells of what is to come: "…, adding that it would publish the figures".
    static let sayingParticiples: WordSet = ["adding", "saying", "noting", "warning", "stressing", "insisting"]
    /// Participles of a life's or a firm's beginning: a day after them is told in an aside, from which no "the next day"
    /// counts ("Mr Smith, born on 3 March 1960, …").
    static let asideOpeners: WordSet = ["born", "founded", "established", "incorporated"]
    /// Words that set another event's day beside a clause's own: "arrested on Tuesday, a week after a raid on 4 March".
    static let otherEventLeads: WordSet = ["after", "before", "since", "following"]
    /// Nouns of an incident looked into, whose day is gone whatever the sentence's tense: "Police want to speak to a man
    /// about a burglary in Hove on December 28", "hope to trace witnesses to a crash on the A38 on Tuesday".
    static let incidentNouns: WordSet = [
        "burglary", "robbery", "crash", "collision", "assault", "attack", "stabbing", "shooting", "fire", "blaze", "explosion",
        "theft", "incident", "disturbance", "accident", "murder", "killing", "death", "raid", "fight", "brawl", "disappearance",
        "derailment", "arson", "mugging", "carjacking", "altercation", "riot", "kidnapping", "blackout", "outage", "leak", "spill",
        "collapse", "hit-and-run", "break-in", "drive-by", "smash-and-grab",
    ]
    /// Prepositions before an incident's noun that tie the date after it to the incident: "witnesses to a crash",
    /// "information about a burglary", "an inquiry into the fire" (not "a vigil for the victims of the crash on Sunday").
    static let incidentLeads: WordSet = ["about", "to", "into", "over", "after", "following", "in", "regarding", "concerning"]
    /// Nouns of what shows or tells of an incident, before "of": "footage of the incident on January 2", "reports of a stabbing
    /// in Croydon on Sunday", "A review of the blackout on Wednesday".
    static let accountsOfIncidents: WordSet = [
        "footage", "reports", "report", "images", "video", "videos", "photos", "pictures", "details", "evidence", "review",
        "inquiry", "investigation", "probe", "witnesses", "sightings",
    ]
    /// Words of the police looking into an incident, before its lead preposition: "want to speak to a man about a burglary",
    /// "appealing for witnesses to a crash", "the driver involved in a crash" (not "will make a statement about the attack on
    /// Monday", nor an inquiry's or a hearing's own day, "will give an update on the investigation into the shooting on June
    /// 11").
    static let inquiryWords: WordSet = [
        "speak", "hear", "trace", "identify", "locate", "question", "interview", "witnesses", "witness", "information",
        "footage", "appealing", "investigate", "investigating", "investigation", "investigations", "inquiry", "inquiries",
        "enquiries", "probe", "involved", "arrested", "charged", "questioned", "detained", "sought", "wanted", "looking",
        "searching", "hunting", "review", "footage",
    ]
    /// Nouns of a result: a celebration of one is of what happened ("Fans are celebrating a victory on Saturday").
    static let resultNouns: WordSet = ["victory", "win", "triumph", "title", "success", "promotion", "result", "results", "comeback"]
    /// Auxiliaries that, right after a bare "and", open a second verb of the same subject, of its own tense:
    /// "appeared before magistrates on Saturday and will return to court on Monday", "walked out on Wednesday and have
    /// announced a further strike"; so does a past or a present verb of an event ("lost his title on Saturday and vowed to
    /// fight again next year", "and fights again next year").
    static let auxiliariesAfterAnd: WordSet = ["will", "shall", "would", "could", "may", "might", "must", "has", "have", "is", "are"]
    /// Words that open a clause of their own tense, comma or none: "Germans vote on 23 February after the coalition
    /// collapsed in November" (the vote is ahead).
    static let subordinators: WordSet = ["after", "because", "since", "although", "though", "unless", "once"]
    /// Words that open another clause: a marker before them says nothing of a weekday after them.
    static let clauseOpeners: WordSet = [
        "after", "since", "following", "when", "which", "who", "that", "because", "while", "as", "before", "but", "and",
    ]

    /// "is set to vote", "are due to", "is poised to announce": after a present form of "be"
    /// (`presentBe`) and before "to" these put the sentence ahead ("was due to" does not).
    /// Words of a comparison between a later part of a year with its year written and an earlier part without one, which takes
    /// that year: "in H2 2027, up from 7,100 in the first half".
    static let comparisonLeads: WordSet = ["from", "than", "compared", "against", "versus", "vs", "on"]
    /// Determiners of a possessor that make the word after "to" a noun: "was due to their strike".
    static let possessivesBeforeNouns: WordSet = ["their", "his", "her", "its", "our", "my", "your", "this", "that", "these", "those"]
    /// Groups a report is told to, whose "of" goes on with the group: "told the jury of eight men and four women on Wednesday".
    static let groupsTold: WordSet = [
        "jury", "panel", "board", "committee", "group", "crowd", "audience", "team", "meeting", "council", "assembly", "conference",
        "delegation", "house", "chamber",
    ]
    /// Verbs before "a day late", "two hours late": "late" is then a delay, no part of a period.
    static let verbsOfDelay: WordSet = [
        "run", "runs", "ran", "running", "arrive", "arrives", "arrived", "arriving", "is", "are", "was", "were", "be", "been", "came",
        "come", "comes", "finished", "finish", "started", "start", "opened", "open", "opens", "landed", "left", "delivered", "paid",
        "filed", "submitted", "returned", "launched", "collected",
    ]
    /// Nouns of works, near a quoted title: "'Last Christmas' topped the chart".
    static let namesOfWorks: WordSet = [
        "film", "films", "movie", "song", "songs", "album", "single", "chart", "charts", "book", "novel", "play", "musical", "show",
        "series", "episode", "track", "hit", "classic", "opera", "ballet", "poem", "painting", "sitcom", "documentary",
    ]
    /// Words after a day that make the number before them a count, not a second day: "June 2 and 3 more on June 4".
    static let wordsAfterCountsNotDays: WordSet = ["of", "had", "more", "others", "dozen", "hundred", "thousand", "million", "times"]

    /// Days within which a holiday listed after another is that one's season: "on Good Friday and Easter Monday".
    static let listedHolidayDays = 10
    static let aheadBeforeTo: WordSet = [
        "set", "due", "poised", "scheduled", "slated", "likely", "going", "about", "bound", "ready", "preparing", "planning", "forecast",
        "hoping", "aiming", "looking",
    ]
    static let presentBe: WordSet = ["is", "are", "am"]
    /// Present-tense verbs of intent before "to": "The council intends to approve the plan on Tuesday",
    /// "Officials hope to reopen the road by Friday". Not after a determiner ("the plan to", a noun) nor
    /// after "did"/"to" ("did not want to", "was forced to plan to").
    static let intentBeforeTo: WordSet = [
        "intend", "intends", "hope", "hopes", "aim", "aims", "plan", "plans", "want", "wants", "seek", "seeks", "vow", "vows",
        "promise", "promises", "threaten", "threatens", "prepare", "prepares", "pledge", "pledges",
    ]
    static let notBeforeIntent: WordSet = ["did", "didn't", "to", "had", "was", "were"]
    /// Past verbs of deciding before an infinitive, whose day is after the decision: "voted to legalise it
    /// from April 1", "agreed to hold talks on April 20".
    static let decisionVerbs: WordSet = [
        "agreed", "voted", "decided", "pledged", "promised", "vowed", "resolved", "opted", "chose", "elected", "undertook",
        "threatened", "offered", "planned", "intended", "arranged",
        // Orders to someone: "remanded in custody to appear on January 10", "ordered the firm to pay by March 3".
        "remanded", "bailed", "summoned", "ordered", "invited", "asked", "urged", "told", "instructed",
    ]

    /// Past auxiliaries that open a question, capitalised: "Was it a mistake to hold the vote on a
    /// Monday?", "Did the council meet on Friday?" ("Were"/"Had" open conditionals too: "Were the
    /// vote held today").
    static let pastQuestionOpeners: WordSet = ["was", "did", "wasn't", "didn't"]

    /// Past-tense verbs without the regular "-ed" (only those whose participle differs, so that "is
    /// sold out" and "will be held" are not read as past): with a lower-case "-ed" word (not one of
    /// `edAdjectives`) they mark a sentence as past, which moves a date without a year to the year
    /// before the published day ("In March, the economy grew 0.1%" in an article of November).
    static let irregularPastVerbs: WordSet = [
        "was", "were", "had", "did", "rose", "fell", "grew", "saw", "took", "came", "went", "gave", "got",
        "began", "became", "knew", "wrote", "shrank", "sank", "slid", "swung", "ran", "drove", "spoke", "broke", "chose", "flew",
        "stole", "wore", "froze", "hid", "met", "drew", "fought", "fled", "struck", "caught", "sought", "swept", "slept", "wept",
        "crept", "knelt", "dug", "clung", "flung", "stung", "swam", "sang", "rang", "withdrew", "underwent", "rode", "forgot",
        "forgave", "overtook", "undertook", "mistook", "shook", "woke", "tore", "swore", "threw", "blew", "overran", "oversaw",
        "foresaw", "arose", "forbade", "strove", "spun", "sprang", "bled",
        // Regular, but too short for the "-ed" test.
        "died", "tied", "lied", "eyed", "owed", "axed", "vied", "used", "sued",
    ]

    /// Words after "due to" that make it "because of": "due to bad weather", "due to strikes".
    static let notAfterDueTo: WordSet = [
        "bad", "poor", "good", "weak", "strong", "high", "low", "heavy", "severe", "rising", "falling", "increased", "reduced",
        "lack", "demand", "inflation", "weather", "illness", "injury", "covid", "staff", "budget",
    ]
    /// Auxiliaries that make a participle after them a finite past: "was held on", "had sold in".
    static let finiteBefore: WordSet = ["was", "were", "had", "has", "have", "been", "got"]
    /// Prepositions before "this Monday's …" that tell of it as of an event gone: "questions about this Monday's data leak",
    /// "after this Tuesday's floods" (not "This Monday's strike will close 300 schools").
    static let beforePossessiveDayGone: WordSet = ["about", "after", "following", "since", "over", "of", "from", "despite", "amid"]
    /// Words before a verb that open a relative clause: "the side that won", "who won four titles".
    static let relativeWords: WordSet = ["that", "which", "who", "whose", "whom"]
    /// Words after a participle that make it one of a reduced clause: "Cars sold in the EU", "made by Pfizer".
    static let afterParticiple: WordSet = [
        "in", "by", "for", "before", "after", "at", "on", "from", "with", "during", "under", "since", "to", "every", "each", "over",
        "across", "through", "into", "between", "as",
    ]
    /// Past participles read as past after "having" only: spelled as their base, "Having cut rates in September", or
    /// irregular, "having won in May", "having beaten Murray". (Not "set", whose object is as often a day to come: "Having
    /// set a deadline of September, the union will strike".)
    static let participlesAfterHaving: WordSet = [
        "cut", "put", "hit", "let", "shut", "spread", "cost", "quit", "bid", "burst", "cast", "hurt", "split", "upset",
        "broadcast", "forecast", "run", "come", "become", "read", "won", "beaten", "given", "taken", "written", "driven", "chosen",
        "seen", "done", "gone", "begun", "grown", "shown", "known", "fallen", "risen", "broken", "spoken", "stolen", "thrown",
        "drawn", "flown", "worn", "sworn", "eaten", "forgotten", "hidden", "ridden", "shaken", "frozen", "sung", "sunk", "swum",
    ]
    /// Adverbs between "having" and its participle that are not in "-ly": "having already cut".
    static let adverbsBeforeParticiples: WordSet = ["already", "just", "also", "first", "since", "twice", "once", "now", "long"]
    /// Past tenses that are also participles: past only where no article, adverb or present "be" makes
    /// them an adjective or a passive ("The club held the ceremony on a Monday", not "is held every
    /// Monday", "will be sold", "a lost bag"). Not "won" (Korea's currency), "cut", "set", "hit", "put"
    /// (also present tenses and nouns).
    static let pastOrParticiple: WordSet = [
        "held", "sold", "made", "paid", "built", "found", "kept", "lost", "spent", "sent", "brought", "bought", "heard",
        "left", "thought", "fed", "bred", "shot", "sat", "stood", "taught", "dealt", "meant", "felt", "upheld", "withheld",
    ]

    /// Words of a game that make "the second half", "the fourth quarter" without a year part of it.
    static let gameWords: WordSet = [
        "scored", "scoring", "score", "scores", "goal", "goals", "touchdown", "touchdowns", "points", "rebounds", "assists",
        "outscored", "led", "trailed", "halftime", "inning", "innings", "quarterback", "basket", "baskets", "field-goal", "yards",
        "penalty", "kickoff", "whistle", "equaliser", "equalizer", "striker", "goalkeeper", "interception", "fumble", "dunk",
        "three-pointer", "three-pointers", "free-throw", "tries", "try", "wicket", "wickets", "overs", "sacks", "punt",
    ]

    /// Words after a quarter without a year that make it one that has ended: "second-quarter earnings",
    /// "its Q4 results", "fourth-quarter profit".
    static let resultWords: WordSet = [
        "results", "earnings", "profit", "profits", "revenue", "revenues", "sales", "report", "figures", "numbers", "gdp", "loss",
        "losses", "income", "deliveries", "shipments", "data", "accounts",
    ]

    /// Nouns of yearly things after a year that make it the year: "the 2023 season", "its 1989 peak",
    /// "2019 sales", "the 2020 Olympics" (not "the 2020 model", "2000 troops").
    static let yearNouns: WordSet = [
        // ("CHF 450 million of 2036 bonds": the year they mature.)
        "bonds", "gilts",
        "season", "seasons", "election", "elections", "campaign", "budget", "census", "crisis", "peak", "high", "low", "record",
        "sales", "revenue", "revenues", "earnings", "profit", "profits", "results", "figures", "final", "finals", "championship",
        "championships", "olympics", "games", "world", "midterms", "midterm", "primary", "primaries", "race", "referendum",
        "survey", "edition", "tournament", "draft", "outbreak", "pandemic", "recession", "attack", "attacks", "riots", "protests",
        "floods", "wildfires", "hurricane", "earthquake", "act", "agreement", "accord", "treaty", "levels", "average", "summit",
        "uprising", "invasion", "coup", "war", "strike", "strikes", "merger", "acquisition", "ipo", "listing", "vintage",
        "plot", "rebellion", "revolution", "landing", "fire", "massacre", "famine", "flood", "expedition", "voyage", "battle",
        "siege", "rising", "constitution", "charter", "eruption", "disaster", "crash",
        // ("The 2026 harvest was poor", "the 2027 festival".)
        "harvest", "harvests", "crop", "festival", "marathon",
    ]

    /// Words after "the 2023 tax" that make it the year: "the 2023 tax year", "2023 tax returns".
    static let taxPeriodWords: WordSet = ["year", "years", "return", "returns", "season", "filing", "filings"]
    /// Verbs of a year's end or start before a bare year: "ended 2024 with a gain", "entered 2025 with debts".
    /// Singular verbs after a year that opens its clause, the year the subject: "2026 was the warmest year on record", "2027
    /// will be tougher", "2024 has been a record year" (a count of things takes a plural: "2000 were arrested").
    static let verbsAfterYearSubject: WordSet = [
        "was", "is", "has", "had", "will", "marked", "marks", "saw", "sees", "brought", "promises",
    ]
    /// Plural verbs after a number of a year's shape that make it a count, the subject of its clause: "Police said 2000 were
    /// arrested", "some 1990 are still missing" (not after a date preposition, "in 2000 were born").
    static let pluralVerbsAfterCountSubject: WordSet = ["were", "are", "have", "remain"]
    /// Words before a year that opens a clause: "said that 2026 was the warmest year".
    /// Verbs in "-s" before a span of years, no plural of numbered things: "The plan covers 2025-30".
    static let verbsOfSpanning: WordSet = ["covers", "spans", "runs", "lasts", "targets", "sets"]
    /// Prepositions of time before a day that keep it a date before a street word: "From 1 April Road tax rises".
    /// Words that may follow the last weekday of a list ("on Monday and Tuesday last week", "on Friday and Saturday
    /// nights"): any other word opens the next clause with it ("Wednesday is the deadline").
    static let afterListedWeekdays: WordSet = [
        "and", "or", "to", "at", "in", "for", "with", "from", "after", "before", "during", "last", "this", "next", "morning",
        "afternoon", "evening", "night", "mornings", "afternoons", "evenings", "nights", "but", "when", "as", "while", "until",
        "amid", "despite", "because", "following", "over", "against", "between", "of", "across", "around", "throughout", "near",
        "along", "into", "on", "by", "through", "within", "outside", "inside", "under", "above", "beyond", "towards", "toward",
        // ("on Friday and Saturday a fortnight ago", "on Thursday and Friday earlier this month".)
        "a", "earlier", "later",
    ]
    /// Words after a list of weekdays that put it in the past: "on Wednesday and Thursday last week", "a week ago", "before the
    /// strike ended", "it said on Friday".
    static let pastMarkersAfterDays: WordSet = ["last", "ago", "before", "earlier", "previous", "previously", "said"]
    /// Plurals of what every such weekday has, after a weekday in a quoted headline: "'Monday Blues Cost Economy Billions'",
    /// "'Sunday Services Cut Across Diocese'" (not a day's own events, "'Friday Strikes Cancel 200 Trains'").
    static let everyWeekPlurals: WordSet = [
        "blues", "services", "jobs", "papers", "markets", "hours", "roasts", "lunches", "prayers", "masses", "editions", "shifts",
        "openings", "collections", "specials", "schools", "mornings", "afternoons", "evenings", "nights",
    ]
    /// Verbs of saying in the present: a sentence of a report told now ("The ceasefire holds on Christmas Day, officials say").
    static let presentSayingVerbs: WordSet = ["say", "says"]
    static let prepositionsBeforeDays: WordSet = ["on", "by", "from", "until", "till", "since", "before", "after", "during", "through"]
    /// Street words right after a day and its month that make them an address: "12 October Road", "31 May Street" (not "the 4
    /// July Parade", "on 5 May Court officials said").
    /// Words of the time of day before the day they tell of: "late on Tuesday", "early yesterday", "late last night" (after an
    /// address: "at 12 October Road late on Tuesday").
    static let timesOfDayBeforeDays: WordSet = ["late", "early", "earlier", "later"]
    /// Words after a span of time that make it an offset from another time: "a day after the storm", "a week later".
    static let wordsAfterOffsets: WordSet = ["after", "before", "later", "earlier", "ago"]
    /// Street words that are no other word (not "Close", "Court", "Way"): "at 12 October Road late on Tuesday".
    static let plainStreetWords: WordSet = [
        "street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "terrace", "crescent", "boulevard", "grove", "mews",
    ]
    static let streetWordsAfterMonths: WordSet = [
        "street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "terrace", "crescent", "boulevard", "gardens", "mews",
        "close", "grove", "court", "way", "place", "row", "walk",
    ]
    /// Words of time that make a year of a number opening the sentence, whatever follows: "Since 2020 prices have risen".
    static let yearOpeningPrepositions: WordSet = ["since", "after", "before", "until", "till", "by", "during"]
    /// Words that open a clause of another event than the one before them, whose tense is its own: "a warning for storms
    /// from Friday to Sunday, after flash floods closed roads" (not "which", "who", "that": a clause of the same thing).
    static let otherEventOpeners: WordSet = ["after", "because", "although", "though", "since", "while", "whereas", "but", "and"]
    static let clauseOpenersBeforeYear: WordSet = ["that", "and", "but", "while", "because", "when", "as", "so", "if"]
    static let yearVerbs: WordSet = [
        "ended", "ends", "ending", "entered", "enters", "entering", "began", "begins", "beginning", "started", "starts", "closed",
        "closes", "finished", "finishes", "into", "throughout", "during",
    ]

    /// Words around "2009-10" that make it a season or fiscal year rather than October 2009.
    static let beforeSplitYear: WordSet = ["the", "fiscal", "financial", "fy", "its", "this", "last", "that"]
    static let splitYearNouns: WordSet = [
        "season", "seasons", "year", "years", "budget", "budgets", "campaign", "campaigns", "term", "session", "school",
        "academic", "financial", "fiscal", "crisis", "winter", "league", "championship", "cycle", "period", "tax", "edition",
        // A year's papers: "their 2024-25 returns", "the 2023-24 accounts".
        "returns", "accounts", "results", "figures", "statements", "estimates", "report", "reports", "allocation", "allocations",
    ]

    /// Participles of what is to come that a date may hang on: "expected in May", "scheduled on March 20".
    static let aheadParticiples: WordSet = [
        "expected", "scheduled", "planned", "slated", "due", "set", "rescheduled", "postponed", "rearranged",
    ]
    /// Verbs that call off what is held on a day, the object's day ahead or gone whatever their tense: "has cancelled sailings
    /// on Dec 28–30" (on 25 December), "scrapped the fireworks on December 31".
    static let cancellingVerbs: WordSet = [
        "cancelled", "canceled", "cancel", "cancels", "scrapped", "scrap", "scraps", "axed", "axe", "axes", "called", "call",
        "calls",
    ]
    /// Things held on a day, which a cancelling verb's object must name: "cancelled sailings on Dec 28–30" (not "cancelled
    /// the order on December 28", the day of the act).
    static let heldEventNouns: WordSet = [
        "sailing", "sailings", "flight", "flights", "train", "trains", "service", "services", "match", "matches", "game", "games",
        "fixture", "fixtures", "race", "races", "concert", "concerts", "show", "shows", "performance", "performances", "parade",
        "parades", "fireworks", "celebration", "celebrations", "event", "events", "festival", "festivals", "meeting", "meetings",
        "hearing", "hearings", "vote", "rally", "rallies", "march", "classes", "lessons", "exams", "screening", "screenings",
        "ceremony", "ceremonies", "party", "gala", "market", "markets", "fair", "tour", "visit", "trip", "trips",
        "departures", "crossings", "journeys", "strike", "strikes", "walkout", "walkouts", "leave", "holidays", "summit",
        "summits", "conference", "talks", "debate", "trial", "launch", "premiere", "auction", "election", "referendum", "final",
        "gig", "gigs", "opening", "display", "displays", "procession", "processions", "vigil", "vigils", "tournament",
        "tournaments", "session", "sessions", "lecture", "lectures", "exhibition", "fete", "carnival", "carnivals",
    ]
    /// Prepositions before a place's name between a thing called off and its day: "cancelled all sailings between Holyhead and
    /// Dublin on Wednesday", "cancelled flights to Paris on 5 November".
    static let placePrepositionsOfCalledOff: WordSet = ["to", "from", "between", "and", "in", "at", "across", "into", "out", "of"]
    /// Verbs that announce a thing to be held on a day, which is then the nearest such day, as for `cancellingVerbs`:
    /// "announced walkouts on June 29 and 30", "called a strike on Monday".
    static let announcingVerbs: WordSet = ["announced", "called", "scheduled", "confirmed"]
    /// Prepositions of a time in which a thing is done: "will launch it in the second quarter", "by the first half".
    static let periodTimePrepositions: WordSet = ["in", "during", "by", "within", "until"]
    /// Prepositions after which a word in "-ed" before its noun is an adjective, not a past verb: "tariffs on imported steel
    /// take effect", "Fares for reserved seats rise", "the number of infected people".
    static let prepositionsBeforeAdjectives: WordSet = [
        "of", "on", "for", "in", "from", "against", "among", "between", "into", "over", "under", "at", "about", "across",
        "toward", "towards", "without", "within", "through", "amid",
    ]
    /// Verbs that put a thing off until a day, which is then ahead whatever their tense: "the order had been
    /// extended until Saturday", "the hearing was adjourned until Monday".
    static let deferralVerbs: WordSet = [
        "extended", "extend", "extends", "adjourned", "postponed", "delayed", "deferred", "remanded", "bailed", "rescheduled",
        "rearranged", "suspended", "paused", "halted",
        // ("pushed back the launch to Friday", "moved the vote to Tuesday", "brought forward to Monday".)
        "pushed", "push", "pushes", "moved", "moves", "brought", "brings",
    ]

    /// Verbs that move a thing from one day to another: "from" one day "to" another after them is two days, the day it
    /// was and the day it is now, not a span ("the match was moved from Saturday to Sunday", "pushed back from May 8
    /// to May 21"). (Not verbs of a stop, "suspended from Monday to Friday", which last over the span.)
    static let reschedulingVerbs: WordSet = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "rescheduled", "pushed", "push", "pushes",
        "rearranged", "moved", "move", "moves", "brought", "bring", "brings", "shifted", "shift", "shifts", "switched",
        // ("The deadline was extended from May 22 to June 5": the end moved.)
        "extended", "extend", "extends",
    ]
    /// Words before "delay(s)" that make it a noun: "cause delays from Monday to Wednesday", "further delays".
    static let beforeDelayNouns: WordSet = [
        "cause", "causes", "causing", "face", "faces", "facing", "suffer", "suffers", "expect", "expects", "further", "more",
        "long", "longer", "major", "severe", "significant", "lengthy", "of", "and", "no", "any",
    ]
    /// Present verbs of what lasts, before "until" and a month: the month is ahead ("runs until March").
    static let presentLasting: WordSet = [
        "run", "runs", "last", "lasts", "continue", "continues", "remain", "remains", "stay", "stays", "apply", "applies",
        "hold", "holds", "operate", "operates", "close", "closes", "shut", "shuts",
    ]
    /// "put" with a particle moves a day too: "put back", "put off", "put forward".
    static let putForms: WordSet = ["put", "puts", "putting"]
    static let putParticles: WordSet = ["back", "off", "forward"]
    /// Verbs of `reschedulingVerbs` that move a day later, and earlier: the day it was is before, or after, the day it is.
    static let delayingVerbs: WordSet = [
        "postponed", "postpone", "postpones", "delayed", "delay", "delays", "deferred", "extended", "extend", "extends",
    ]
    static let advancingVerbs: WordSet = ["brought", "bring", "brings"]
    /// Progressive verbs of aiming after a present "be", which put what they date ahead: "NASA is targeting Thursday",
    /// "The crew is aiming for a launch on Thursday".
    static let progressiveIntents: WordSet = ["aiming", "targeting", "eyeing", "planning", "preparing", "gearing", "gunning"]
    /// Progressive verbs of an event arranged, which after a present "be" put its weekday ahead as well: "Unions are
    /// holding a rally on Wednesday", "The club is hosting an open day on Saturday" (not "Police are investigating a
    /// burglary on Tuesday", "are appealing for witnesses to a crash on Tuesday": what is looked into is past).
    static let progressiveEvents: WordSet = [
        "holding", "hosting", "staging", "launching", "opening", "unveiling", "headlining", "performing", "playing", "meeting",
        "visiting", "marching", "releasing", "premiering", "celebrating", "throwing", "organising", "organizing",
    ]

    /// Verbs whose object a participle after it describes, no past: "keep the government funded", "leaves the road closed".
    static let complementVerbs: WordSet = ["keep", "keeps", "keeping", "leave", "leaves", "leaving"]

    /// Words between a verb and the date it hangs on: "died on Feb. 16", "was founded in early March".
    static let beforeHungDate: WordSet = ["on", "in", "at", "since", "early", "late", "mid", "by", "the"]

    /// Lower-case words in "-ed" that are mostly adjectives or no verb at all.
    static let edAdjectives: WordSet = [
        "based", "related", "limited", "detailed", "advanced", "experienced", "skilled", "need", "speed", "seed", "feed", "proceed",
        "exceed", "succeed", "indeed", "hundred", "united", "interested", "concerned", "supposed", "bed", "red", "shed", "weed",
        "breed", "listed", "owned", "led", "so-called", "called", "named", "dated", "due", "extended",
    ]

    /// Past-tense verbs of saying that a weekday next to them dates: "the council said on Tuesday",
    /// "announced Monday". Such a weekday is the day of the report, even in a sentence about the
    /// future ("the plan will cost £1.5m, the council said on Tuesday"), unless the verb is passive or
    /// in the infinitive ("will be released on Friday"). Elsewhere in a sentence they frame what is
    /// said and mark no tense ("The festival returns in March, organisers said").
    static let pastReportingVerbs: WordSet = [
        "said", "announced", "reported", "told", "confirmed", "revealed", "added", "wrote", "stated", "disclosed",
        "released", "published", "unveiled", "warned", "declared", "tweeted", "posted", "admitted", "acknowledged", "insisted",
        "reminded", "noted", "stressed", "explained", "informed", "notified", "briefed", "advised",
    ]

    /// Verbs of `pastReportingVerbs` that take a person or a body as their object: "told Reuters on Tuesday".
    static let reportVerbsWithObject: WordSet = [
        "told", "informed", "notified", "briefed", "advised", "warned", "reminded", "assured", "promised",
    ]

    /// Possessives before a two-digit decade that make it an age: "in their mid-50s".
    static let agePossessives: WordSet = ["his", "her", "their", "my", "your", "our", "its", "one's"]

    /// Words before a participle or an infinitive: "will be released", "to announce".
    static let beforeNonFinite: WordSet = [
        "be", "been", "being", "is", "are", "to", "will", "would", "'ll", "could", "can", "may", "might", "must", "shall", "should",
    ]

    /// Range joiners between two days or two numbers.
    static let rangeJoiners: WordSet = ["–", "—", "-", "to", "through", "thru", "till", "until"]

    /// "in N months" after these words (or a superlative in -est), at most `lookBackReach` words
    /// before, looks back over a span instead of naming a day ahead: "the biggest drop in 10 months",
    /// "the first time in 15 years", "its first loss in two years".
    static let lookBackWords: WordSet = ["first", "most", "least", "best", "worst", "ever", "record"]
    /// Ordinals that look back only straight before their noun and "in": "the third election in four
    /// years" (not "The second phase opens in six months").
    static let lookBackOrdinals: WordSet = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "straight", "consecutive",
    ]
    /// Words before a bare day that make "N this month" a day: "extended till 31 this month".
    static let beforeBareDayOfMonth: WordSet = ["the", "on", "till", "until", "by", "before", "after"]
    /// (Close: "the biggest drop in", "its first loss in"; not "the first phase will be completed in".)
    static let lookBackReach = 3
    /// How far back a superlative in -est ("the biggest challenge to Putin's rule in 23 years") still
    /// looks back, with no verb between.
    static let superlativeReach = 9
    /// A superlative in "-est" ("biggest", "highest"; not "interest").
    static func isSuperlative(_ w: String) -> Bool { w.hasSuffix("est") && w.utf8.count > 4 && !notSuperlatives.contains(w) }
    /// A regular past tense or participle: a word in "-ed" of five letters or more that is no adjective ("based").
    static func isRegularPast(_ w: String) -> Bool { w.utf8.count > 4 && w.hasSuffix("ed") && !edAdjectives.contains(w) }
    /// Whether `w` is a past tense or participle of any kind: irregular ("brought"), one of `pastOrParticiple`
    /// ("sold") or regular ("approved").
    static func isPastForm(_ w: String) -> Bool { irregularPastVerbs.contains(w) || pastOrParticiple.contains(w) || isRegularPast(w) }
    /// Words in -est that are no superlatives.
    static let notSuperlatives: WordSet = [
        "interest", "interests", "forest", "protest", "harvest", "contest", "request", "invest", "guest", "suggest", "manifest",
        "honest", "modest", "arrest", "midwest", "northwest", "southwest", "digest", "conquest", "quest", "inquest", "behest",
        "attest", "detest", "infest", "priest", "unrest", "budapest", "bucharest", "everest", "pest",
    ]

    /// Words before "for" and a weekday that put it ahead whatever the sentence's tense: "is set for
    /// Friday" (after a form of "be"), "scheduled for Tuesday" ("due on Monday" and "due Monday" too).
    static let scheduledFor: WordSet = [
        "set", "scheduled", "slated", "rescheduled", "pencilled", "penciled", "planned", "rearranged",
    ]
    /// Verbs of fixing a day, as courts and election bodies write them, before "for" and the day: "INEC has fixed the
    /// election for 17 June", "The matter was listed for mention on 20 March".
    static let fixingVerbs: WordSet = ["fixed", "fixes", "fix", "listed", "booked", "earmarked", "timetabled"]
    /// Warnings and forecasts, whose day after "for" is ahead whatever the sentence's tense: "issued a yellow thunderstorm
    /// warning for Sunday", "the forecast for Saturday".
    static let warningsFor: WordSet = ["warning", "warnings", "alert", "alerts", "watch", "forecast", "forecasts", "advisory"]
    static let beVerbs: WordSet = ["is", "are", "was", "were", "be", "been", "now", "also"]
    /// Past forms of "be" and "have" that tell a thing in the past in its own words: "A warning for snow was in force".
    static let pastBeAndHave: WordSet = ["was", "were", "had", "been"]

    /// Words of a weather report: in their sentence "the 80s" and "the mid-20s" are degrees.
    static let temperatureWords: WordSet = [
        "highs", "lows", "temperature", "temperatures", "degrees", "fahrenheit", "celsius", "thermometer", "mercury",
    ]

    /// Words before "the weekend" that, in a past-tense sentence of a weekday's report, make it the
    /// weekend just gone: "over the weekend, strikes killed …" (not "runs through the weekend").
    static let pastWeekendPrepositions: WordSet = ["over", "at", "during", "on"]
    /// Prepositions (and possessives) right before a "weekend" with no article that make it this one:
    /// "clashes over weekend", "due by weekend" (headline style), "my weekend"; not "each weekend", "their
    /// busiest weekend", "weekend trading".
    static let bareWeekendPrepositions: WordSet = [
        "over", "at", "during", "on", "by", "until", "till", "for", "this", "next", "last", "my", "our", "your", "his", "her", "their",
    ]
}
