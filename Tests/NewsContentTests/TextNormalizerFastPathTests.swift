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

    /// Mixed text (ASCII with curly quotes, accents, other scripts, expanding lower-case forms):
    /// keys and lower-cased bytes scalar by scalar agree with the Unicode definitions.
    @Test func keysAndLowerCaseOfMixedText() {
        #expect(TextNormalizer.key("Zhejiang’s “Expo” İstanbul ΣΑΣ") == "zhejiangsexpoi̇stanbulσασ")
        #expect(TextNormalizer.lowercasedBytes("PHOTO: İ K") == Array("photo: i̇ k".utf8))
        var generator = SplitMix64(seed: 57)
        let pieces = ["A", "z", "Q", "7", " ", "’", "“", "É", "ß", "İ", "Σ", "\u{212A}", "五", "½", "\u{301}", "Ǆ", ".", "x Y"]
        for _ in 0..<3000 {
            let text = (0..<generator.below(14)).map { _ in generator.pick(pieces) }.joined()
            #expect(TextNormalizer.key(text) == Self.referenceKey(text), "\(text.debugDescription)")
            #expect(TextNormalizer.lowercasedBytes(text) == Array(text.lowercased().utf8), "\(text.debugDescription)")
            #expect(TextNormalizer.lowercasedBytes(text.dropFirst()) == Array(text.dropFirst().lowercased().utf8))
        }
    }

    @Test func linesEndAtEachKindOfBreakAndKeepEmptyOnes() {
        #expect(TextNormalizer.lines("a\r\n\r\nb\rc\nd") == ["a", "", "b", "c", "d"])
        #expect(TextNormalizer.lines("a\n") == ["a", ""])
        #expect(TextNormalizer.lines("\r\n") == ["", ""])
        // Other separators and a carriage return's neighbours stay inside the line.
        #expect(TextNormalizer.lines("one\u{2028}two\tthree") == ["one\u{2028}two\tthree"])
        #expect(TextNormalizer.lines("é\r\u{301}x") == ["é", "\u{301}x"])
        #expect(TextNormalizer.lines("") == [""])
    }

    /// The byte loop `visibleCount` replaced.
    static func referenceVisibleCount(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            defer { previous = b }
            if b & 0xC0 == 0x80 {
                if previous == 0xC2 && b == 0xA0 { count -= 1 }
                continue
            }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            count += 1
        }
        return count
    }

    @Test func visibleCountsAndCollapsedText() {
        #expect(TextNormalizer.visibleCount("a\u{A0}b  c\n\t½ 五") == 5)
        #expect(TextNormalizer.collapse("  Prices\t rose\n\n5 %\u{7}  ") == "Prices rose 5 %")
        var generator = SplitMix64(seed: 23)
        let pieces = ["a", " ", "\u{A0}", "\n", "\t", "\u{B}", "\u{C}", "\r", "五", "é", "½", "\u{7}", "\u{7F}", "€", "x y"]
        for _ in 0..<3000 {
            let text = (0..<generator.below(12)).map { _ in generator.pick(pieces) }.joined()
            #expect(TextNormalizer.visibleCount(text) == Self.referenceVisibleCount(text), "\(text.debugDescription)")
            #expect(TextNormalizer.visibleCount(text.dropFirst()) == Self.referenceVisibleCount(String(text.dropFirst())))
            let collapsed = TextNormalizer.collapse(text)
            #expect(!collapsed.hasPrefix(" ") && !collapsed.hasSuffix(" ") && !collapsed.contains("  "), "\(text.debugDescription)")
            #expect(collapsed.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F }, "\(text.debugDescription)")
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

/// Class/id tokens are visited as the list the cleaner used to build: each token, then its parts
/// when it has more than one.
@Suite struct ClassTokenTests {
    static func referenceTokens(_ classAndID: String) -> [String] {
        var out: [String] = []
        for token in classAndID.split(whereSeparator: { $0 == " " }) {
            out.append(String(token))
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.count > 1 { out.append(contentsOf: parts.map(String.init)) }
        }
        return out
    }

    static func tokens(_ classAndID: String) -> [String] {
        var out: [String] = []
        HTMLCleaner.forEachClassToken(classAndID) { out.append(String($0)) }
        return out
    }

    @Test func tokensAndParts() {
        #expect(Self.tokens("share-bar  main_story x") == ["share-bar", "share", "bar", "main_story", "main", "story", "x"])
        #expect(Self.tokens("-ad ad- --") == ["-ad", "ad-", "--"])
        #expect(Self.tokens("") == [])
        #expect(HTMLCleaner.classWords("post-content share").content)
        #expect(HTMLCleaner.classWords("post-content share").chrome)
        #expect(HTMLCleaner.classWords("has-sidebar-left") == (content: false, chrome: true))
        #expect(HTMLCleaner.classWords("sidebarish wrapper") == (content: false, chrome: false))
    }

    @Test func randomClassStringsGiveTheReferenceTokens() {
        var generator = SplitMix64(seed: 17)
        let pieces = ["a", "share", "-", "_", " ", "  ", "bar", "é", "-\u{301}", "story"]
        for _ in 0..<3000 {
            let text = (0..<generator.below(10)).map { _ in generator.pick(pieces) }.joined()
            #expect(Self.tokens(text) == Self.referenceTokens(text), "\(text.debugDescription)")
        }
    }
}

/// The byte-level class/id check gives what the token list and the vocabulary sets give.
@Suite struct ClassWordsTests {
    static func reference(_ classAndID: String) -> (content: Bool, chrome: Bool) {
        let tokens = ClassTokenTests.referenceTokens(classAndID)
        return (
            tokens.contains { ChromeVocabulary.contentTokens.contains($0) }, tokens.contains { ChromeVocabulary.chromeTokens.contains($0) }
        )
    }

    @Test func randomClassStrings() {
        var generator = SplitMix64(seed: 29)
        let pieces = [
            "share", "story", "-", "_", " ", "ad", "ads", "x", "body", "post-content", "article", "nav", "é", "-\u{301}", "ma", "in",
            "1", "sidebar", "--",
        ]
        for _ in 0..<5000 {
            let text = (0..<generator.below(8)).map { _ in generator.pick(pieces) }.joined()
            #expect(HTMLCleaner.classWords(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func wordSets() {
        let set = ByteWordSet(["ad", "share", "post-content"])
        for (word, expected) in [("ad", true), ("share", true), ("post-content", true), ("a", false), ("ads", false), ("", false)] {
            var bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { set.contains($0) } == expected, "\(word)")
            bytes.removeAll()
        }
    }
}
