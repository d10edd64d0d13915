/// Currencies written before or after an amount. Adding a currency is one line here.
///
/// Positive: "US$10.9 billion" → USD, "$5 billion" → USD, "HK$3m" → HKD, "€2m" → EUR,
/// "3 billion yuan" → CNY, "RMB 5 billion" → CNY, "500 million euros" → EUR.
/// Negative: "5 pounds of flour" (weight: "pounds" followed by "of"), "$" with no number.
enum MoneyRules {
    /// Words of a headline after a capitalised cents word that leave it money, besides the short words of title case: "Rises 4
    /// Pence A Litre", "Costs 30 Cents More Than Last Year", "Rise By 10 Cents Next Year" (not "99 Cents Only Stores").
    static let wordsAfterHeadlineCents: WordSet = [
        "a", "an", "more", "less", "next", "last", "this", "per", "each", "higher", "lower", "cheaper", "dearer", "extra",
        "overnight", "nationwide", "statewide", "apiece", "again", "today", "tomorrow", "now", "instead", "too", "since",
        "weekly", "monthly", "daily", "yearly", "annually",
    ]
    /// Marks before a spaced capital "A" and "$" that make the "A" the article opening a phrase: `"A $5 fee is fair"`, `The
    /// verdict: A $2 million fine`, `UPDATE 2-A $4bn deal` (not a comma: `In Perth, A $5 million grant`).
    static let marksBeforeAnArticle: Set<String> = ["\"", "“", "‘", "'", ":", "-", "–", "—", "(", "["]

    /// Symbols written before the amount, keyed by the letters written straight before "$".
    static let dollarPrefixes: WordTable<String> = [
        "": "USD", "us": "USD", "hk": "HKD", "s": "SGD", "a": "AUD", "au": "AUD", "c": "CAD",
        "ca": "CAD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN", "usd": "USD", "hkd": "HKD", "sgd": "SGD",
        "aud": "AUD", "cad": "CAD", "nzd": "NZD", "mxn": "MXN", "twd": "TWD", "mex": "MXN", "n": "NAD",
        "fj": "FJD", "j": "JMD", "tt": "TTD", "ec": "XCD", "bds": "BBD", "bz": "BZD",
    ]

    /// Letters written straight before "£" that name another pound: "E£1,000" (Egypt's), "S£" (Syria's), "L£" (Lebanon's).
    static let poundPrefixes: [String: String] = ["E": "EGP", "LE": "EGP", "S": "SYP", "L": "LBP"]

    /// Words before a small number at the end of its clause before "won" that make it a count of winners: "Of the 8 finalists,
    /// only 2 won.", "and 3 won" (the clause's opening, as a comma or the sentence's start is).
    static let wordsOpeningCountsOfWinners: WordSet = ["and", "but", "only", "just", "while"]

    /// Other currency symbols. `¥` is resolved from context (see `yenYuanClues`).
    static let symbols: WordTable<String> = [
        "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₫": "VND",
        "₱": "PHP", "₦": "NGN", "৳": "BDT", "₪": "ILS", "฿": "THB", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "₴": "UAH",
        // ("GH₵50 a month": the cedi's sign, after Ghana's letters or alone.)
        "₵": "GHS",
    ]

    /// Abbreviations written before an amount, capitalised, with or without a full stop: "Rs 500
    /// crore", "Rs. 5,000", "Rs500", "Rp 15,000". "Rs" (INR here) is whichever rupee `rupeeClues` names.
    /// ("Dh57.3 billion", "Dhs 500": the UAE dirham as Gulf papers write it.)
    /// ("Tk 21,000 crore": the Bangladeshi taka as Dhaka papers write it.)
    /// ("Kč 200 billion": the Czech koruna.)
    static let abbreviationsBefore: WordTable<String> = [
        "rs": "INR", "rp": "IDR", "dh": "AED", "dhs": "AED", "tk": "BDT", "kč": "CZK",
    ]

    /// Signs written in lower case before an amount, in any case: "zł 2,800" (the złoty).
    static let lowerCaseSignsBefore: WordTable<String> = ["zł": "PLN"]
    /// Letters before a slash that make a currency's sign, as written: "S/ 0.80" (the Peruvian sol).
    static let lettersBeforeSlash: [String: String] = ["S": "PEN"]

    /// Abbreviations written in capitals against the amount: "RM1.2 billion" (ringgit).
    /// ("QR2 billion", "KD3 million", "BD50 million": Gulf papers' riyal and dinars.)
    /// ("SR283 billion", "SR 5 million": the Saudi riyal.)
    /// ("JD2.75": the Jordanian dinar.)
    /// ("NIS 4.2 billion": the new Israeli shekel as Israeli papers write it.)
    static let capitalAbbreviationsBefore: WordTable<String> = [
        "rm": "MYR", "qr": "QAR", "kd": "KWD", "bd": "BHD", "sr": "SAR", "jd": "JOD", "nis": "ILS",
    ]

    /// Words that say which rupee "Rs" is; with none, or clues to two, the amount keeps `rupeeCodes`
    /// as candidates and no unit (Indian, Pakistani, Sri Lankan and Nepali papers all write "Rs").
    static let rupeeClues: WordTable<String> = [
        "india": "INR", "indian": "INR", "delhi": "INR", "mumbai": "INR", "bengaluru": "INR", "bangalore": "INR",
        "chennai": "INR", "kolkata": "INR", "sensex": "INR", "nifty": "INR", "rbi": "INR", "hyderabad": "INR", "pune": "INR",
        "maharashtra": "INR", "karnataka": "INR", "kerala": "INR", "gujarat": "INR", "pakistan": "PKR", "pakistani": "PKR",
        "uttarakhand": "INR", "dehradun": "INR", "lucknow": "INR", "jaipur": "INR", "rajasthan": "INR", "bihar": "INR",
        "patna": "INR", "haryana": "INR", "gurugram": "INR", "noida": "INR", "odisha": "INR", "bhubaneswar": "INR", "assam": "INR",
        "guwahati": "INR", "telangana": "INR", "ahmedabad": "INR", "bhopal": "INR", "goa": "INR", "kochi": "INR", "chandigarh": "INR",
        "jharkhand": "INR", "ranchi": "INR", "chhattisgarh": "INR", "sebi": "INR", "bjp": "INR", "modi": "INR",
        "karachi": "PKR", "islamabad": "PKR", "lahore": "PKR", "rawalpindi": "PKR", "peshawar": "PKR", "sindh": "PKR",
        "balochistan": "PKR", "quetta": "PKR", "faisalabad": "PKR", "multan": "PKR", "khyber": "PKR", "lanka": "LKR",
        "lankan": "LKR", "colombo": "LKR", "nepal": "NPR", "nepali": "NPR", "nepalese": "NPR", "kathmandu": "NPR",
        // More of India's states, cities and institutions (not Punjab or Kashmir, shared with Pakistan).
        "ludhiana": "INR", "amritsar": "INR", "jalandhar": "INR", "srinagar": "INR", "gulmarg": "INR", "jammu": "INR",
        "ladakh": "INR", "himachal": "INR", "shimla": "INR", "uttar": "INR", "kanpur": "INR", "varanasi": "INR", "agra": "INR",
        "nagpur": "INR", "indore": "INR", "surat": "INR", "vadodara": "INR", "visakhapatnam": "INR", "vijayawada": "INR",
        "andhra": "INR", "madurai": "INR", "coimbatore": "INR", "mysuru": "INR", "mysore": "INR", "mangaluru": "INR",
        "thiruvananthapuram": "INR", "kozhikode": "INR", "meghalaya": "INR", "shillong": "INR", "manipur": "INR",
        "mizoram": "INR", "nagaland": "INR", "tripura": "INR", "sikkim": "INR", "arunachal": "INR", "bengal": "INR",
        "nse": "INR", "bse": "INR", "isro": "INR", "lok": "INR", "rajya": "INR",
        // (Tamil Nadu by its second word: "Tamil" alone is Sri Lankan too; the Pradeshes by their first, Nepal has its own.)
        "nadu": "INR", "madhya": "INR", "puducherry": "INR", "pondicherry": "INR", "nilgiris": "INR", "ooty": "INR",
        "darjeeling": "INR", "sivakasi": "INR", "tiruchirappalli": "INR", "trichy": "INR", "tirupati": "INR", "nashik": "INR",
        "aurangabad": "INR", "thane": "INR", "raipur": "INR", "jamshedpur": "INR", "dhanbad": "INR", "jodhpur": "INR",
        "udaipur": "INR", "gwalior": "INR", "jabalpur": "INR", "meerut": "INR", "ghaziabad": "INR", "faridabad": "INR",
        "prayagraj": "INR", "allahabad": "INR", "gorakhpur": "INR", "siliguri": "INR", "cuttack": "INR", "kolhapur": "INR",
        "solapur": "INR", "hubballi": "INR", "belagavi": "INR", "thrissur": "INR", "panaji": "INR", "imphal": "INR",
        "aizawl": "INR", "kohima": "INR", "agartala": "INR", "gangtok": "INR", "warangal": "INR", "guntur": "INR",
        "gujranwala": "PKR", "sialkot": "PKR", "kandy": "LKR", "jaffna": "LKR", "pokhara": "NPR",
    ]
    static let rupeeCodes = ["INR", "PKR", "LKR", "NPR"]

    /// Letters a currency is written with only in its own country's papers, against the amount:
    /// "R21.46" (rand), "N70,000" (naira), "Sh1.36 trillion" (shilling), "P5,000" (peso), "KSh42.7
    /// billion". Each is read only as written here (case too), and, except "KSh", only when the text's
    /// places name one of its currencies (`countryClues`): "P5" in a British paper is no peso.
    static let localAbbreviationsBefore: [String: (written: String, codes: [String])] = [
        "r": ("R", ["ZAR"]), "n": ("N", ["NGN"]), "sh": ("Sh", ["KES", "UGX", "TZS"]), "p": ("P", ["PHP"]),
    ]
    /// Shillings written with their country's letter, read wherever the text is: "KSh42.7 billion", "USh35,000", "TSh95 billion".
    static let shillingsByCountry: [String: (written: String, code: String)] = [
        "ksh": ("KSh", "KES"), "ush": ("USh", "UGX"), "tsh": ("TSh", "TZS"),
    ]
    /// Local letters read before a large amount (a scale word or thousands) even in a text naming no
    /// country: "R5.3 billion", "N70,000" ("P" is also Botswana's pula, "Sh" three shillings).
    static let largeAmountLetters: WordSet = ["r", "n"]
    /// Units a price is asked per, after "a" or "per", that make a short whole number after a local letter an amount: "R22 a
    /// loaf", "P52 a kilo", "Sh120 per trip".
    static let unitsOfSale: WordSet = [
        "kilo", "kg", "kilogram", "litre", "liter", "loaf", "month", "night", "ticket", "unit", "bag", "dozen", "trip", "ride",
        "meal", "head", "share", "barrel", "tonne", "ton", "box", "bottle", "packet", "cup",
        "pint", "plate", "kwh",
    ]
    /// Spans of time a wage is paid per, after "a" or "per", that make a short whole number after a local letter an amount
    /// when a word of pay (`wordsOfPay`) stands before it in the clause: "paying each Sh700 a day".
    static let unitsOfPay: WordSet = ["day", "week", "hour", "shift", "year"]
    static let wordsOfPay: WordSet = [
        "pay", "pays", "paid", "paying", "earn", "earns", "earned", "earning", "wage", "wages", "salary", "salaries", "allowance",
        "stipend", "stipends", "got", "get", "gets", "receive", "receives", "received", "receiving",
    ]
    /// Words before a local letter that make a short whole number after it an amount: "costs R220"
    /// (not "of", "to", "and": "ran out of N95 masks", "the N1 to N2 link").
    /// Verbs of price before a bound and pence: "Councils charge up to 50p", "Tickets cost about 50p".
    /// Nouns of what is paid or changed in pence, after "a 5p": "a 5p charge", "the 10p rise", "a 50p coin".
    static let nounsOfPence: WordSet = [
        "charge", "levy", "rise", "increase", "cut", "fee", "tax", "coin", "coins", "piece", "stamp", "surcharge", "discount", "hike",
        "fare", "premium", "reduction", "duty",
    ]
    static let priceVerbsBeforeBounds: WordSet = ["cost", "costs", "costing", "charge", "charges", "charged", "pay", "pays", "paid"]
    static let priceWordsBefore: WordSet = [
        "cost", "costs", "costing", "for", "paid", "pay", "pays", "charge", "charged", "fined", "earn", "earns", "about",
        "around", "only", "just", "under", "than", "from", "between", "at",
    ]
    /// Currency names shared between countries, read as the text's country's when its places name one
    /// (`countryClues`): "3 billion pesos" in Manila, "5 million shillings" in Kenya. With none, "pesos"
    /// stays Mexican and "shillings" no currency.
    static let localNames: WordTable<[String]> = [
        "pesos": ["PHP", "MXN", "COP", "CLP", "ARS", "UYU", "DOP", "CUP"],
        "peso": ["PHP", "MXN", "COP", "CLP", "ARS", "UYU", "DOP", "CUP"],
        "shillings": ["KES", "UGX", "TZS"], "shilling": ["KES", "UGX", "TZS"], "rand": ["ZAR"], "dong": ["VND"], "soles": ["PEN"],
        "dinars": ["JOD", "KWD", "BHD", "IQD", "DZD", "TND", "LYD", "RSD"],
        "dinar": ["JOD", "KWD", "BHD", "IQD", "DZD", "TND", "LYD", "RSD"],
        "dirhams": ["AED", "MAD"], "dirham": ["AED", "MAD"], "cfa": ["XOF", "XAF"],
    ]
    /// Kenya's towns and counties, as its papers name them, read only when `countryClues` names no country: "In Eldoret, a 90kg
    /// bag sold for Sh3,600" (not "Turkana cattle bought in Kampala", of Uganda).
    static let kenyanPlaces: WordSet = [
        "nakuru", "eldoret", "thika", "nyeri", "machakos", "kakamega", "garissa", "kitale", "malindi", "naivasha", "narok",
        "kericho", "baringo", "samburu", "turkana", "kiambu", "kajiado", "kilifi", "kwale", "laikipia", "bungoma", "migori",
        "siaya", "nyandarua", "wajir", "mandera", "marsabit", "isiolo", "kirinyaga", "makueni", "kitui", "vihiga", "nyamira",
    ]
    /// Places and institutions that say which country's currency a local abbreviation or name is.
    /// (Two-word names are keyed with their space: "south africa".)
    static let countryClues: WordTable<String> = [
        "south africa": "ZAR", "south african": "ZAR", "johannesburg": "ZAR", "pretoria": "ZAR", "durban": "ZAR",
        "cape town": "ZAR", "soweto": "ZAR", "gauteng": "ZAR", "eskom": "ZAR", "ramaphosa": "ZAR", "jse": "ZAR", "transnet": "ZAR",
        "springboks": "ZAR", "kwazulu-natal": "ZAR", "rand": "ZAR", "sandton": "ZAR", "sasol": "ZAR", "shoprite": "ZAR",
        "naspers": "ZAR", "gautrain": "ZAR", "nigeria": "NGN", "nigerian": "NGN", "nigerians": "NGN", "lagos": "NGN",
        "abuja": "NGN", "tinubu": "NGN", "kano": "NGN", "naira": "NGN", "kenya": "KES", "kenyan": "KES", "kenyans": "KES",
        "nairobi": "KES", "mombasa": "KES", "kisumu": "KES", "ruto": "KES",
        "uganda": "UGX", "ugandan": "UGX", "kampala": "UGX",
        "tanzania": "TZS", "tanzanian": "TZS", "dodoma": "TZS", "philippines": "PHP", "philippine": "PHP", "filipino": "PHP",
        "filipinos": "PHP", "manila": "PHP", "cebu": "PHP", "davao": "PHP", "mindanao": "PHP", "luzon": "PHP", "mindoro": "PHP",
        "quezon": "PHP", "marcos": "PHP", "mexico": "MXN", "mexican": "MXN", "korea": "KRW", "korean": "KRW", "seoul": "KRW",
        "samsung": "KRW",
        "hyundai": "KRW", "kia": "KRW", "kospi": "KRW", "russia": "RUB", "russian": "RUB", "moscow": "RUB", "kremlin": "RUB",
        "gazprom": "RUB", "sberbank": "RUB", "rosneft": "RUB",
        "colombia": "COP", "colombian": "COP", "colombians": "COP", "bogota": "COP", "bogotá": "COP", "medellin": "COP",
        "medellín": "COP", "chile": "CLP", "chilean": "CLP", "chileans": "CLP", "valparaiso": "CLP", "valparaíso": "CLP",
        "argentina": "ARS", "argentine": "ARS", "argentinian": "ARS", "argentines": "ARS", "buenos aires": "ARS", "milei": "ARS",
        "uruguay": "UYU", "uruguayan": "UYU", "montevideo": "UYU", "cuba": "CUP", "cuban": "CUP", "havana": "CUP",
        "vietnam": "VND", "vietnamese": "VND", "hanoi": "VND", "saigon": "VND", "peru": "PEN", "peruvian": "PEN", "lima": "PEN",
        "jordanian": "JOD", "amman": "JOD", "kuwait": "KWD", "kuwaiti": "KWD", "bahrain": "BHD", "bahraini": "BHD", "manama": "BHD",
        "iraq": "IQD", "iraqi": "IQD", "baghdad": "IQD", "erbil": "IQD", "algeria": "DZD", "algerian": "DZD", "algiers": "DZD",
        "tunisia": "TND", "tunisian": "TND", "tunis": "TND", "libya": "LYD", "libyan": "LYD", "serbia": "RSD", "serbian": "RSD",
        "belgrade": "RSD", "morocco": "MAD", "moroccan": "MAD", "rabat": "MAD", "casablanca": "MAD", "marrakech": "MAD",
        "marrakesh": "MAD", "tangier": "MAD", "fes": "MAD", "fez": "MAD", "agadir": "MAD",
        // (Dirhams paid in the Emirates are theirs: "A Moroccan worker in Dubai earns 3,000 dirhams" names two.)
        "dubai": "AED", "uae": "AED", "sharjah": "AED", "abu dhabi": "AED",
        "cameroon": "XAF", "yaounde": "XAF", "douala": "XAF", "gabon": "XAF", "libreville": "XAF", "brazzaville": "XAF",
        "chadian": "XAF", "equatorial guinea": "XAF", "malabo": "XAF", "central african": "XAF", "bangui": "XAF",
        "senegal": "XOF", "dakar": "XOF", "mali": "XOF", "bamako": "XOF", "burkina": "XOF", "ouagadougou": "XOF",
        "niamey": "XOF", "togo": "XOF", "ivory coast": "XOF", "abidjan": "XOF", "ivorian": "XOF",
    ]

    /// First words of the two-word places in the clue tables ("south africa", "cape town").
    static let twoWordPlaceStarts: WordSet = ["south", "cape", "buenos", "abu", "equatorial", "central", "ivory"]

    /// Words that say which krone a bare "kroner" is ("Norwegian kroner", "Swedish kronor" are names).
    static let kronerClues: WordTable<String> = [
        "norway": "NOK", "norwegian": "NOK", "oslo": "NOK", "equinor": "NOK", "denmark": "DKK", "danish": "DKK",
        "copenhagen": "DKK", "greenland": "DKK", "faroe": "DKK",
    ]

    /// Words that say which krona or krone a bare "kr" is: those of `kronerClues`, and Sweden's and Iceland's.
    static let krClues = WordTable<String>(
        kronerClues.keys.compactMap { key in kronerClues[key].map { (key, $0) } } + [
            ("sweden", "SEK"), ("swedish", "SEK"), ("stockholm", "SEK"), ("gothenburg", "SEK"), ("malmo", "SEK"), ("malmö", "SEK"),
            ("iceland", "ISK"), ("icelandic", "ISK"), ("reykjavik", "ISK"),
        ])

    /// Symbols written only after an amount: "100元", "5,000円".
    static let symbolsAfter: WordTable<String> = ["元": "CNY", "円": "JPY", "원": "KRW"]

    /// Hundredths written as words after an amount.
    static let hundredths: WordTable<String> = [
        "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP", "p": "GBP", "paise": "INR", "paisa": "INR",
        "piastres": "EGP", "piasters": "EGP",
    ]
    /// Places of Egypt, in whose text piastres are the Egyptian pound's hundredths.
    static let egyptClues: WordSet = ["egypt", "egyptian", "egyptians", "cairo", "alexandria", "giza", "luxor", "aswan", "suez"]
    /// Currencies written after amounts with a decimal comma in their own countries: "4,40 zł", "49,90 Kč".
    static let decimalCommaCurrencies: WordSet = ["zł", "kč", "złoty", "zloty", "zlotys", "euro", "euros"]

    /// Words of a text about pounds sterling, in which "3p" is three pence.
    /// ("litre", "pint": British spellings and measures that prices in pence go with: "25p a litre".)
    /// Words of share prices and of prices, in whose sentence a number with a glued "p" is pence: "Shares jumped 9% to 412p",
    /// "The price of milk rose 3p to 48p" (not a video line, "1080p").
    static let sharePriceWords: WordSet = [
        "shares", "share", "dividend", "dividends", "ftse", "stock", "stocks", "pence", "price", "prices", "priced", "fare", "fares",
        "fee", "fees",
    ]
    static let poundClues: WordSet = ["£", "pence", "sterling", "gbp", "penny", "pound", "pounds", "litre", "litres", "pint", "pints"]

    /// The yen/yuan sign; which one is decided by words elsewhere in the text.
    static let yenYuanSymbols: WordSet = ["¥", "￥"]
    static let yenYuanClues: [(word: String, code: String)] = [
        ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("china", "CNY"), ("chinese", "CNY"),
        ("yen", "JPY"), ("japan", "JPY"), ("japanese", "JPY"), ("tokyo", "JPY"), ("osaka", "JPY"), ("kyoto", "JPY"),
        ("beijing", "CNY"), ("shanghai", "CNY"), ("shenzhen", "CNY"),
    ]

    /// ISO 4217 codes (and RMB) written as words before or after an amount.
    static let codes: WordSet = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "sgd", "aud", "cad", "nzd", "chf", "inr",
        "krw", "twd", "rub", "brl", "mxn", "zar", "sek", "nok", "dkk", "try", "thb", "myr", "idr",
        "php", "vnd", "aed", "sar", "pln", "czk", "huf", "ils", "ngn", "egp", "pkr", "btc", "kes", "ugx", "tzs", "ghs",
        // (Not "cop", "npr": "COP30", "NPR" are a summit and a broadcaster far more often.)
        "omr", "qar", "kwd", "bhd", "jod", "ars", "clp", "ron", "bdt", "lkr", "isk", "uah",
        "uzs", "iqd", "dzd", "tnd", "lyd", "rsd", "uyu", "dop", "mad", "pen", "kzt", "mmk", "etb",
        "rwf", "bif", "cdf", "gnf", "mwk", "zmw", "mzn", "xof", "xaf", "bwp", "mur",
    ]

    /// Codes that are also ordinary English words; only read upper-case.
    static let codesThatAreWords: WordSet = [
        "try", "php", "sar", "cad", "rub", "all", "top", "mad", "bob", "cup", "gel", "pen", "ron", "ars", "jod", "isk",
    ]

    /// Currency names after an amount: the phrase (lower-case words) and its code.
    /// Longer phrases are tried first.
    static let names: [(words: [String], code: String)] = [
        (["us", "dollars"], "USD"), (["us", "dollar"], "USD"), (["u.s", ".", "dollars"], "USD"),
        (["hong", "kong", "dollars"], "HKD"), (["singapore", "dollars"], "SGD"),
        (["australian", "dollars"], "AUD"), (["canadian", "dollars"], "CAD"),
        (["new", "taiwan", "dollars"], "TWD"), (["taiwan", "dollars"], "TWD"),
        (["new", "zealand", "dollars"], "NZD"), (["swiss", "francs"], "CHF"),
        (["pounds", "sterling"], "GBP"), (["british", "pounds"], "GBP"),
        (["dollars"], "USD"), (["dollar"], "USD"), (["yuan"], "CNY"), (["renminbi"], "CNY"),
        (["euros"], "EUR"), (["euro"], "EUR"), (["pounds"], "GBP"), (["pound"], "GBP"),
        (["sterling"], "GBP"), (["yen"], "JPY"), (["rupees"], "INR"), (["rupee"], "INR"),
        (["won"], "KRW"), (["rubles"], "RUB"), (["roubles"], "RUB"), (["francs"], "CHF"),
        (["ringgit"], "MYR"), (["baht"], "THB"), (["rupiah"], "IDR"), (["dong"], "VND"),
        (["rand"], "ZAR"), (["reais"], "BRL"), (["dirhams"], "AED"), (["riyals"], "SAR"),
        (["lira"], "TRY"), (["pesos"], "MXN"), (["naira"], "NGN"), (["bitcoins"], "BTC"), (["bitcoin"], "BTC"),
        (["chinese", "yuan"], "CNY"), (["turkish", "lira"], "TRY"), (["indian", "rupees"], "INR"),
        (["finnish", "markka"], "FIM"), (["markka"], "FIM"), (["dutch", "guilders"], "NLG"), (["guilders"], "NLG"),
        (["pesetas"], "ESP"), (["deutsche", "marks"], "DEM"), (["french", "francs"], "FRF"), (["lire"], "ITL"),
        (["norwegian", "kroner"], "NOK"), (["danish", "kroner"], "DKK"), (["swedish", "kronor"], "SEK"), (["kronor"], "SEK"),
        (["swedish", "krona"], "SEK"), (["icelandic", "kronur"], "ISK"),
        // The English "crowns", and a currency named in the singular before a noun ("3 billion Swiss franc savings").
        (["danish", "crowns"], "DKK"), (["swedish", "crowns"], "SEK"), (["norwegian", "crowns"], "NOK"),
        (["czech", "crowns"], "CZK"), (["swiss", "franc"], "CHF"), (["omani", "rials"], "OMR"), (["qatari", "riyals"], "QAR"),
        (["saudi", "riyals"], "SAR"), (["kuwaiti", "dinars"], "KWD"), (["bahraini", "dinars"], "BHD"), (["egyptian", "pounds"], "EGP"),
        (["uae", "dirhams"], "AED"), (["emirati", "dirhams"], "AED"),
        // Currencies of one country each, by their English names.
        (["zlotys"], "PLN"), (["zloty"], "PLN"), (["zlotych"], "PLN"), (["forints"], "HUF"), (["forint"], "HUF"),
        (["hryvnias"], "UAH"), (["hryvnia"], "UAH"), (["hryvnas"], "UAH"), (["shekels"], "ILS"), (["shekel"], "ILS"),
        (["taka"], "BDT"), (["kyat"], "MMK"), (["kyats"], "MMK"), (["tenge"], "KZT"), (["patacas"], "MOP"), (["pataca"], "MOP"),
        (["pula"], "BWP"), (["kwacha"], "ZMW"), (["birr"], "ETB"), (["leva"], "BGN"),
        (["lei"], "RON"), (["afghanis"], "AFN"), (["rufiyaa"], "MVR"), (["lempiras"], "HNL"), (["quetzales"], "GTQ"),
        (["guaranis"], "PYG"), (["bolivares"], "VES"), (["bolivars"], "VES"), (["tugriks"], "MNT"), (["somoni"], "TJS"),
        (["riyal"], "SAR"), (["dirham"], "AED"), (["ringgits"], "MYR"),
        (["ரூ"], "LKR"), (["korean", "won"], "KRW"), (["japanese", "yen"], "JPY"), (["mexican", "pesos"], "MXN"), (["us", "dollar"], "USD"),
        // Pesos, dinars and dirhams named by their country (bare, they are the text's country's: `localNames`).
        (["colombian", "pesos"], "COP"), (["chilean", "pesos"], "CLP"), (["argentine", "pesos"], "ARS"),
        (["argentinian", "pesos"], "ARS"), (["philippine", "pesos"], "PHP"), (["uruguayan", "pesos"], "UYU"),
        (["dominican", "pesos"], "DOP"), (["cuban", "pesos"], "CUP"), (["vietnamese", "dong"], "VND"), (["peruvian", "soles"], "PEN"),
        (["uzbek", "soums"], "UZS"), (["soums"], "UZS"), (["jordanian", "dinars"], "JOD"),
        (["iraqi", "dinars"], "IQD"), (["algerian", "dinars"], "DZD"), (["tunisian", "dinars"], "TND"), (["libyan", "dinars"], "LYD"),
        (["serbian", "dinars"], "RSD"), (["moroccan", "dirhams"], "MAD"),
        // Shillings and francs named by their country.
        (["kenyan", "shillings"], "KES"), (["ugandan", "shillings"], "UGX"), (["tanzanian", "shillings"], "TZS"),
        (["somali", "shillings"], "SOS"), (["rwandan", "francs"], "RWF"), (["burundian", "francs"], "BIF"),
        (["congolese", "francs"], "CDF"), (["guinean", "francs"], "GNF"),
        (["złoty"], "PLN"), (["złotys"], "PLN"), (["złotych"], "PLN"), (["zł"], "PLN"), (["kč"], "CZK"),
        // (Not "cedis": the rule packs' example adds it, `Pipelines/packs/trade-fairs.yml`.)
        (["cfa", "francs"], "XOF"), (["cfa", "franc"], "XOF"),
    ]

    /// Currency names that are ordinary words as often ("Bolt's 100m won him gold"): no "m" before them makes
    /// millions (nor before any currency word joined on by a hyphen, "a 400m pound-for-pound run").
    static let wordsOfOtherUse: Set<String> = ["won", "dong", "penny", "cent"]

    /// Currency names that are also units of weight or ordinary words: after them, these
    /// words mean the phrase is not money ("5 pounds of flour", "won the race").
    static let ambiguousNames: WordTable<Set<String>> = [
        "pounds": ["of", "heavier", "lighter", "overweight"],
        "pound": ["of", "bag", "weight"],
        "won": ["the", "a", "an", "in", "by", "over", "against", "their", "his", "her"],
        "rand": [],
        "dong": [],
    ]

    /// Currency names that are also weights, and the words a few words before the number that make
    /// them weights: "weighs 80 pounds", "clocked in at 243 pounds", "tipped the scales at 300 pounds".
    static let weightNames: WordSet = ["pounds", "pound"]
    static let weightWords: WordSet = ["weigh", "weighs", "weighed", "weighing", "weight", "weighted", "clocked", "scales", "heavier"]

    /// Verbs before "at" and a price that are not part of what it measures: "the stock trades at $45".
    static let priceVerbs: WordSet = [
        "trades", "trade", "trading", "sells", "sell", "selling", "sold", "costs", "cost", "closed", "settled", "opened", "ended",
        "finished", "stood", "stands", "stand", "starts", "start", "started", "priced", "listed", "retails", "retail", "comes", "came",
        "peaked", "bottomed", "topped", "capped", "set", "fixed", "pegged",
    ]

    /// Phrases before a money amount that name what it measures: "a total investment of".
    static let subjectLinks: WordSet = ["of", "worth", "totaling", "totalling", "valued", "exceeding", "topping", "at"]

    /// Currency names by their first word, in priority order (longer phrases first).
    static let namesByFirstWord: [String: [(words: [String], code: String)]] = {
        var index: [String: [(words: [String], code: String)]] = [:]
        for entry in names { index[entry.words[0], default: []].append(entry) }
        return index
    }()

    static let singleWordNames: Set<String> = Set(names.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// Units of a price rate written after an amount with "/" or "-a-": "$9.99/month", "$7.99/mo",
    /// "$0.03/kWh", "$6.99-a-month". The amount is money; the rate's unit does not make it a code.
    static let rateUnits: WordSet = [
        "month", "mo", "year", "yr", "week", "wk", "day", "night", "hour", "hr", "minute", "min", "person", "head", "share",
        "barrel", "bbl", "ton", "tonne", "kg", "lb", "litre", "liter", "gallon", "kwh", "mwh", "w", "watt", "user", "seat",
        "ticket", "unit", "item", "sq", "square", "metre", "meter", "foot", "ft", "mile", "km", "pound", "ounce", "oz",
    ]
}
