import TestSupport
import Testing

@testable import NewsContent

/// The ASCII fast paths of the cleaner's text helpers give what the Unicode definitions give.
@Suite struct TextNormalizerFastPathTests {
    /// `key` by Unicode properties alone (the definition the fast path must match).
    static func referenceKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        return String(out)
    }

    static func referenceAlphanumeric(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    @Test func keysAndAlphanumericsOfEveryASCIIByte() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<5000 {
            let text = String(decoding: (0..<generator.below(12)).map { _ in UInt8(generator.below(128)) }, as: UTF8.self)
            #expect(TextNormalizer.key(text) == Self.referenceKey(text), "\(text.debugDescription)")
            #expect(TextNormalizer.hasAlphanumeric(text) == Self.referenceAlphanumeric(text), "\(text.debugDescription)")
        }
    }

    @Test func keysAndAlphanumerics() {
        #expect(TextNormalizer.key("Zhejiang's 2020 Expo!") == "zhejiangs2020expo")
        #expect(TextNormalizer.key("Ürümqi, ½ and Ⅻ") == "ürümqiandⅻ")
        #expect(TextNormalizer.hasAlphanumeric("• | —") == false)
        #expect(TextNormalizer.hasAlphanumeric("  ") == false)
        #expect(TextNormalizer.hasAlphanumeric("• 5"))
        #expect(TextNormalizer.hasAlphanumeric("— 五 —"))
        #expect(TextNormalizer.hasAlphanumeric("· ½ ·"))
    }

    @Test func datelinesNeedADigit() {
        #expect(Dateline.parse("Saturday 7 November 2020") == "2020-11-07")
        #expect(Dateline.parse("Saturday, November the seventh") == nil)
        #expect(Dateline.parse("二〇二〇年十一月七日") == nil)
    }

    @Test func boilerplateDigitLines() {
        #expect(TextScrapeCleaner.isBoilerplate("Tel 021 6279 8888 ext 12"))
        #expect(!TextScrapeCleaner.isBoilerplate("Saturday 7 November 2020 12:30"))
        #expect(!TextScrapeCleaner.isBoilerplate("It drew 1,200 visitors on day one"))
    }
}
