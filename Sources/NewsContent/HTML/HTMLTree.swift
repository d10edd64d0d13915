/// A page parsed into plain Swift values: a flat list of elements and a document-order event
/// stream. Elements that never hold article text (scripts, styles, forms …) are left out, but
/// what metadata needs from them (JSON-LD, `<meta>`, `<link>`, `<title>`) is kept aside.
struct HTMLTree: Sendable {
    struct Element: Sendable {
        var name: String
        var parent: Int
        /// class and id, lower-cased, as one space-separated string.
        var classAndID: String
        var attributes: [String: String]
        var depth: Int
        /// How the element shapes text, decided once from its name.
        var role: Role = .inline
        /// What its name says to the cleaner, decided once per name.
        var kind: Kind = []
    }

    /// What an element's name says to the cleaner (`ChromeVocabulary`).
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt8
        /// A tag of chrome: `droppedElements` or header.
        static let chromeTag = Kind(rawValue: 1)
        /// Chrome whatever it holds (`alwaysChromeElements`).
        static let alwaysChrome = Kind(rawValue: 2)
        /// html, body, main, article: never chrome by their class words.
        static let structural = Kind(rawValue: 4)
        /// A paragraph of the body (`paragraphElements`).
        static let paragraph = Kind(rawValue: 8)
        /// article or main: a container the cleaner favours.
        static let articleOrMain = Kind(rawValue: 16)
    }

    static func kind(of name: String) -> Kind {
        var kind: Kind = []
        if ChromeVocabulary.droppedElements.contains(name) || name == "header" { kind.insert(.chromeTag) }
        if ChromeVocabulary.alwaysChromeElements.contains(name) { kind.insert(.alwaysChrome) }
        if ["html", "body", "main", "article"].contains(name) { kind.insert(.structural) }
        if ChromeVocabulary.paragraphElements.contains(name) { kind.insert(.paragraph) }
        if name == "article" || name == "main" { kind.insert(.articleOrMain) }
        return kind
    }

    enum Role: Sendable, Equatable {
        case inline
        /// Starts and ends a text block (p, div, li, h2 …).
        case block
        /// A line break inside a block (br, hr).
        case lineBreak
        /// A link: its text counts toward link density.
        case link
    }

    static func role(of name: String) -> Role {
        if name == "a" { return .link }
        if name == "br" || name == "hr" { return .lineBreak }
        return ChromeVocabulary.blockElements.contains(name) ? .block : .inline
    }

    enum Event: Sendable {
        case open(Int)
        case close(Int)
        case text(String)
    }

    var elements: [Element] = []
    var events: [Event] = []
    var jsonLD: [String] = []
    var title: String?
    /// `<meta>` name or property (lower-case) → content, first occurrence wins.
    var metas: [String: String] = [:]
    /// `<link rel=…>` rel (lower-case) → href.
    var links: [String: String] = [:]
    var language: String?
    var hasRoot = false
}
