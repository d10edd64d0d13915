/// Holidays read as days: "Christmas Day", "on Christmas Eve", "Thanksgiving", "Black Friday",
/// "Good Friday", "New Year's Eve 2019", "last Christmas", "Lunar New Year", "Diwali", "Yom Kippur".
///
/// Positive: "Sales rose on Black Friday" (the day after the fourth Thursday of November), "Christmas
/// Day 2019" (2019-12-25), "before Easter" (Easter Sunday by the Gregorian computus).
/// Negative: "the Christmas tree", "Easter eggs", "on Christmas Island" (a bare "Christmas" or
/// "Easter" is a day only after a date preposition or a relative word, at the end of its phrase);
/// "the Good Friday Agreement" (a capitalised word after makes a name); "christmas eve" in lower
/// case; "Independence Day", "Labour Day" and "Mother's Day" (their days differ by country).
enum HolidayRules {
    /// How a holiday's day is found in a year.
    enum Day: Sendable {
        /// The same month and day every year.
        case fixed(month: Int, day: Int)
        /// The nth weekday of a month (ISO weekday; n = -1 for the last).
        case nthWeekday(month: Int, weekday: Int, n: Int)
        /// Days after the fourth Thursday of November (US Thanksgiving).
        case afterThanksgiving(days: Int)
        /// Days after Easter Sunday.
        case afterEaster(days: Int)
        /// Days after a day of a lunar or lunisolar calendar, looked up by year (`Listed`).
        case listed(Listed, after: Int)
    }

    /// Holidays of lunar and lunisolar calendars, by Gregorian year: month × 100 + day, from
    /// `firstYear` on. Outside the years listed the holiday has no day (it is never guessed).
    /// The days were computed with the `lunardate` and `convertdate` packages and checked against the
    /// public-holiday lists of the `holidays` package (PyPI).
    enum Listed: Sendable {
        /// The first day of the Chinese calendar's year ("Lunar New Year", "Chinese New Year"), 1990–2040.
        case lunarNewYear
        /// 1 Tishrei ("Rosh Hashanah", two days), 1990–2040; Yom Kippur is nine days later.
        case roshHashanah
        /// 25 Kislev, the first full day of Hanukkah (eight days), 1990–2040.
        case hanukkah
        /// Diwali as India's central government lists it, 2001–2035.
        case diwali

        var firstYear: Int { self == .diwali ? 2001 : 1990 }

        var monthDays: [Int] {
            switch self {
            case .lunarNewYear: Self.lunarNewYearDays
            case .roshHashanah: Self.roshHashanahDays
            case .hanukkah: Self.hanukkahDays
            case .diwali: Self.diwaliDays
            }
        }

        private static let lunarNewYearDays: [Int] = [
            127, 215, 204, 123, 210, 131, 219, 207, 128, 216, 205, 124, 212, 201, 122, 209, 129, 218, 207, 126, 214,
            203, 123, 210, 131, 219, 208, 128, 216, 205, 125, 212, 201, 122, 210, 129, 217, 206, 126, 213, 203, 123,
            211, 131, 219, 208, 128, 215, 204, 124, 212,
        ]
        private static let roshHashanahDays: [Int] = [
            920, 909, 928, 916, 906, 925, 914, 1002, 921, 911, 930, 918, 907, 927, 916, 1004, 923, 913, 930, 919,
            909, 929, 917, 905, 925, 914, 1003, 921, 910, 930, 919, 907, 926, 916, 1003, 923, 912, 1002, 921, 910,
            928, 918, 906, 924, 914, 1004, 922, 910, 930, 919, 908,
        ]
        private static let hanukkahDays: [Int] = [
            1212, 1202, 1220, 1209, 1128, 1218, 1206, 1224, 1214, 1204, 1222, 1210, 1130, 1220, 1208, 1226, 1216,
            1205, 1222, 1212, 1202, 1221, 1209, 1128, 1217, 1207, 1225, 1213, 1203, 1223, 1211, 1129, 1219, 1208,
            1226, 1215, 1205, 1225, 1213, 1202, 1221, 1210, 1128, 1217, 1207, 1226, 1214, 1203, 1222, 1212, 1130,
        ]
        private static let diwaliDays: [Int] = [
            1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105, 1026, 1113, 1103, 1023, 1111, 1030, 1019,
            1107, 1027, 1114, 1104, 1024, 1112, 1031, 1020, 1108, 1029, 1017, 1105, 1026, 1114, 1102, 1022, 1110,
            1030,
        ]

        /// The listed day in `year`, nil outside the years listed.
        func day(in year: Int) -> CalendarDate? {
            let days = monthDays
            guard year >= firstYear, year - firstYear < days.count else { return nil }
            let md = days[year - firstYear]
            return CalendarDate(year: year, month: md / 100, day: md % 100)
        }
    }

    /// How many days a holiday lasts: Rosh Hashanah two, Hanukkah eight, any other one.
    static func length(_ day: Day) -> Int {
        switch day {
        case .listed(.roshHashanah, after: 0): 2
        case .listed(.hanukkah, after: 0): 8
        default: 1
        }
    }

    /// The holidays by their words (lower case), the longest phrases first. `bare`: one word that is
    /// also an adjective ("Christmas shopping"), read only after a date preposition.
    static let phrases: [(words: [String], day: Day, bare: Bool)] =
        namedPhrases
        + saintsDays([
            ("patrick's", 3, 17), ("stephen's", 12, 26), ("andrew's", 11, 30), ("george's", 4, 23),
            ("david's", 3, 1),
        ])

    /// Names of the countries and churches that keep a saint's day on another day, in a text of which the day is not read:
    /// Hungary's St Stephen's Day is 20 August, the Orthodox churches' St George's Day 6 May.
    /// Names that make a text one of Australia or New Zealand (with no "American", "Americans" or "U.S."), which keep Father's
    /// Day on the first Sunday of September: the countries, their people, states and largest cities (one word of each).
    static let australasianNames: Set<String> = [
        "australia", "australian", "australians", "aussie", "aussies", "sydney", "melbourne", "brisbane", "adelaide", "canberra",
        "hobart", "queensland", "tasmania", "zealand", "zealanders", "auckland", "christchurch", "dunedin",
    ]
    static let saintsDaysKeptOtherwise: [String: WordSet] = [
        "stephen's": ["hungary", "hungarian", "hungarians", "budapest", "orthodox"],
        "george's": [
            "bulgaria", "bulgarian", "bulgarians", "russia", "russian", "russians", "serbia", "serbian", "serbians", "orthodox",
            "georgian", "georgians", "tbilisi",
        ],
    ]

    /// A saint's day written "St", "St." or "Saint": "St Stephen's Day" (Ireland's 26 December),
    /// "St. Andrew's Day", "Saint George's Day". Twelfth Night is left out: its day is the 5th of
    /// January to some and the 6th to others.
    static func saintsDays(_ saints: [(name: String, month: Int, day: Int)]) -> [(words: [String], day: Day, bare: Bool)] {
        saints.flatMap { saint in
            [["st"], ["st", "."], ["saint"]].map { ($0 + [saint.name, "day"], Day.fixed(month: saint.month, day: saint.day), false) }
        }
    }

    private static let namedPhrases: [(words: [String], day: Day, bare: Bool)] = [
        (["lunar", "new", "year"], .listed(.lunarNewYear, after: 0), false),
        (["chinese", "new", "year"], .listed(.lunarNewYear, after: 0), false),
        (["rosh", "hashanah"], .listed(.roshHashanah, after: 0), false),
        (["rosh", "hashana"], .listed(.roshHashanah, after: 0), false),
        (["yom", "kippur"], .listed(.roshHashanah, after: 9), false),
        (["hanukkah"], .listed(.hanukkah, after: 0), false), (["chanukah"], .listed(.hanukkah, after: 0), false),
        (["hanukah"], .listed(.hanukkah, after: 0), false),
        (["diwali"], .listed(.diwali, after: 0), false), (["deepavali"], .listed(.diwali, after: 0), false),
        (["new", "year's", "day"], .fixed(month: 1, day: 1), false),
        (["new", "year's", "eve"], .fixed(month: 12, day: 31), false),
        (["christmas", "eve"], .fixed(month: 12, day: 24), false),
        (["christmas", "day"], .fixed(month: 12, day: 25), false),
        (["boxing", "day"], .fixed(month: 12, day: 26), false),
        (["valentine's", "day"], .fixed(month: 2, day: 14), false),
        (["april", "fools'", "day"], .fixed(month: 4, day: 1), false), (["april", "fool's", "day"], .fixed(month: 4, day: 1), false),
        (["april", "fools", "'", "day"], .fixed(month: 4, day: 1), false), (["april", "fools", "day"], .fixed(month: 4, day: 1), false),
        (["thanksgiving", "day"], .afterThanksgiving(days: 0), false),
        (["black", "friday"], .afterThanksgiving(days: 1), false),
        (["cyber", "monday"], .afterThanksgiving(days: 4), false),
        (["good", "friday"], .afterEaster(days: -2), false),
        (["easter", "saturday"], .afterEaster(days: -1), false),
        (["easter", "sunday"], .afterEaster(days: 0), false),
        (["easter", "monday"], .afterEaster(days: 1), false),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1), false),
        // UK bank holidays (England and Wales): the first and last Mondays of May, the last of August.
        (["early", "may", "bank", "holiday"], .nthWeekday(month: 5, weekday: 1, n: 1), false),
        (["may", "bank", "holiday"], .nthWeekday(month: 5, weekday: 1, n: 1), false),
        (["spring", "bank", "holiday"], .nthWeekday(month: 5, weekday: 1, n: -1), false),
        (["august", "bank", "holiday"], .nthWeekday(month: 8, weekday: 1, n: -1), false),
        (["summer", "bank", "holiday"], .nthWeekday(month: 8, weekday: 1, n: -1), false),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1), false),
        // International Workers' Day: "marched on May Day" (not a distress call, `afterDistressCalls`).
        (["may", "day"], .fixed(month: 5, day: 1), false),
        (["martin", "luther", "king", "day"], .nthWeekday(month: 1, weekday: 1, n: 3), false),
        (["bastille", "day"], .fixed(month: 7, day: 14), false),
        (["armistice", "day"], .fixed(month: 11, day: 11), false),
        (["remembrance", "day"], .fixed(month: 11, day: 11), false),
        (["veterans", "day"], .fixed(month: 11, day: 11), false),
        (["remembrance", "sunday"], .nthWeekday(month: 11, weekday: 7, n: 2), false),
        (["anzac", "day"], .fixed(month: 4, day: 25), false),
        (["australia", "day"], .fixed(month: 1, day: 26), false),
        (["canada", "day"], .fixed(month: 7, day: 1), false),
        (["juneteenth"], .fixed(month: 6, day: 19), false),
        (["bonfire", "night"], .fixed(month: 11, day: 5), false),
        (["guy", "fawkes", "night"], .fixed(month: 11, day: 5), false),
        (["burns", "night"], .fixed(month: 1, day: 25), false),
        (["hogmanay"], .fixed(month: 12, day: 31), false),
        (["waitangi", "day"], .fixed(month: 2, day: 6), false),
        (["presidents", "'", "day"], .nthWeekday(month: 2, weekday: 1, n: 3), false),
        (["presidents", "day"], .nthWeekday(month: 2, weekday: 1, n: 3), false),
        (["columbus", "day"], .nthWeekday(month: 10, weekday: 1, n: 2), false),
        (["father's", "day"], .nthWeekday(month: 6, weekday: 7, n: 3), false),
        (["mothering", "sunday"], .afterEaster(days: -21), false),
        (["shrove", "tuesday"], .afterEaster(days: -47), false),
        (["pancake", "day"], .afterEaster(days: -47), false),
        (["ash", "wednesday"], .afterEaster(days: -46), false),
        (["palm", "sunday"], .afterEaster(days: -7), false),
        (["maundy", "thursday"], .afterEaster(days: -3), false),
        (["halloween"], .fixed(month: 10, day: 31), false),
        (["thanksgiving"], .afterThanksgiving(days: 0), false),
        (["christmas"], .fixed(month: 12, day: 25), true),
        (["easter"], .afterEaster(days: 0), true),
    ]

    /// First words of the phrases (the date rule starts there).
    static let firstWords: [String] = Array(Set(phrases.map { $0.words[0] })).sorted()
    /// Words after "May Day" that make it a distress call: "issued a May Day call".
    static let afterDistressCalls: WordSet = ["call", "calls", "signal", "alert", "message", "messages"]
    /// Words of a holiday's name often written in lower case: "the May bank holiday".
    static let lowerCaseWords: Set<String> = ["bank", "holiday"]
    /// First words of a bank holiday's name also written in lower case: "the spring bank holiday", "the early May bank holiday".
    static let lowerCaseFirstWords: Set<String> = ["spring", "summer", "early"]

    /// Words before a bare "Christmas" or "Easter" that make it the day: "before Christmas", "at Easter".
    static let barePrepositions: WordSet = [
        "on", "at", "before", "after", "by", "until", "till", "since", "over", "during", "for", "from", "to", "through", "of",
        "last", "this", "next", "around", "ahead", "between",
    ]
    /// Words of a choice before "between", whose holidays make no span: "will choose between Christmas and Hanukkah".
    static let wordsOfChoice: WordSet = [
        "choose", "chose", "chosen", "choosing", "pick", "picking", "decide", "deciding", "choice", "split", "torn", "divided",
    ]

    /// The holiday's day in `year`.
    static func date(_ day: Day, in year: Int) -> CalendarDate? {
        switch day {
        case .fixed(let m, let d): return CalendarDate(year: year, month: m, day: d)
        case .nthWeekday(let m, let weekday, let n):
            guard let first = CalendarDate(year: year, month: m, day: 1) else { return nil }
            if n > 0 { return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1)) }
            guard let last = CalendarDate(year: year, month: m, day: CalendarDate.daysIn(month: m, year: year)) else { return nil }
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        case .afterThanksgiving(let days):
            return date(.nthWeekday(month: 11, weekday: 4, n: 4), in: year)?.adding(days: days)
        case .afterEaster(let days):
            return easterSunday(year)?.adding(days: days)
        case .listed(let listed, let days):
            return listed.day(in: year)?.adding(days: days)
        }
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
