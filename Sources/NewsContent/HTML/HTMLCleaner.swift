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
        var characters: Int { text.unicodeScalars.count }
        var linkDensity: Double { characters == 0 ? 0 : Double(linkChars) / Double(characters) }
    }

    static func extractBody(_ tree: HTMLTree, title: String?) -> (text: String, diagnostics: [String]) {
        let chrome = chromeMarks(tree)
        let blocks = flatten(tree, chrome: chrome)
        var diagnostics: [String] = []
        var scores = [Double](repeating: 0, count: tree.elements.count)
        for block in blocks where !block.inChrome && block.characters >= 25 && block.linkDensity < ChromeVocabulary.maximumLinkDensity {
            let commas = block.text.unicodeScalars.filter { $0 == "," || $0 == "，" }.count
            let score = 1 + Double(commas) + min(Double(block.characters) / 100, 3)
            var element = block.element
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
            let tokens = classTokens(tree.elements[index].classAndID)
            if tokens.contains(where: { ChromeVocabulary.contentTokens.contains($0) }) { scores[index] *= 1.25 }
            if ["article", "main"].contains(tree.elements[index].name) { scores[index] *= 1.1 }
        }
        var paragraphs: [String] = []
        if let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 {
            paragraphs = collect(blocks, tree: tree, under: best, title: title)
        }
        if paragraphs.joined().unicodeScalars.count < ChromeVocabulary.minimumBodyCharacters {
            let fallback = collect(blocks, tree: tree, under: nil, title: title)
            if fallback.joined().unicodeScalars.count > paragraphs.joined().unicodeScalars.count {
                diagnostics.append("main pass found too little text; used every clean paragraph of the page")
                paragraphs = fallback
            }
        }
        if paragraphs.isEmpty { diagnostics.append("no article text found: the body is empty") }
        return (paragraphs.joined(separator: "\n\n"), diagnostics)
    }

    /// The paragraphs under `container` (or anywhere), in order, without chrome, link lists or repeats.
    static func collect(_ blocks: [Block], tree: HTMLTree, under container: Int?, title: String?) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        if let title { seen.insert(TextNormalizer.key(title)) }
        for block in blocks where !block.inChrome {
            if let container, !isInside(block.element, container, tree) { continue }
            if block.linkDensity > ChromeVocabulary.maximumLinkDensity { continue }
            let isHeading = ["h2", "h3", "h4", "h5", "h6"].contains(block.tag)
            // Short fragments outside paragraphs are labels and buttons.
            if block.characters < 20 && !isHeading && block.tag != "li" && block.tag != "p" { continue }
            if TextScrapeCleaner.isBoilerplate(block.text) { continue }
            let key = TextNormalizer.key(block.text)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            out.append(block.text)
        }
        return out
    }

    static func isInside(_ element: Int, _ container: Int, _ tree: HTMLTree) -> Bool {
        var e = element
        while e >= 0 {
            if e == container { return true }
            e = tree.elements[e].parent
        }
        return false
    }

    static func classTokens(_ classAndID: String) -> [String] {
        var out: [String] = []
        for token in classAndID.split(whereSeparator: { $0 == " " }) {
            out.append(String(token))
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.count > 1 { out.append(contentsOf: parts.map(String.init)) }
        }
        return out
    }

    /// Elements whose own markup says they are page chrome (by tag, role, hidden, or class/id words).
    static func chromeMarks(_ tree: HTMLTree) -> [Bool] {
        var marks = [Bool](repeating: false, count: tree.elements.count)
        for (index, element) in tree.elements.enumerated() {
            if element.parent >= 0, marks[element.parent] { marks[index] = true; continue }
            if ChromeVocabulary.droppedElements.contains(element.name) || element.name == "header" { marks[index] = true; continue }
            if let role = element.attributes["role"]?.lowercased(),
               ["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"].contains(role) {
                marks[index] = true; continue
            }
            if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { marks[index] = true; continue }
            if let style = element.attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") {
                marks[index] = true; continue
            }
            let tokens = classTokens(element.classAndID)
            if tokens.isEmpty { continue }
            let content = tokens.contains { ChromeVocabulary.contentTokens.contains($0) }
            let chrome = tokens.contains { ChromeVocabulary.chromeTokens.contains($0) }
            if chrome && !content { marks[index] = true }
        }
        return marks
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
                let inChrome = stack.contains { chrome[$0] }
                let tag = element >= 0 ? tree.elements[element].name : ""
                blocks.append(Block(text: collapsed, linkChars: min(linkChars, collapsed.unicodeScalars.count),
                                    element: element, inChrome: inChrome, tag: tag))
            }
            text = ""
            linkChars = 0
        }
        for event in tree.events {
            switch event {
            case let .open(index):
                let name = tree.elements[index].name
                if name == "br" || name == "hr" {
                    flush()
                } else if ChromeVocabulary.blockElements.contains(name) {
                    flush()
                    blockStack.append(index)
                }
                if name == "a" { linkDepth += 1 }
                stack.append(index)
            case let .close(index):
                let name = tree.elements[index].name
                if name == "a" { linkDepth = max(0, linkDepth - 1) }
                if ChromeVocabulary.blockElements.contains(name), name != "br", name != "hr" {
                    flush()
                    if let position = blockStack.lastIndex(of: index) { blockStack.remove(at: position) }
                }
                if let position = stack.lastIndex(of: index) { stack.remove(at: position) }
            case let .text(content):
                if linkDepth > 0 { linkChars += TextNormalizer.collapse(content).unicodeScalars.count }
                text += content
            }
        }
        flush()
        return blocks
    }
}
