import NewsFigures

/// Text for HTML: escaping, and numbers as people read them.
enum HTMLText {
    /// `text` safe in element content and in double-quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// "10900000000" → "10,900,000,000"; "-1234.5" → "-1,234.5".
    static func grouped(_ value: DecimalValue) -> String { grouped(value.description) }

    static func grouped(_ plain: String) -> String {
        var text = Substring(plain)
        var sign = ""
        if text.first == "-" {
            sign = "-"
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        if parts.count > 1 { out += "." + parts[1] }
        return sign + out
    }

    /// A short form for axis ticks: 14600 → "14.6k", 10900000000 → "10.9bn".
    static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        let (scaled, suffix): (Double, String) =
            magnitude >= 1e12
            ? (value / 1e12, "tn")
            : magnitude >= 1e9
                ? (value / 1e9, "bn") : magnitude >= 1e6 ? (value / 1e6, "M") : magnitude >= 1e4 ? (value / 1e3, "k") : (value, "")
        return trimmed(scaled) + suffix
    }

    /// At most two decimals, no trailing zeros: 14.60 → "14.6", 3.0 → "3".
    static func trimmed(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let negative = hundredths < 0
        let whole = Int(abs(hundredths)) / 100, fraction = Int(abs(hundredths)) % 100
        var text = String(whole)
        if fraction != 0 {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
            while text.hasSuffix("0") { text.removeLast() }
        }
        return (negative && (whole != 0 || fraction != 0) ? "-" : "") + text
    }
}
