/// Holidays read as days: "Christmas Day", "on Christmas Eve", "Thanksgiving", "Black Friday",
/// "Good Friday", "New Year's Eve 2019", "last Christmas".
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
    }

    /// The holidays by their words (lower case), the longest phrases first. `bare`: one word that is
    /// also an adjective ("Christmas shopping"), read only after a date preposition.
    static let phrases: [(words: [String], day: Day, bare: Bool)] = [
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
        (["martin", "luther", "king", "day"], .nthWeekday(month: 1, weekday: 1, n: 3), false),
        (["st", "patrick's", "day"], .fixed(month: 3, day: 17), false),
        (["st", ".", "patrick's", "day"], .fixed(month: 3, day: 17), false),
        (["saint", "patrick's", "day"], .fixed(month: 3, day: 17), false),
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
    /// Words of a holiday's name often written in lower case: "the May bank holiday".
    static let lowerCaseWords: Set<String> = ["bank", "holiday"]

    /// Words before a bare "Christmas" or "Easter" that make it the day: "before Christmas", "at Easter".
    static let barePrepositions: WordSet = [
        "on", "at", "before", "after", "by", "until", "till", "since", "over", "during", "for", "from", "to", "through", "of",
        "last", "this", "next", "around", "ahead",
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
