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
