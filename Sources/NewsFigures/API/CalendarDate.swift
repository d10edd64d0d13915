/// A proleptic Gregorian calendar day, with no time zone: the day as the article's dateline states it.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Nil unless the three numbers name a real day (no 31 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year),
            (1...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the date part of ISO 8601 text: "2020-11-07" or "2020-11-07T16:50:00+08:00".
    public init?(iso text: String) {
        // (Digits where "YYYY-MM-DD" has them, read from the bytes: the scanner reads its dates' spans back many times a page.)
        var utf8 = text.utf8.makeIterator()
        var digits = (year: 0, month: 0, day: 0)
        var plain = true
        for position in 0..<10 {
            guard let byte = utf8.next() else { return nil }
            if position == 4 || position == 7 {
                if byte != UInt8(ascii: "-") { plain = false }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                plain = false
                continue
            }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch position {
            case 0..<4: digits.year = digits.year * 10 + digit
            case 5..<7: digits.month = digits.month * 10 + digit
            default: digits.day = digits.day * 10 + digit
            }
        }
        if plain {
            self.init(year: digits.year, month: digits.month, day: digits.day)
            return
        }
        let parts = text.prefix(10).split(separator: "-")
        guard text.utf8.count >= 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts[0].count == 4
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The first day on `weekday` (1 Monday … 7 Sunday) after this one (or before it), a week away on its own weekday.
    func first(_ weekday: Int, after: Bool) -> CalendarDate {
        adding(days: after ? (weekday - self.weekday + 6) % 7 + 1 : -((self.weekday - weekday + 6) % 7 + 1))
    }

    public var description: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.dayNumber < b.dayNumber }
}

extension CalendarDate {
    /// The day of `days` nearest this one (the first of two as near).
    func nearest(among days: [CalendarDate]) -> CalendarDate? {
        days.min { abs($0.dayNumber - dayNumber) < abs($1.dayNumber - dayNumber) }
    }
}
