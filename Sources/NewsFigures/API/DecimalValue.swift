/// An exact decimal number: `digits × 10^exponent`, sign separate.
///
/// Figures are reported in JSON as numbers; doing the scale arithmetic in binary floating
/// point would turn "US$10.9 billion" into 10900000000.000002, so values stay decimal.
public struct DecimalValue: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// Decimal digits, most significant first, no leading zeros (empty for zero).
    public private(set) var digits: [UInt8]
    public private(set) var exponent: Int
    public private(set) var negative: Bool

    /// Values with more significant digits than this are refused as overflow.
    public static let maximumDigits = 38

    /// Parses plain decimal text: optional '-', digits, optional '.' and digits.
    public init?(_ text: String) {
        var digits: [UInt8] = []
        var exponent = 0
        var negative = false
        var seenPoint = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "-") where first: negative = true
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte - 0x30)
                if seenPoint { exponent -= 1 }
            default: return nil
            }
        }
        self.init(digits: digits, exponent: exponent, negative: negative)
        if self.digits.count > Self.maximumDigits { return nil }
    }

    public init(_ value: Int) {
        var digits: [UInt8] = []
        var magnitude = value.magnitude
        while magnitude > 0 {
            digits.append(UInt8(magnitude % 10))
            magnitude /= 10
        }
        self.init(digits: digits.reversed(), exponent: 0, negative: value < 0)
    }

    init(digits: [UInt8], exponent: Int, negative: Bool) {
        var digits = digits
        var exponent = exponent
        var start = 0
        while start < digits.count, digits[start] == 0 { start += 1 }
        digits.removeFirst(start)
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { exponent = 0 }
        self.digits = digits
        self.exponent = exponent
        self.negative = negative && !digits.isEmpty
    }

    public var isZero: Bool { digits.isEmpty }

    /// Powers of ten a value may reach and still be a normal binary double, which is how JSON
    /// readers take it: 1e307 is a figure, "1e999%" (infinity to them) and "10^-400" (zero) are not.
    public static let powerOfTenRange = -307...307

    /// Whether the value's power of ten lies in `powerOfTenRange` (zero always does).
    public var fitsADouble: Bool {
        digits.isEmpty || Self.powerOfTenRange.contains(digits.count - 1 + exponent)
    }

    /// The value as an `Int` when it is a whole number that fits in one, else nil (what
    /// `Int(description)` gives, without making the text).
    var integerValue: Int? {
        guard exponent >= 0 else { return nil }
        guard digits.count + exponent <= 18 else { return Int(description) }
        var value = 0
        for digit in digits { value = value * 10 + Int(digit) }
        for _ in 0..<exponent { value *= 10 }
        return negative ? -value : value
    }

    /// This value times 10^power.
    public func scaled(byPowerOfTen power: Int) -> DecimalValue {
        DecimalValue(digits: digits, exponent: exponent + power, negative: negative)
    }

    /// This value times a small non-negative integer; nil on overflow.
    public func multiplied(by factor: Int) -> DecimalValue? {
        guard factor >= 0 else { return nil }
        if factor == 0 || digits.isEmpty { return DecimalValue(0) }
        var result: [Int] = Array(repeating: 0, count: digits.count + 20)
        var carry = 0
        var index = result.count - 1
        for digit in digits.reversed() {
            let product = Int(digit) * factor + carry
            result[index] = product % 10
            carry = product / 10
            index -= 1
        }
        while carry > 0 && index >= 0 {
            result[index] = carry % 10
            carry /= 10
            index -= 1
        }
        let value = DecimalValue(digits: result.map(UInt8.init), exponent: exponent, negative: negative)
        return value.digits.count > Self.maximumDigits ? nil : value
    }

    /// The sum of two values; nil on overflow.
    public func adding(_ other: DecimalValue) -> DecimalValue? {
        guard negative == other.negative else { return nil }
        let low = min(exponent, other.exponent)
        func aligned(_ v: DecimalValue) -> [Int] {
            v.digits.map(Int.init) + Array(repeating: 0, count: v.exponent - low)
        }
        var a = aligned(self)
        var b = aligned(other)
        let width = max(a.count, b.count) + 1
        a = Array(repeating: 0, count: width - a.count) + a
        b = Array(repeating: 0, count: width - b.count) + b
        var out = Array(repeating: 0, count: width)
        var carry = 0
        for i in stride(from: width - 1, through: 0, by: -1) {
            let s = a[i] + b[i] + carry
            out[i] = s % 10
            carry = s / 10
        }
        let value = DecimalValue(digits: out.map(UInt8.init), exponent: low, negative: negative)
        return value.digits.count > Self.maximumDigits ? nil : value
    }

    public var doubleValue: Double {
        // At most 15 digits and a power of ten of at most 22 are both exact doubles, so one
        // multiplication or division rounds once, as parsing the text would (Clinger's fast path).
        if digits.count <= 15, exponent.magnitude <= 22 {
            var mantissa = 0
            for digit in digits { mantissa = mantissa * 10 + Int(digit) }
            let scale = Self.exactPowersOfTen[Int(exponent.magnitude)]
            let value = exponent >= 0 ? Double(mantissa) * scale : Double(mantissa) / scale
            return negative ? -value : value
        }
        return Double(description) ?? .nan
    }

    /// 10^0 … 10^22, each exactly representable as a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }

    /// JSON-number text: integers in full ("10900000000"), fractions with a point ("73.8").
    public var description: String {
        if digits.isEmpty { return "0" }
        var out = negative ? "-" : ""
        let text = String(decoding: digits.map { $0 + 0x30 }, as: UTF8.self)
        if exponent >= 0 {
            if digits.count + exponent > 40 {
                // Keep the JSON short for absurd magnitudes.
                out += text.prefix(1)
                if digits.count > 1 { out += "." + text.dropFirst() }
                out += "e\(digits.count - 1 + exponent)"
            } else {
                out += text + String(repeating: "0", count: exponent)
            }
        } else {
            let point = digits.count + exponent
            if point > 0 {
                out += text.prefix(point) + "." + text.dropFirst(point)
            } else {
                out += "0." + String(repeating: "0", count: -point) + text
            }
        }
        return out
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let double = try? container.decode(Double.self), let int = Int(exactly: double) {
            self.init(int)
            return
        }
        let double = try container.decode(Double.self)
        guard let value = DecimalValue("\(double)") else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a plain decimal")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}

extension DecimalValue: Comparable {
    public static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        lhs.doubleValue < rhs.doubleValue
    }
}

extension String {
    /// Plain decimal text (no exponent) for a double, to 15 significant digits.
    init(format15 value: Double) {
        var digits = value.magnitude
        var exponent = 0
        while digits >= 10 { digits /= 10; exponent += 1 }
        while digits < 1 && digits > 0 { digits *= 10; exponent -= 1 }
        var mantissa = Int((digits * 1e14).rounded())
        if mantissa >= 1_000_000_000_000_000 { mantissa /= 10; exponent += 1 }
        var text = String(mantissa)
        let point = exponent + 1
        if point <= 0 {
            text = "0." + String(repeating: "0", count: -point) + text
        } else if point < text.count {
            text.insert(".", at: text.index(text.startIndex, offsetBy: point))
        } else {
            text += String(repeating: "0", count: point - text.count)
        }
        if text.contains(".") { while text.hasSuffix("0") { text.removeLast() }; if text.hasSuffix(".") { text.removeLast() } }
        self = (value < 0 ? "-" : "") + text
    }
}
