/// Main-content extraction over an `HTMLTree`: flatten the page into text blocks, score the
/// elements that contain them (text length, commas, link density, class/id vocabulary), pick
/// the best container and keep its paragraphs; fall back to every clean paragraph when the
/// main pass finds too little.
enum HTMLCleaner {
    /// A run of text between two block boundaries.
    struct Block {
        var text: String
        var linkChars: Int
        /// The nearest enclosing block element.
        var element: Int
        /// Inside a chrome-marked element, or a heading/list by its tag.
        var inChrome: Bool
        var tag: String
        /// Length in Unicode scalars.
        var characters: Int
        var linkDensity: Double { characters == 0 ? 0 : Double(linkChars) / Double(characters) }

        init(text: String, linkChars: Int, element: Int, inChrome: Bool, tag: String) {
            self.text = text
            self.characters = ByteSearch.scalarCount(text)
            self.linkChars = min(linkChars, characters)
            self.element = element
            self.inChrome = inChrome
            self.tag = tag
        }
    }

    static let articleBodyBytes = Array("articlebody".utf8)
    static let displayNoneBytes = Array("display:none".utf8)

    /// Where the article is: the containers whose paragraphs make the body.
    static func chooseContainers(_ tree: HTMLTree, blocks: [Block], chrome: [Bool], sizes: (text: [Int], links: [Int])) -> [Int] {
        var scores = [Double](repeating: 0, count: tree.elements.count)
        for block in blocks where !block.inChrome && block.characters >= 25 && block.linkDensity < ChromeVocabulary.maximumLinkDensity {
            let commas = block.text.unicodeScalars.filter { $0 == "," || $0 == "，" }.count
            // Link-heavy blocks and list items (teaser lists) weigh less than plain paragraphs.
            let shape = block.tag == "li" ? ChromeVocabulary.listItemWeight : 1
            let score = (1 + Double(commas) + min(Double(block.characters) / 100, 3)) * (1 - block.linkDensity) * shape
            // Credit the containers of the paragraph, not the paragraph itself.
            var element = block.element
            if element >= 0, tree.elements[element].kind.contains(.paragraph) {
                element = tree.elements[element].parent
            }
            var share = 1.0
            var level = 0
            while element >= 0, level < 3 {
                scores[element] += score * share
                share /= 2
                level += 1
                element = tree.elements[element].parent
            }
        }
        for index in scores.indices where scores[index] > 0 {
            if classWords(tree.elements[index].classAndID).content { scores[index] *= 1.25 }
            if tree.elements[index].kind.contains(.articleOrMain) { scores[index] *= 1.1 }
        }
        var containers: [Int] = []
        // The page's own word for its body wins when it holds real text.
        if let marked = tree.elements.indices.first(where: { index in
            (tree.elements[index].attributes["itemprop"].map { ByteSearch.containsLowered($0, Self.articleBodyBytes) } ?? false)
                && !chrome[index] && sizes.text[index] >= ChromeVocabulary.minimumBodyCharacters
        }) {
            containers = [marked]
        } else if var best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 {
            best = widen(best, tree: tree, blocks: blocks)
            containers = [best]
            // Bodies split into columns or chunks: siblings that score well, or share the best's class.
            let parent = tree.elements[best].parent
            if parent >= 0 {
                let threshold = max(ChromeVocabulary.siblingMinimumScore, scores[best] * ChromeVocabulary.siblingShareOfBest)
                for index in tree.elements.indices where index != best && tree.elements[index].parent == parent && !chrome[index] {
                    let sameClass =
                        !tree.elements[best].classAndID.isEmpty && tree.elements[index].classAndID == tree.elements[best].classAndID
                    if scores[index] >= threshold || (sameClass && scores[index] > 0) { containers.append(index) }
                }
            }
        }
        return containers
    }

    /// The body, notes about how it was found, and the first visible dateline of the page.
    static func extractBody(_ tree: HTMLTree, title: String?, wantDateline: Bool) -> (
        text: String, diagnostics: [String], dateline: String?
    ) {
        let sizes = textSizes(tree)
        let chrome = chromeMarks(tree, sizes: sizes)
        let blocks = flatten(tree, chrome: chrome)
        var diagnostics: [String] = []
        var paragraphs: [String] = []
        let containers = chooseContainers(tree, blocks: blocks, chrome: chrome, sizes: sizes)
        if !containers.isEmpty {
            paragraphs = collect(blocks, tree: tree, under: Set(containers), title: title)
        }
        let characters = { (texts: [String]) in texts.reduce(0) { $0 + ByteSearch.scalarCount($1) } }
        if characters(paragraphs) < ChromeVocabulary.minimumBodyCharacters {
            let fallback = collect(blocks, tree: tree, under: nil, title: title)
            if characters(fallback) > characters(paragraphs) {
                diagnostics.append("main pass found too little text; used every clean paragraph of the page")
                paragraphs = fallback
            }
        }
        if paragraphs.isEmpty { diagnostics.append("no article text found: the body is empty") }
        // A visible dateline: the first short block that holds a date (often in a chrome-marked byline box).
        let dateline =
            !wantDateline
            ? nil
            : blocks.lazy.filter { TextNormalizer.wordCount($0.text) <= ChromeVocabulary.datelineMaximumWords + 4 }
                .compactMap { Dateline.parse($0.text) }.first
        return (paragraphs.joined(separator: "\n\n"), diagnostics, dateline)
    }

    /// A body split into chunks (one container per few paragraphs) is gathered by climbing to the
    /// ancestor that holds the other chunks: climb while the parent adds at least a third more
    /// paragraph text made of long, link-poor blocks.
    static func widen(_ start: Int, tree: HTMLTree, blocks: [Block]) -> Int {
        // The shape of the body's paragraphs: tag and the class of the element holding them.
        func signature(_ block: Block) -> String {
            let parent = block.element >= 0 ? tree.elements[block.element].parent : -1
            return block.tag + "|" + (parent >= 0 ? tree.elements[parent].name + "." + tree.elements[parent].classAndID : "")
        }
        var shapes = Set<String>()
        for block in blocks
        where !block.inChrome && block.element >= 0 && isInside(block.element, [start], tree)
            && block.characters >= ChromeVocabulary.widenMinimumBlock
        {
            shapes.insert(signature(block))
        }
        // Only text shaped like the body's own paragraphs justifies climbing: teaser lists and
        // sidebars have other markup.
        var good = [Int](repeating: 0, count: tree.elements.count)
        for block in blocks
        where !block.inChrome && block.element >= 0
            && block.characters >= ChromeVocabulary.widenMinimumBlock && block.linkDensity < 0.3 && shapes.contains(signature(block))
        {
            good[block.element] += block.characters
        }
        for index in stride(from: tree.elements.count - 1, through: 0, by: -1) {
            let parent = tree.elements[index].parent
            if parent >= 0 { good[parent] += good[index] }
        }
        var current = start
        while true {
            // The nearest ancestor (a few levels up) that adds enough paragraph text.
            var probe = current
            var next: Int?
            for _ in 0..<ChromeVocabulary.widenMaximumLevels {
                let parent = tree.elements[probe].parent
                guard parent >= 0, !["body", "html"].contains(tree.elements[parent].name), good[current] > 0 else { break }
                if Double(good[parent]) >= Double(good[current]) * ChromeVocabulary.widenMinimumGain { next = parent; break }
                probe = parent
            }
            guard let found = next else { break }
            current = found
        }
        return current
    }

    /// The paragraphs under `container` (or anywhere), in order, without chrome, link lists or repeats.
    static func collect(_ blocks: [Block], tree: HTMLTree, under containers: Set<Int>?, title: String?) -> [String] {
        var out: [String] = []
        let titleKey = title.map { TextNormalizer.key($0) } ?? ""
        let titleWords = TextNormalizer.wordCount(title ?? "")
        for block in blocks where !block.inChrome {
            if let containers, !isInside(block.element, containers, tree) { continue }
            let words = TextNormalizer.wordCount(block.text)
            // The headline again, or a breadcrumb ending in it ("Home › Sport › <headline>").
            if !titleKey.isEmpty, words <= titleWords + ChromeVocabulary.breadcrumbExtraWords,
                TextNormalizer.key(block.text).hasSuffix(titleKey)
            {
                continue
            }
            // A short line holding a date is a dateline ("LinkNaija August 08, 2018").
            if words <= ChromeVocabulary.datelineMaximumWords, block.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
                Dateline.parse(block.text) != nil
            {
                continue
            }
            // Links are navigation, unless the text is the address itself (a URL the article lists).
            if block.linkDensity > ChromeVocabulary.maximumLinkDensity && !isBareURL(block.text) { continue }
            let isHeading = ["h2", "h3", "h4", "h5", "h6"].contains(block.tag)
            // Short fragments outside paragraphs are labels and buttons.
            if block.characters < 20 && !isHeading && block.tag != "li" && block.tag != "p" { continue }
            // A paragraph that is a whole sentence keeps weak furniture words ("about US$2.5 billion",
            // "planning permission"); strong marks (©, "all rights reserved") still condemn it.
            let sentence = block.tag == "p" && TextScrapeCleaner.endsSentence(block.text)
            if words <= 25, TextScrapeCleaner.isBoilerplate(block.text, sentenceShaped: sentence) { continue }
            // Punctuation alone ("•", "|") is not text. Repeated lines are kept: recipes and lists
            // repeat lines on purpose.
            if !TextNormalizer.hasAlphanumeric(block.text) { continue }
            out.append(block.text)
        }
        return out
    }

    static func isBareURL(_ text: String) -> Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://")) && !text.contains(" ")
    }

    static func isInside(_ element: Int, _ containers: Set<Int>, _ tree: HTMLTree) -> Bool {
        var e = element
        while e >= 0 {
            if containers.contains(e) { return true }
            e = tree.elements[e].parent
        }
        return false
    }

    /// Calls `body` with each class/id token and, for a token of several parts joined by "-" or "_",
    /// each part ("share-bar" → "share-bar", "share", "bar"), without building a list.
    static func forEachClassToken(_ classAndID: String, _ body: (Substring) -> Void) {
        for token in classAndID.split(separator: " ") {
            body(token)
            var parts = 0
            var start = token.startIndex
            var index = token.startIndex
            var firstPart: Substring?
            func part(_ end: String.Index) {
                guard start < end else { return }
                parts += 1
                if parts == 1 {
                    firstPart = token[start..<end]
                } else {
                    if parts == 2, let firstPart { body(firstPart) }
                    body(token[start..<end])
                }
            }
            while index < token.endIndex {
                let c = token[index]
                if c == "-" || c == "_" {
                    part(index)
                    start = token.index(after: index)
                }
                index = token.index(after: index)
            }
            part(token.endIndex)
        }
    }

    static let contentWords = ByteWordSet(ChromeVocabulary.contentTokens)
    static let chromeWords = ByteWordSet(ChromeVocabulary.chromeTokens)

    /// Whether the class/id tokens hold a word of the body, and a word of chrome.
    static func classWords(_ classAndID: String) -> (content: Bool, chrome: Bool) {
        var text = classAndID
        if let words = text.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? asciiClassWords($0) : nil }) { return words }
        var content = false
        var chrome = false
        forEachClassToken(classAndID) { token in
            let word = String(token)
            if !content, ChromeVocabulary.contentTokens.contains(word) { content = true }
            if !chrome, ChromeVocabulary.chromeTokens.contains(word) { chrome = true }
        }
        return (content, chrome)
    }

    /// Text and link-text characters inside each element (its whole subtree).
    static func textSizes(_ tree: HTMLTree) -> (text: [Int], links: [Int]) {
        var text = [Int](repeating: 0, count: tree.elements.count)
        var links = [Int](repeating: 0, count: tree.elements.count)
        var stack: [Int] = []
        var linkDepth = 0
        for event in tree.events {
            switch event {
            case let .open(index):
                stack.append(index)
                if tree.elements[index].role == .link { linkDepth += 1 }
            case let .close(index):
                if let position = stack.lastIndex(of: index) { stack.remove(at: position) }
                if tree.elements[index].role == .link { linkDepth = max(0, linkDepth - 1) }
            case let .text(content):
                guard let owner = stack.last else { continue }
                let count = TextNormalizer.visibleCount(content)
                text[owner] += count
                if linkDepth > 0 { links[owner] += count }
            }
        }
        // Elements are in document (pre-)order, so every child comes after its parent.
        for index in stride(from: tree.elements.count - 1, through: 0, by: -1) {
            let parent = tree.elements[index].parent
            if parent >= 0 {
                text[parent] += text[index]
                links[parent] += links[index]
            }
        }
        return (text, links)
    }

    /// Elements whose own markup says they are page chrome (by tag, role, hidden, or class/id words).
    /// Class words and the looser tags (header, aside, footer) are trusted only for elements that hold
    /// a small share of the page's text or are mostly links: a wrapper whose class says "has-sidebar"
    /// must not take the article with it.
    static func chromeMarks(_ tree: HTMLTree, sizes: (text: [Int], links: [Int])) -> [Bool] {
        let total = max(1, tree.elements.indices.filter { tree.elements[$0].parent < 0 }.map { sizes.text[$0] }.reduce(0, +))
        var marks = [Bool](repeating: false, count: tree.elements.count)
        var classVerdicts: [String: Bool] = [:]
        for (index, element) in tree.elements.enumerated() {
            if element.parent >= 0, marks[element.parent] { marks[index] = true; continue }
            let share = Double(sizes.text[index]) / Double(total)
            let linky =
                sizes.text[index] > 0 && Double(sizes.links[index]) / Double(sizes.text[index]) > ChromeVocabulary.maximumLinkDensity
            let small = share < ChromeVocabulary.chromeMaximumShare || (linky && share < 0.5)
            if element.kind.contains(.chromeTag) {
                // Tags say more than class words: a sidebar <aside> stays chrome up to half the page.
                if share < ChromeVocabulary.chromeTagMaximumShare || element.kind.contains(.alwaysChrome) {
                    marks[index] = true
                }
                continue
            }
            if let role = element.attributes["role"]?.lowercased(),
                ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"].contains(role), small
            {
                marks[index] = true; continue
            }
            // Hidden wrappers are often un-hidden by scripts: trust "hidden" only for small elements.
            if small, element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { marks[index] = true; continue }
            if small, let style = element.attributes["style"],
                ByteSearch.containsLowered(style, Self.displayNoneBytes, skippingSpaces: true)
            {
                marks[index] = true; continue
            }
            guard small, !element.kind.contains(.structural) else { continue }
            if element.classAndID.isEmpty { continue }
            // Pages repeat the same class strings many times: decide each once.
            let verdict: Bool
            if let known = classVerdicts[element.classAndID] {
                verdict = known
            } else {
                let words = classWords(element.classAndID)
                verdict = words.chrome && !words.content
                classVerdicts[element.classAndID] = verdict
            }
            if verdict { marks[index] = true }
        }
        return marks
    }

    /// `classWords` over ASCII bytes: tokens split at spaces, parts at "-" and "_" (one byte is one
    /// character there), looked up without making strings.
    static func asciiClassWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (content: Bool, chrome: Bool) {
        var content = false
        var chrome = false
        func check(_ start: Int, _ end: Int) {
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !content, contentWords.contains(word) { content = true }
            if !chrome, chromeWords.contains(word) { chrome = true }
        }
        var tokenStart = 0
        var i = 0
        let n = bytes.count
        while i <= n, !(content && chrome) {
            guard i == n || bytes[i] == 0x20 else { i += 1; continue }
            if i > tokenStart {
                check(tokenStart, i)
                // Its parts, when there are two or more (empty parts do not count): counted, then checked.
                for pass in 0..<2 {
                    var parts = 0
                    var start = tokenStart
                    for k in tokenStart...i where k == i || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "_") {
                        if k > start {
                            parts += 1
                            if pass == 1 { check(start, k) }
                        }
                        start = k + 1
                    }
                    if parts < 2 { break }
                }
            }
            tokenStart = i + 1
            i += 1
        }
        return (content, chrome)
    }

    /// Flattens the event stream into text blocks split at block-element boundaries and `<br>`.
    static func flatten(_ tree: HTMLTree, chrome: [Bool]) -> [Block] {
        var blocks: [Block] = []
        var stack: [Int] = []
        var blockStack: [Int] = []
        var text = ""
        var linkChars = 0
        var linkDepth = 0
        func flush() {
            let collapsed = TextNormalizer.collapse(text)
            if !collapsed.isEmpty {
                let element = blockStack.last ?? -1
                // Chrome marks reach every descendant, so the innermost open element decides.
                let inChrome = stack.last.map { chrome[$0] } ?? false
                let tag = element >= 0 ? tree.elements[element].name : ""
                blocks.append(
                    Block(
                        text: collapsed, linkChars: linkChars,
                        element: element, inChrome: inChrome, tag: tag))
            }
            text = ""
            linkChars = 0
        }
        for event in tree.events {
            switch event {
            case let .open(index):
                switch tree.elements[index].role {
                case .lineBreak: flush()
                case .block:
                    flush()
                    blockStack.append(index)
                case .link: linkDepth += 1
                case .inline: break
                }
                stack.append(index)
            case let .close(index):
                switch tree.elements[index].role {
                case .link: linkDepth = max(0, linkDepth - 1)
                case .block:
                    flush()
                    if let position = blockStack.lastIndex(of: index) { blockStack.remove(at: position) }
                default: break
                }
                if let position = stack.lastIndex(of: index) { stack.remove(at: position) }
            case let .text(content):
                if linkDepth > 0 { linkChars += TextNormalizer.visibleCount(content) }
                text += content
            }
        }
        flush()
        return blocks
    }
}
