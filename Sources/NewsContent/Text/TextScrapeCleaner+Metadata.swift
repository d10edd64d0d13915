extension TextScrapeCleaner {
    /// Title, byline, published and modified dates from the lines above the body.
    static func fillMetadata(_ article: inout Article, lines: [Line], header: Range<Int>) {
        let headerLines = header.filter { lines[$0].kind != .blank }

        // Datelines: every short line with a date; "Updated"/"modified" lines give the modified date.
        var datelines: [(index: Int, value: String, update: Bool)] = []
        for index in headerLines where lines[index].kind != .paragraph && lines[index].words <= 24 {
            guard let value = Dateline.parse(lines[index].text) else { continue }
            let lower = lines[index].text.lowercased()
            let update = ChromeVocabulary.updateWords.contains { lower.contains($0) }
            datelines.append((index, value, update))
        }
        let published = datelines.filter { !$0.update }
        // Among lines for the same day, the most precise (time and zone) wins.
        func mostPrecise(_ candidates: [(index: Int, value: String, update: Bool)]) -> (index: Int, value: String, update: Bool)? {
            guard let first = candidates.first else { return nil }
            return candidates.filter { $0.value.prefix(10) == first.value.prefix(10) }.max { $0.value.count < $1.value.count }
        }
        if let best = mostPrecise(published.isEmpty ? datelines : published) {
            article.published = best.value
            article.metadataSources["published"] = .dateline
        }
        if !published.isEmpty, let modified = datelines.first(where: { $0.update }), modified.value != article.published {
            article.modified = modified.value
            article.metadataSources["modified"] = .dateline
        }

        // Byline: "By …" (also inside a dateline), else a name-shaped line next to a dateline.
        var bylineIndex: Int?
        var bestScore = 0
        // How often each line's key occurs, among the header's lines and among all: counted once,
        // when first asked for (they were counted again for every candidate line).
        var headerKeyCounts: [String: Int]?
        func headerCount(of key: String) -> Int {
            if headerKeyCounts == nil { headerKeyCounts = keyCounts(headerLines.lazy.map { lines[$0] }) }
            return headerKeyCounts?[key] ?? 0
        }
        for index in headerLines where lines[index].kind != .paragraph && lines[index].words <= 24 {
            guard let name = bylineName(lines[index].text) else { continue }
            var score = name.explicit ? 10 : 0
            if let nearest = datelines.map({ abs($0.index - index) }).min() {
                let between = headerLines.filter { $0 > index - nearest && $0 < index + nearest && $0 != index }.count
                if nearest == 0 || between <= 2 { score += 5 - min(between, 4) }
            }
            let key = TextNormalizer.key(lines[index].text)
            if headerCount(of: key) > 1 { score += 2 }
            if score > bestScore || (score == bestScore && score > 0 && bylineIndex == nil) {
                bestScore = score
                bylineIndex = index
                article.byline = name.name
                article.metadataSources["byline"] = .textLayout
            }
        }

        // Title: the first headline-shaped line just above the byline (or the dateline); else a line
        // the page repeats; else the longest headline-shaped line of the header.
        let datelineIndices = Set(datelines.map(\.index))
        let candidates = headerLines.filter { index in
            let line = lines[index]
            guard line.kind != .boilerplate, line.kind != .listItem, line.words >= 3, line.words <= ChromeVocabulary.titleMaximumWords,
                !isBreadcrumb(line.text), !datelineIndices.contains(index), !looksLikeName(line.text), bylineName(line.text) == nil,
                !isEndMarker(line.text)
            else { return false }
            let lower = line.text.lowercased()
            guard !ChromeVocabulary.navigationPhrases.contains(where: { lower.hasPrefix($0) }) else { return false }
            return !(line.kind != .short && line.text.hasSuffix("."))
        }
        var chosen: Int?
        if let anchor = bylineIndex ?? datelines.first?.index {
            // The headline is the longest headline-sized line there (a standfirst is longer still;
            // weather and section lines are shorter).
            let window = headerLines.filter { $0 < anchor }.suffix(ChromeVocabulary.titleWindowLines).filter { candidates.contains($0) }
            let sized = window.filter { lines[$0].words <= ChromeVocabulary.headlineMaximumWords }
            chosen = (sized.isEmpty ? window : sized).max { lines[$0].words < lines[$1].words }
        }
        if chosen == nil, !candidates.isEmpty {
            let counts = keyCounts(lines)
            chosen = candidates.first { counts[TextNormalizer.key(lines[$0].text), default: 0] > 1 }
        }
        if chosen == nil { chosen = candidates.max { lines[$0].words < lines[$1].words } }
        if let index = chosen {
            article.title = lines[index].text
            article.metadataSources["title"] = .textLayout
        }
    }

    /// How many of the lines have each key.
    static func keyCounts<C: Sequence>(_ lines: C) -> [String: Int] where C.Element == Line {
        var counts: [String: Int] = [:]
        for line in lines { counts[TextNormalizer.key(line.text), default: 0] += 1 }
        return counts
    }

    /// The name in a byline: "By Samuel Ortiz, Staff Writer" → "Samuel Ortiz"; "Posted on March 4,
    /// 2021 by Dana Whitfield" → "Dana Whitfield"; a bare name line "Hu Min" (not explicit).
    static func bylineName(_ text: String) -> (name: String, explicit: Bool)? {
        let lower = text.lowercased()
        var start: String.Index?
        if lower.hasPrefix("by ") {
            start = text.index(text.startIndex, offsetBy: 3)
        } else if let range = lower.rangeOfWord(" by ") {
            start = text.index(text.startIndex, offsetBy: range.upperBound)
        }
        if let start {
            var name = String(text[start...])
            for stop in ChromeVocabulary.bylineStops {
                if let cut = name.lowercased().rangeOfWord(stop) {
                    name = String(name.prefix(cut.lowerBound))
                }
            }
            name = TextNormalizer.collapse(name)
            return looksLikeName(name) || (name.split(separator: " ").count == 1 && name.first?.isUppercase == true)
                ? (name, true) : nil
        }
        return looksLikeName(text) ? (text, false) : nil
    }
}

extension String {
    /// Character offsets of the first occurrence of `needle` (plain, case-sensitive).
    func rangeOfWord(_ needle: String) -> Range<Int>? {
        let hay = Array(self)
        let pattern = Array(needle)
        guard pattern.count <= hay.count, !pattern.isEmpty else { return nil }
        for i in 0...(hay.count - pattern.count) where hay[i] == pattern[0] {
            if Array(hay[i..<(i + pattern.count)]) == pattern { return i..<(i + pattern.count) }
        }
        return nil
    }
}
