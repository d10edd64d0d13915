import TestSupport
import Testing

@testable import NewsFigures

@Suite struct DecimalValueTests {
    /// The fast conversion gives the double that parsing the decimal text gives, for values with
    /// up to 15 digits and powers of ten up to 22 (fast path) and beyond them (parsed).
    @Test func doubleValueMatchesParsingTheText() {
        var generator = SplitMix64(seed: 2026)
        var checked = 0
        for digitCount in 1...18 {
            for exponent in -26...26 {
                for _ in 0..<20 {
                    var digits = (0..<digitCount).map { _ in UInt8.random(in: 0...9, using: &generator) }
                    digits[0] = UInt8.random(in: 1...9, using: &generator)
                    for negative in [false, true] {
                        let value = DecimalValue(digits: digits, exponent: exponent, negative: negative)
                        let parsed = Double(value.description) ?? .nan
                        #expect(value.doubleValue == parsed, "\(value.description)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 18 * 53 * 20 * 2)
        #expect(DecimalValue(0).doubleValue == 0)
        #expect(DecimalValue("73.8")?.doubleValue == 73.8)
        #expect(DecimalValue("-0.001")?.doubleValue == -0.001)
        #expect(DecimalValue("10900000000")?.doubleValue == 10_900_000_000)
        #expect(DecimalValue("123456789012345678901234567890")?.doubleValue == 123456789012345678901234567890.0)
    }
}

@Suite struct TokenLayoutTests {
    /// The scanner copies tokens all the time: laid out wide fields first, one takes 56 bytes
    /// (80 in declaration order with the flags between them), which made the figures stage 0.94x the time.
    @Test func tokenTakesFiftySixBytes() {
        #expect(MemoryLayout<Token>.stride == 56)
    }
}
