/// Chrome stripping for pages saved as plain text: menus, repeated title/byline/dateline lines,
/// photo credits and captions, source/editor lines and footers are told from the article's
/// paragraphs by the shape of each line, repetition and known footer patterns.
enum TextScrapeCleaner {
    enum LineKind: Equatable {
        case blank
        /// Sentence-shaped text: the article's paragraphs (and captions, summaries).
        case paragraph
        /// A short sentence ("Sales rose 5 percent."): body text inside or at the end of a block.
        case sentence
        /// Copyright, licence, "Source:", "Editor:" lines: never body, never a heading.
        case boilerplate
        /// Everything else: menus, titles, names, datelines, headings.
        case short
    }

    struct Line {
        var text: String
        var kind: LineKind
        var words: Int
    }

    static func clean(_ raw: String) -> Article {
        let lines = classify(raw)
        var article = Article(text: "")
        guard let block = bestBlock(lines) else {
            article.diagnostics.append("no paragraph-shaped lines: the body is empty")
            let header = lines.indices
            fillMetadata(&article, lines: lines, header: header)
            return article
        }
        fillMetadata(&article, lines: lines, header: 0..<block.lowerBound)
        var body: [String] = []
        var seen = Set<String>()
        var first = block.lowerBound
        // A caption right after a photo credit opens the block: drop it.
        if isCaption(at: first, lines: lines, block: block, byline: article.byline, title: article.title) {
            article.diagnostics.append("dropped a photo caption: \(lines[first].text)")
            first += 1
        }
        for index in first..<block.upperBound {
            let line = lines[index]
            switch line.kind {
            case .paragraph, .sentence:
                let key = TextNormalizer.key(line.text)
                if seen.insert(key).inserted { body.append(line.text) }
            case .short where isHeading(line):
                body.append(line.text)
            default:
                continue
            }
        }
        article.text = body.joined(separator: "\n\n")
        return article
    }

    // MARK: - Lines

    static func classify(_ raw: String) -> [Line] {
        var lines: [Line] = []
        for rawLine in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = TextNormalizer.collapse(rawLine)
            let words = TextNormalizer.wordCount(text)
            let kind: LineKind
            if text.isEmpty {
                kind = .blank
            } else if isBoilerplate(text, sentenceShaped: endsSentence(text) && words >= ChromeVocabulary.paragraphMinimumWords) {
                kind = .boilerplate
            } else if isParagraph(text, words: words) {
                kind = .paragraph
            } else if isShortSentence(text, words: words) {
                kind = .sentence
            } else {
                kind = .short
            }
            lines.append(Line(text: text, kind: kind, words: words))
        }
        return lines
    }

    static func endsSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.reversed().makeIterator()
        while let s = scalars.next() {
            if "\"”’')]»".unicodeScalars.contains(s) { continue }
            return ".!?…。！？".unicodeScalars.contains(s)
        }
        return false
    }

    static func isParagraph(_ text: String, words: Int) -> Bool {
        if words >= ChromeVocabulary.longLineWords { return !isBreadcrumb(text) }
        guard endsSentence(text) else { return false }
        // Sentence-shaped: enough words, not a menu.
        return words >= ChromeVocabulary.paragraphMinimumWords / 2 + 2 && !isBreadcrumb(text)
    }

    /// A sentence of a few words that starts like one: capital letter, digit or quote.
    static func isShortSentence(_ text: String, words: Int) -> Bool {
        guard words >= 2, endsSentence(text), !isBreadcrumb(text), let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil || "\"“‘'(".unicodeScalars.contains(first)
    }

    /// Footer lines. Strong marks (©, "all rights reserved", licence numbers) condemn any short line;
    /// weak words ("permission", "subscribe", "hotline") only lines that are not real sentences, since
    /// an article may say "planning permission" in passing.
    static func isBoilerplate(_ text: String, sentenceShaped: Bool = false) -> Bool {
        // Byte-level search on ASCII-lower-cased UTF-8: this runs on every block of every page.
        let lower = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if ChromeVocabulary.labelPrefixBytes.contains(where: { lower.starts(with: $0) }) { return true }
        let words = TextNormalizer.wordCount(text)
        if words <= 25, ChromeVocabulary.strongBoilerplateBytes.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        if (!sentenceShaped && words <= 25) || words <= ChromeVocabulary.weakBoilerplateMaximumWords,
            ChromeVocabulary.boilerplateBytes.contains(where: { ByteSearch.contains(lower, $0) })
        {
            return true
        }
        // Mostly digits and separators: licence numbers, phone lines.
        let scalars = text.unicodeScalars.filter { $0 != " " }
        let digits = scalars.filter { ("0"..."9").contains($0) }.count
        return scalars.count >= 8 && digits * 2 > scalars.count
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        ChromeVocabulary.breadcrumbSeparators.contains(where: { text.contains($0) }) && !endsSentence(text)
    }

    static func isHeading(_ line: Line) -> Bool {
        guard line.words >= 2, line.words <= ChromeVocabulary.headingMaximumWords, !isBreadcrumb(line.text),
            Dateline.parse(line.text) == nil, let first = line.text.unicodeScalars.first
        else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// The run of paragraph lines with the most text. Blank lines do not break a run; a single
    /// other line between two paragraphs (a heading) does not either.
    static func bestBlock(_ lines: [Line]) -> Range<Int>? {
        var best: (Range<Int>, Int)?
        var start: Int?
        var lastParagraph = -1
        var chars = 0
        var gap = 0
        func close() {
            if let s = start, lastParagraph >= s {
                if chars > (best?.1 ?? -1) { best = (s..<(lastParagraph + 1), chars) }
            }
            start = nil
            chars = 0
            gap = 0
        }
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .blank:
                continue
            case .paragraph, .sentence:
                if start == nil { start = index }
                lastParagraph = index
                chars += line.text.count
                gap = 0
            case .short:
                guard start != nil else { continue }
                gap += 1
                if gap > ChromeVocabulary.maximumGapLines || !isHeading(line) { close() }
            case .boilerplate:
                if start != nil { close() }
            }
        }
        close()
        return best?.0
    }

    // MARK: - Captions

    /// A photo-credit line: a short name ("Ti Gong") or credit words ("Getty Images", "Photo: Xinhua").
    static func isCredit(_ line: Line, byline: String?, title: String?) -> Bool {
        guard line.kind == .short || line.kind == .boilerplate else { return false }
        let lower = line.text.lowercased()
        if lower.hasPrefix("photo") || lower.hasPrefix("image") || lower.hasPrefix("credit") { return true }
        let words = lower.split(separator: " ").map { String($0.filter { $0.isLetter }) }
        if words.contains(where: { ChromeVocabulary.creditWords.contains($0) }) && line.words <= 6 { return true }
        if let byline, TextNormalizer.key(line.text) == TextNormalizer.key(byline) { return false }
        if let title, TextNormalizer.key(line.text) == TextNormalizer.key(title) { return false }
        return looksLikeName(line.text)
    }

    static func isCaption(at index: Int, lines: [Line], block: Range<Int>, byline: String?, title: String?) -> Bool {
        let line = lines[index]
        guard line.kind == .paragraph || line.kind == .sentence, line.words <= ChromeVocabulary.captionMaximumWords else { return false }
        // More paragraphs must follow, or the "caption" is the article.
        guard lines[(index + 1)..<block.upperBound].contains(where: { $0.kind == .paragraph }) else { return false }
        var k = index - 1
        while k >= 0, lines[k].kind == .blank { k -= 1 }
        guard k >= 0 else { return false }
        return isCredit(lines[k], byline: byline, title: title)
    }

    /// Two to four capitalised words, no digits: "Hu Min", "Yang Meiping", "By Jane Doe".
    static func looksLikeName(_ text: String) -> Bool {
        var words = text.split(separator: " ")
        if let first = words.first, first.lowercased() == "by" { words.removeFirst() }
        guard (1...4).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "van", "von", "der", "bin", "al", "la", "le", "du", "del", "di"]
        for word in words {
            if particles.contains(word.lowercased()) { continue }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase,
                word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "." || $0 == "’" })
            else { return false }
        }
        return words.count >= 2 || (words.count == 1 && text.lowercased().hasPrefix("by "))
    }

    // MARK: - Metadata

    static func fillMetadata(_ article: inout Article, lines: [Line], header: Range<Int>) {
        let headerLines = header.filter { lines[$0].kind != .blank }
        // Dateline: the first short line that holds a date.
        var datelineIndex: Int?
        for index in headerLines where lines[index].kind != .paragraph && lines[index].words <= 16 {
            if let published = Dateline.parse(lines[index].text) {
                article.published = published
                article.metadataSources["published"] = .dateline
                datelineIndex = index
                break
            }
        }
        // Byline: a "By …" line, else the name-shaped line nearest the dateline (repeated ones first).
        var bylineCandidates: [(index: Int, score: Int)] = []
        for index in headerLines where lines[index].kind == .short && looksLikeName(lines[index].text) {
            var score = 0
            if lines[index].text.lowercased().hasPrefix("by ") { score += 10 }
            if let d = datelineIndex {
                let between = headerLines.filter { $0 > min(index, d) && $0 < max(index, d) }.count
                if between <= 2 { score += 5 - between }
            }
            let key = TextNormalizer.key(lines[index].text)
            if headerLines.filter({ TextNormalizer.key(lines[$0].text) == key }).count > 1 { score += 2 }
            bylineCandidates.append((index, score))
        }
        if let best = bylineCandidates.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.index > $1.index) }), best.score > 0 {
            var name = lines[best.index].text
            if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)) }
            article.byline = name
            article.metadataSources["byline"] = .textLayout
        }
        // Title: a headline-shaped line; a line the page repeats wins, else the first.
        let titleCandidates = headerLines.filter { index in
            let line = lines[index]
            guard line.kind == .short || line.kind == .paragraph || line.kind == .sentence, line.words >= 3,
                line.words <= ChromeVocabulary.titleMaximumWords,
                !isBreadcrumb(line.text), index != datelineIndex, !looksLikeName(line.text),
                Dateline.parse(line.text) == nil
            else { return false }
            if line.kind != .short, line.text.hasSuffix(".") { return false }
            return true
        }
        let repeated = titleCandidates.first { index in
            let key = TextNormalizer.key(lines[index].text)
            return lines.indices.filter { TextNormalizer.key(lines[$0].text) == key }.count > 1
        }
        if let index = repeated ?? titleCandidates.first {
            article.title = lines[index].text
            article.metadataSources["title"] = .textLayout
        }
    }
}
