/// Reads a publication date-time from a visible dateline or a metadata value:
/// "16:50 UTC+8, 2020-11-07" → "2020-11-07T16:50:00+08:00"; "Nov. 7, 2020 4:50 PM EST";
/// "2020-11-07T16:50:00+08:00" (kept as ISO 8601); "Saturday 7 November 2020".
public enum Dateline {
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Time-zone abbreviations with an unambiguous offset in minutes.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
        "est": -300, "edt": -240, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
        "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "bjt": 480, "aest": 600, "aedt": 660, "wib": 420,
    ]

    /// US zones written without saying whether summer time applies: standard offset in minutes.
    static let dstZones: [String: Int] = ["et": -300, "ct": -360, "mt": -420, "pt": -480]

    /// US daylight saving time (since 2007): from the second Sunday of March to the first Sunday of
    /// November.
    static func usDaylightSaving(year: Int, month: Int, day: Int) -> Bool {
        func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
            // Sakamoto's method: 0 = Sunday.
            let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
            let yy = m < 3 ? y - 1 : y
            return (yy + yy / 4 - yy / 100 + yy / 400 + offsets[m - 1] + d) % 7
        }
        let marchStart = 8 + (7 - weekday(year, 3, 8)) % 7
        let novemberEnd = 1 + (7 - weekday(year, 11, 1)) % 7
        if month > 3 && month < 11 { return true }
        if month == 3 { return day >= marchStart }
        if month == 11 { return day < novemberEnd }
        return false
    }

    /// Parses the first date in `text`; nil when there is none.
    public static func parse(_ text: String) -> String? {
        // Every date has an ASCII digit (`number` reads only those): most lines go here.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let tokens = tokenize(text)
        var date: (Int, Int, Int)?
        var time: (Int, Int, Int)?
        var offset: Int?
        var dstZone: String?
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if date == nil, let d = isoDate(tokens, i) { date = d.0; i = d.1; continue }
            if date == nil, let d = monthFirst(tokens, i) ?? dayFirst(tokens, i) { date = d.0; i = d.1; continue }
            if time == nil, let tm = clock(tokens, i) { time = tm.0; i = tm.1; continue }
            if time != nil || date != nil, offset == nil, let z = zone(tokens, i) { offset = z.0; i = z.1; continue }
            if time != nil, offset == nil, dstZones[t] != nil { dstZone = t; i += 1; continue }
            i += 1
        }
        guard let (y, m, d) = date, (1...12).contains(m), (1900...2100).contains(y), d >= 1, d <= daysIn(month: m, year: y) else {
            return nil
        }
        var out = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        guard let (h, mi, s) = time else { return out }
        if offset == nil, let dstZone, let standard = dstZones[dstZone] {
            offset = standard + (usDaylightSaving(year: y, month: m, day: d) ? 60 : 0)
        }
        out += "T" + pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2)
        if let offset {
            if offset == 0 && tokens.contains(where: { $0 == "z" }) { return out + "Z" }
            let sign = offset < 0 ? "-" : "+"
            out += sign + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
        }
        return out
    }

    /// Splits into runs of digits, runs of letters, and single other characters (spaces dropped).
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentKind = 0
        for scalar in text.lowercased().unicodeScalars {
            let kind = ("0"..."9").contains(scalar) ? 1 : (scalar.properties.isAlphabetic ? 2 : 3)
            if kind == 3 || kind != currentKind {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
            if kind == 3 {
                if scalar != " " && scalar != "\u{A0}" && scalar != "\t" && scalar != "\n" { tokens.append(String(scalar)) }
                currentKind = 0
            } else {
                current.unicodeScalars.append(scalar)
                currentKind = kind
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func number(_ tokens: [String], _ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard i < tokens.count, digits.contains(tokens[i].count), tokens[i].allSatisfy(\.isNumber) else { return nil }
        return Int(tokens[i])
    }

    static func isoDate(_ t: [String], _ i: Int) -> ((Int, Int, Int), Int)? {
        guard let y = number(t, i, digits: 4...4), i + 4 < t.count, t[i + 1] == "-" || t[i + 1] == "/" || t[i + 1] == ".",
            let m = number(t, i + 2, digits: 1...2), t[i + 3] == t[i + 1], let d = number(t, i + 4, digits: 1...2)
        else { return nil }
        return ((y, m, d), i + 5)
    }

    static func monthFirst(_ t: [String], _ i: Int) -> ((Int, Int, Int), Int)? {
        guard i < t.count, let m = months[t[i]] else { return nil }
        var k = i + 1
        if k < t.count, t[k] == "." { k += 1 }
        guard let d = number(t, k, digits: 1...2) else { return nil }
        k += 1
        if k < t.count, ["st", "nd", "rd", "th"].contains(t[k]) { k += 1 }
        if k < t.count, t[k] == "," { k += 1 }
        guard let y = number(t, k, digits: 4...4) else { return nil }
        return ((y, m, d), k + 1)
    }

    static func dayFirst(_ t: [String], _ i: Int) -> ((Int, Int, Int), Int)? {
        guard let d = number(t, i, digits: 1...2) else { return nil }
        var k = i + 1
        if k < t.count, ["st", "nd", "rd", "th"].contains(t[k]) { k += 1 }
        if k < t.count, t[k] == "of" { k += 1 }
        guard k < t.count, let m = months[t[k]] else { return nil }
        k += 1
        if k < t.count, t[k] == "." || t[k] == "," { k += 1 }
        guard let y = number(t, k, digits: 4...4) else { return nil }
        return ((y, m, d), k + 1)
    }

    static func clock(_ t: [String], _ i: Int) -> ((Int, Int, Int), Int)? {
        guard var h = number(t, i, digits: 1...2), i + 2 < t.count, t[i + 1] == ":" || t[i + 1] == ".",
            let mi = number(t, i + 2, digits: 2...2)
        else { return nil }
        // "09.05 GMT": a dotted time only when a zone or am/pm follows (else it is a decimal).
        if t[i + 1] == "." {
            guard i + 3 < t.count, zones[t[i + 3]] != nil || dstZones[t[i + 3]] != nil || ["am", "pm", "a", "p"].contains(t[i + 3]) else {
                return nil
            }
        }
        var k = i + 3
        var s = 0
        if k + 1 < t.count, t[k] == ":", let sec = number(t, k + 1, digits: 2...2) { s = sec; k += 2 }
        if k < t.count, t[k] == ".", k + 1 < t.count, t[k + 1].allSatisfy(\.isNumber) { k += 2 }  // fractions of a second
        if k < t.count {
            if t[k] == "pm" || (t[k] == "p" && k + 1 < t.count && t[k + 1] == ".") {
                if h < 12 { h += 12 }
                k += t[k] == "pm" ? 1 : 3
            } else if t[k] == "am" || (t[k] == "a" && k + 1 < t.count && t[k + 1] == ".") {
                if h == 12 { h = 0 }
                k += t[k] == "am" ? 1 : 3
            }
        }
        guard h < 24, mi < 60, s < 60 else { return nil }
        return ((h, mi, s), k)
    }

    /// "UTC+8", "GMT+08:00", "+0800", "+08:00", "Z", "EST".
    static func zone(_ t: [String], _ i: Int) -> (Int, Int)? {
        guard i < t.count else { return nil }
        var k = i
        var base: Int?
        if let z = zones[t[k]] { base = z; k += 1 }
        if k < t.count, t[k] == "+" || t[k] == "-" || t[k] == "−" {
            let sign = t[k] == "+" ? 1 : -1
            guard k + 1 < t.count, t[k + 1].allSatisfy(\.isNumber) else { return base.map { ($0, k) } }
            let digits = t[k + 1]
            var minutes: Int
            var next = k + 2
            if digits.count == 4, let v = Int(digits) {
                minutes = (v / 100) * 60 + v % 100
            } else if let h = Int(digits), digits.count <= 2 {
                minutes = h * 60
                if next + 1 < t.count, t[next] == ":", let mm = number(t, next + 1, digits: 2...2) { minutes += mm; next += 2 }
            } else {
                return nil
            }
            guard minutes <= 14 * 60 else { return nil }
            return ((base ?? 0) + sign * minutes, next)
        }
        return base.map { ($0, k) }
    }

    /// The day a page's address states, as news sites write it in their paths: "/2019/11/19/",
    /// "/2019/11/19" at the end, "/2019-11-19-slug", "/20191119/" (a whole segment). Years 1990–2099;
    /// the day must exist. Not a month alone ("/2019/11/"), nor digits in the host, a query or an id
    /// ("?id=20191119", "/a-20191119x").
    public static func dayInURL(_ url: String) -> String? {
        var bytes = Array(url.utf8)
        // The path only: after "scheme://host", before "?" or "#".
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { bytes.removeSubrange(cut...) }
        var i = 0
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[(colon + 1)...].starts(with: [0x2F, 0x2F]) { i = colon + 3 }
        guard let pathStart = bytes[i...].firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let path = bytes[pathStart...]
        func digits(_ k: Int, _ count: Int) -> Int? {
            guard k + count <= path.endIndex else { return nil }
            var value = 0
            for b in path[k..<(k + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        func at(_ k: Int) -> UInt8 { k < path.endIndex ? path[k] : UInt8(ascii: "/") }
        func day(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1990...2099).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
            return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
        }
        for k in path.indices where path[k] == UInt8(ascii: "/") {
            guard let y = digits(k + 1, 4) else { continue }
            let sep = at(k + 5)
            // "/2019/11/19/", "/2019-11-19-slug", "/2019_11_19": the same separator twice; after the day,
            // the segment ends, or (not with "/") a non-digit goes on.
            if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: "_"), let m = digits(k + 6, 2),
                at(k + 8) == sep, let d = digits(k + 9, 2),
                at(k + 11) == UInt8(ascii: "/") || (sep != UInt8(ascii: "/") && !(at(k + 11) >= 0x30 && at(k + 11) <= 0x39)),
                let found = day(y, m, d)
            {
                return found
            }
            // "/20191119/": eight digits making a whole segment.
            if let md = digits(k + 5, 4), at(k + 9) == UInt8(ascii: "/"), let found = day(y, md / 100, md % 100) { return found }
        }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }
}
