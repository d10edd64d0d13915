/// Whether text is an ISO 8601 date ("2020-11-07") or date-time ("2020-11-07T16:50:00+08:00",
/// "2020-11-07T16:50Z", "2020-11-07 16:50:00") naming a real day.
enum ISO8601Check {
    static func isDateOrDateTime(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count else { return nil }
            var v = 0
            for i in range {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard b.count >= 10, let y = digits(0..<4), b[4] == UInt8(ascii: "-"), let m = digits(5..<7), b[7] == UInt8(ascii: "-"),
            let d = digits(8..<10), (1...12).contains(m), d >= 1
        else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return false }
        if b.count == 10 { return true }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let h = digits(11..<13), b.count >= 16, b[13] == UInt8(ascii: ":"),
            let mi = digits(14..<16), h < 24, mi < 60
        else { return false }
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let sec = digits((i + 1)..<(i + 3)), sec < 61 else { return false }
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            }
        }
        if i == b.count { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let oh = digits((i + 1)..<(i + 3)), oh <= 14 else { return false }
        i += 3
        if i == b.count { return true }
        if b[i] == UInt8(ascii: ":") { i += 1 }
        guard let om = digits(i..<(i + 2)), om < 60 else { return false }
        return i + 2 == b.count
    }
}
