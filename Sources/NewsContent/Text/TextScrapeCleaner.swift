/// Chrome stripping for pages saved as plain text ("select all, copy"): menus, repeated
/// title/byline/dateline lines, photo credits and captions, ads, related links, newsletter boxes,
/// source/editor lines and footers are told from the article's paragraphs by the shape of each line,
/// repetition and known furniture patterns. Every vocabulary and threshold is in `ChromeVocabulary`.
enum TextScrapeCleaner {
    enum LineKind: Equatable {
        case blank
        /// Sentence-shaped text of some length: the article's paragraphs (and captions, summaries).
        case paragraph
        /// A short sentence ("Sales rose 5 percent."), or a lead-in ending in a colon.
        case sentence
        /// A list item: "• Chip shortages …", "- item", "1. item".
        case listItem
        /// Copyright, licence, "Source:", "Photo:", contact lines: never body.
        case boilerplate
        /// Everything else: menus, titles, names, datelines, headings.
        case short
    }

    struct Line {
        var text: String
        var kind: LineKind
        var words: Int
        var isBody: Bool { kind == .paragraph || kind == .sentence || kind == .listItem }
    }

    static func clean(_ raw: String) -> Article {
        let lines = classify(raw)
        var article = Article(text: "")
        guard let seed = bestBlock(lines) else {
            article.diagnostics.append("no paragraph-shaped lines: the body is empty")
            fillMetadata(&article, lines: lines, header: lines.indices)
            return article
        }
        let region = extend(seed, lines: lines)
        fillMetadata(&article, lines: lines, header: 0..<region.lowerBound)
        article.text = assemble(region, lines: lines, article: &article).joined(separator: "\n\n")
        return article
    }

    // MARK: - Lines

    static func classify(_ raw: String) -> [Line] {
        var lines: [Line] = []
        for rawLine in TextNormalizer.lines(raw) {
            let text = TextNormalizer.collapse(rawLine)
            let words = TextNormalizer.wordCount(text)
            let kind: LineKind
            if text.isEmpty {
                kind = .blank
            } else if isBoilerplate(text, sentenceShaped: endsSentence(text) && words >= ChromeVocabulary.paragraphMinimumWords)
                || isCaption(text, words: words)
            {
                kind = .boilerplate
            } else if isParagraph(text, words: words) {
                kind = .paragraph
            } else if isListItem(text, words: words) {
                kind = .listItem
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
        return words >= ChromeVocabulary.paragraphMinimumWords / 2 + 2 && !isBreadcrumb(text)
    }

    /// A sentence of a few words that starts like one, or a lead-in ending with a colon
    /// ("Analysts point to a few overlapping factors:").
    static func isShortSentence(_ text: String, words: Int) -> Bool {
        guard words >= 2, !isBreadcrumb(text), let first = text.unicodeScalars.first else { return false }
        let leadIn = text.hasSuffix(":") && words >= 4
        guard endsSentence(text) || leadIn else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil || "\"“‘'(".unicodeScalars.contains(first)
    }

    static func isListItem(_ text: String, words: Int) -> Bool {
        guard words >= 2 else { return false }
        for marker in ChromeVocabulary.listMarkers where text.hasPrefix(marker) { return true }
        // "1. First item", "2) Second item".
        let digits = text.prefix(while: { $0.isNumber })
        if !digits.isEmpty, digits.count <= 2 {
            let rest = text.dropFirst(digits.count)
            return rest.hasPrefix(". ") || rest.hasPrefix(") ")
        }
        return false
    }

    /// Footer lines. Strong marks (©, "all rights reserved", licence numbers) condemn any short line;
    /// weak words ("permission", "subscribe", "hotline") only lines that are not real sentences, since
    /// an article may say "planning permission" in passing.
    static func isBoilerplate(_ text: String, sentenceShaped: Bool = false) -> Bool {
        // Byte-level search on ASCII-lower-cased UTF-8: this runs on every block of every page.
        let lower = text.utf8.map(ByteSearch.asciiLower)
        if ChromeVocabulary.labelPrefixBytes.contains(where: { lower.starts(with: $0) }) { return true }
        let words = TextNormalizer.wordCount(text)
        if words <= 25, ChromeVocabulary.strongBoilerplateBytes.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        if (!sentenceShaped && words <= 25) || words <= ChromeVocabulary.weakBoilerplateMaximumWords,
            ChromeVocabulary.boilerplateBytes.contains(where: { ByteSearch.contains(lower, $0) })
        {
            return true
        }
        // An e-mail address in a short line: contact notes ("Contact Sam at sam@example.com").
        if words <= ChromeVocabulary.contactMaximumWords, lower.contains(UInt8(ascii: "@")),
            text.split(separator: " ").contains(where: { $0.contains("@") && $0.contains(".") && !$0.hasPrefix("@") })
        {
            return true
        }
        // Mostly digits and separators: licence numbers, phone lines.
        var scalars = 0
        var digits = 0
        for scalar in text.unicodeScalars where scalar != " " {
            scalars += 1
            if scalar.value >= 0x30 && scalar.value <= 0x39 { digits += 1 }
        }
        return scalars >= 8 && digits * 2 > scalars && Dateline.parse(text) == nil
    }

    /// A caption with its credit on the same line: "A closed sign … Photograph: Tom Hadley/PA",
    /// "… [Photo by Chen Jie/For East China Herald]".
    static func isCaption(_ text: String, words: Int) -> Bool {
        guard words <= ChromeVocabulary.captionMaximumWords + 10 else { return false }
        let lower = TextNormalizer.lowercasedBytes(text)
        return ChromeVocabulary.inlineCreditBytes.contains { ByteSearch.contains(lower, $0) }
    }

    static func isBreadcrumb(_ text: String) -> Bool {
        // Byte search: String.contains compares grapheme by grapheme, which took a third of the time.
        guard !endsSentence(text) else { return false }
        let bytes = Array(text.utf8)
        return ChromeVocabulary.breadcrumbSeparatorBytes.contains { ByteSearch.contains(bytes, $0) }
    }

    static func isHeading(_ line: Line) -> Bool {
        guard line.kind == .short, line.words >= 2, line.words <= ChromeVocabulary.headingMaximumWords, !isBreadcrumb(line.text),
            !isEndMarker(line.text), Dateline.parse(line.text) == nil, let first = line.text.unicodeScalars.first
        else { return false }
        return first.properties.isUppercase || first.properties.numericType != nil
    }

    /// Lines after which the article does not continue: "Read more:", "Tags:", "23 Comments".
    static func isEndMarker(_ text: String) -> Bool {
        // ASCII lines (most) on bytes, where Characters and bytes agree.
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            let lower = TextNormalizer.lowercasedBytes(text)
            if ChromeVocabulary.endMarkerBytes.contains(where: { lower.starts(with: $0) }) { return true }
            let parts = lower.split(separator: 0x20)
            return parts.count == 2 && parts[0].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                && (parts[1].elementsEqual("comments".utf8) || parts[1].elementsEqual("comment".utf8))
        }
        let lower = text.lowercased()
        if ChromeVocabulary.endMarkers.contains(where: { lower.hasPrefix($0) }) { return true }
        let parts = lower.split(separator: " ")
        return parts.count == 2 && parts[0].allSatisfy(\.isNumber) && (parts[1] == "comments" || parts[1] == "comment")
    }

    // MARK: - The body

    /// The run of paragraph lines with the most text. Blank lines do not break a run; a single
    /// heading between two paragraphs does not either.
    static func bestBlock(_ lines: [Line]) -> Range<Int>? {
        var best: (Range<Int>, Int)?
        var start: Int?
        var lastBody = -1
        var chars = 0
        var gap = 0
        func close() {
            if let s = start, lastBody >= s, chars > (best?.1 ?? -1) { best = (s..<(lastBody + 1), chars) }
            start = nil
            chars = 0
            gap = 0
        }
        for (index, line) in lines.enumerated() {
            switch line.kind {
            case .blank:
                continue
            case .paragraph, .sentence, .listItem:
                if start == nil { start = index }
                lastBody = index
                chars += line.kind == .paragraph ? line.text.count : 0
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

    /// Grows the best block over islands of furniture (ads, "RELATED:" links, newsletter boxes, pull
    /// quotes) to the paragraphs beyond them. Forward it stops at an end marker ("Read more:", "Tags:");
    /// backward at the header (a dateline, a byline, a headline).
    static func extend(_ seed: Range<Int>, lines: [Line]) -> Range<Int> {
        var upper = seed.upperBound
        var probe = upper
        var island = 0
        while probe < lines.count {
            let line = lines[probe]
            if line.kind == .blank { probe += 1; continue }
            if isEndMarker(line.text) { break }
            if line.kind == .paragraph {
                upper = probe + 1
                island = 0
            } else if line.kind == .short || line.kind == .boilerplate {
                island += 1
                if island > ChromeVocabulary.maximumIslandLines { break }
            }
            probe += 1
        }
        var lower = seed.lowerBound
        probe = lower - 1
        island = 0
        while probe >= 0 {
            let line = lines[probe]
            if line.kind == .blank { probe -= 1; continue }
            if Dateline.parse(line.text) != nil && line.words <= 16 { break }
            if line.kind == .short && (looksLikeName(line.text) || line.text.lowercased().hasPrefix("by ")) { break }
            if line.kind == .paragraph {
                lower = probe
                island = 0
            } else if line.kind == .short || line.kind == .boilerplate {
                island += 1
                if island > ChromeVocabulary.maximumIslandLines { break }
            }
            probe -= 1
        }
        return lower..<upper
    }

    /// The body lines of the region: paragraphs; short sentences, list items and headings connected
    /// to them; no captions, no pull quotes, no repeats.
    static func assemble(_ region: Range<Int>, lines: [Line], article: inout Article) -> [String] {
        let content = region.filter { lines[$0].kind != .blank }
        var keep = [Bool](repeating: false, count: lines.count)
        let hasParagraphs = content.contains { lines[$0].kind == .paragraph }
        for (position, index) in content.enumerated() {
            let line = lines[index]
            guard line.kind == .paragraph || (!hasParagraphs && line.isBody) else { continue }
            // A short paragraph alone between furniture lines is furniture too ("Get the best of
            // our stories delivered to your inbox.").
            let previous = position > 0 ? lines[content[position - 1]] : nil
            let next = position + 1 < content.count ? lines[content[position + 1]] : nil
            let furniture = { (l: Line?) in l.map { $0.kind == .short || $0.kind == .boilerplate } ?? true }
            let boilerplate = { (l: Line?) in l.map { $0.kind == .boilerplate } ?? false }
            if line.words <= ChromeVocabulary.isolatedParagraphMaximumWords, furniture(previous), furniture(next),
                boilerplate(previous) || boilerplate(next), hasParagraphs
            {
                continue
            }
            keep[index] = true
        }
        // Near-body lines join when a neighbour is body: a newsletter box's one sentence does not.
        var changed = true
        while changed {
            changed = false
            for (position, index) in content.enumerated() where !keep[index] {
                let line = lines[index]
                let previous = position > 0 ? content[position - 1] : nil
                let next = position + 1 < content.count ? content[position + 1] : nil
                let touches = (previous.map { keep[$0] } ?? false) || (next.map { keep[$0] } ?? false)
                if (line.kind == .sentence || line.kind == .listItem) && touches {
                    keep[index] = true
                    changed = true
                } else if isHeading(line), let next, keep[next] || lines[next].isBody, let previous, keep[previous] {
                    keep[index] = true
                    changed = true
                }
            }
        }
        // A caption is followed by its credit line: "(Photo: Kevin Marsh/The Gazette)".
        for (position, index) in content.enumerated() where keep[index] && position + 1 < content.count {
            let next = lines[content[position + 1]]
            if next.kind == .boilerplate, next.words <= 12, isCaption(next.text, words: next.words) {
                keep[index] = false
                article.diagnostics.append("dropped a photo caption: \(lines[index].text)")
            }
        }
        // A caption right after a photo credit at the top of the body: drop it.
        if let first = content.first(where: { keep[$0] }),
            isCaption(at: first, lines: lines, region: region, byline: article.byline, title: article.title)
        {
            article.diagnostics.append("dropped a photo caption: \(lines[first].text)")
            keep[first] = false
        }
        var body: [String] = []
        var seen = Set<String>()
        let keptKeys = content.filter { keep[$0] }.map { (index: $0, key: TextNormalizer.key(lines[$0].text)) }
        let paragraphKeys = keptKeys.filter { lines[$0.index].kind == .paragraph }.map { Array($0.key.utf8) }
        for (index, key) in keptKeys {
            let line = lines[index]
            guard seen.insert(key).inserted else { continue }
            // A pull quote repeats part of a paragraph (a key has no spaces or punctuation, so bytes
            // compare as its characters do).
            if line.kind != .paragraph, key.utf8.count >= 20, key.count >= 20 {
                let bytes = Array(key.utf8)
                if paragraphKeys.contains(where: { $0 != bytes && ByteSearch.contains($0, bytes) }) { continue }
            }
            body.append(line.text)
        }
        return body
    }

    // MARK: - Captions

    /// A photo-credit line: a short name ("Ti Gong") or credit words ("Getty Images", "Photo: Xinhua").
    static func isCredit(_ line: Line, byline: String?, title: String?) -> Bool {
        guard line.kind == .short || line.kind == .boilerplate else { return false }
        let lower = line.text.lowercased()
        if lower.hasPrefix("photo") || lower.hasPrefix("image") || lower.hasPrefix("credit") || lower.hasPrefix("(photo") { return true }
        let words = lower.split(separator: " ").map { String($0.filter { $0.isLetter }) }
        if words.contains(where: { ChromeVocabulary.creditWords.contains($0) }) && line.words <= 6 { return true }
        if let byline, TextNormalizer.key(line.text) == TextNormalizer.key(byline) { return false }
        if let title, TextNormalizer.key(line.text) == TextNormalizer.key(title) { return false }
        return looksLikeName(line.text)
    }

    static func isCaption(at index: Int, lines: [Line], region: Range<Int>, byline: String?, title: String?) -> Bool {
        let line = lines[index]
        guard line.isBody, line.words <= ChromeVocabulary.captionMaximumWords else { return false }
        // More paragraphs must follow, or the "caption" is the article.
        guard lines[(index + 1)..<region.upperBound].contains(where: { $0.kind == .paragraph }) else { return false }
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
        let particles: Set<String> = ["de", "da", "van", "von", "der", "bin", "al", "la", "le", "du", "del", "di", "and"]
        for word in words {
            if particles.contains(word.lowercased()) { continue }
            guard let first = word.unicodeScalars.first, first.properties.isUppercase,
                word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "." || $0 == "’" })
            else { return false }
        }
        return words.count >= 2 || (words.count == 1 && text.lowercased().hasPrefix("by "))
    }
}
