/// Every vocabulary and threshold the strippers use, in one place.
public enum ChromeVocabulary {
    // MARK: Text scrapes

    /// A paragraph line has at least this many words (or ends a sentence and has half as many).
    static let paragraphMinimumWords = 8
    /// A line this long is body text even without final punctuation.
    static let longLineWords = 30
    /// Longest title and heading, in words.
    static let titleMaximumWords = 30
    static let headingMaximumWords = 14
    /// Non-paragraph lines allowed between two paragraphs of one block.
    static let maximumGapLines = 1
    /// A caption is at most this many words.
    static let captionMaximumWords = 40

    /// Fragments (lower-case) that make any short line page furniture.
    static let strongBoilerplateFragments: [String] = ["©", "all rights reserved", "icp证", "icp备", "备案", "许可证", "公网安备"]
    /// Fragments (lower-case) that make a line furniture unless it is a real sentence.
    static let boilerplateFragments: [String] = [
        "copyright", "privacy policy", "terms of use", "terms of service",
        "cookie", "hotline", "icp", "subscribe", "newsletter", "sign up", "log in", "follow us",
        "share this", "click here", "read more", "related stories", "related articles", "advertisement",
        "download our app", "contact us", "about us", "all rights", "reprint", "permission",
    ]

    static let strongBoilerplateBytes = strongBoilerplateFragments.map { Array($0.utf8) }
    static let boilerplateBytes = boilerplateFragments.map { Array($0.utf8) }
    static let labelPrefixBytes = labelPrefixes.map { Array($0.utf8) }

    /// Sentences this short with a weak furniture word are furniture ("Subscribe to our newsletter.").
    static let weakBoilerplateMaximumWords = 8
    /// Line starts (lower-case) of source/credit lines: "Source: SHINE", "Editor: …".
    static let labelPrefixes: [String] = [
        "source:", "sources:", "editor:", "editors:", "edited by", "reporter:", "reporting by", "writer:", "photo:",
        "photos:", "photo by", "photograph:", "image:", "credit:", "credits:", "video:", "tags:", "tag:",
        "translated by", "contact:", "email:", "e-mail:", "tel:", "fax:", "[", "(photo", "file photo", "related:",
        "see also:", "also read:", "read also:", "read more:", "watch:", "listen:", "advertisement",
    ]

    /// Bullet markers of list items in text scrapes.
    static let listMarkers: [String] = ["• ", "•", "- ", "* ", "– ", "— ", "· ", "▪ ", "► "]
    /// Credits written inside a caption line (lower-case).
    static let inlineCreditFragments: [String] = [
        "photograph:", "photo:", "photos:", "[photo", "(photo", "photo by", "photo credit", "image:", "(image", "credit:",
        "/getty images", "(getty", "/ap photo", "(ap photo", "/reuters", "(reuters)", "/afp", "(afp", "/shutterstock",
    ]
    static let inlineCreditBytes = inlineCreditFragments.map { Array($0.utf8) }
    /// A short line with an e-mail address is a contact note.
    static let contactMaximumWords = 30
    /// Line starts (lower-case) after which the article does not continue.
    static let endMarkers: [String] = [
        "read more", "related stories", "related articles", "related news", "related coverage", "more from", "more stories",
        "most popular", "most viewed", "most read", "you might also like", "you may also like", "recommended",
        "leave a comment", "comments", "view comments", "sign in to join", "topics", "tags:", "tag:", "share this",
        "about the author", "source:", "editor:", "reuse this content", "what to read next", "trending now", "popular stories",
    ]
    /// Furniture lines between two parts of a body that may be skipped to join them.
    static let maximumIslandLines = 6
    /// Words that make a dateline the modified date.
    static let updateWords: [String] = ["updated", "modified", "last edited", "edited"]
    /// Phrases that start navigation lines, never titles.
    static let navigationPhrases: [String] = [
        "skip to", "sign in", "log in", "sign up", "subscribe", "support the", "search", "menu", "home",
    ]
    /// Headlines are at most this long; a longer line above the byline is a standfirst.
    static let headlineMaximumWords = 16
    /// A paragraph this short between furniture lines is furniture.
    static let isolatedParagraphMaximumWords = 15
    /// Non-blank lines above the byline where the headline is looked for.
    static let titleWindowLines = 4
    /// Words that end the name in a byline: "By Wang Lei in Shanghai | …".
    static let bylineStops: [String] = [",", " |", "|", " in ", " for ", " - ", " – ", " — ", " (", " on ", " •", " updated", " published"]

    /// Words of photo-credit lines: "Ti Gong", "Getty Images", "Xinhua".
    static let creditWords: Set<String> = [
        "photo", "photos", "image", "images", "getty", "reuters", "afp", "ap", "xinhua", "imaginechina", "ic",
        "courtesy", "credit", "shutterstock", "epa", "bloomberg", "file", "istock", "alamy", "cnsphoto", "vcg",
    ]

    /// Separators that make a line a breadcrumb or menu: "News / Metro".
    static let breadcrumbSeparators: [String] = [" / ", " > ", " » ", " | ", " › ", " · "]
    static let endMarkerBytes: [[UInt8]] = endMarkers.map { Array($0.utf8) }
    static let breadcrumbSeparatorBytes: [[UInt8]] = breadcrumbSeparators.map { Array($0.utf8) }

    // MARK: HTML

    /// Elements that never hold article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "nav", "footer", "aside", "form", "button", "input", "select", "textarea", "label", "figure",
        "figcaption", "menu", "dialog", "head", "link", "meta", "picture", "video", "audio", "map", "area",
    ]

    /// class/id tokens that mark chrome; matched against whole tokens and their parts.
    static let chromeTokens: Set<String> = [
        "share", "sharing", "social", "related", "comment", "comments", "newsletter", "subscribe", "subscription",
        "promo", "advert", "ad", "ads", "adv", "sponsor", "sponsored", "sidebar", "breadcrumb", "breadcrumbs",
        "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "cookie", "popup", "modal",
        "caption", "credit", "credits", "byline", "author", "tags", "tag", "toolbar", "print", "widget",
        "recommend", "recommended", "outbrain", "taboola", "more", "trending", "popular", "signup", "login",
        "banner", "hidden", "summary", "lede-box", "meta", "dateline", "timestamp", "date", "time", "source",
        "editor", "copyright", "disclaimer", "pagination", "pager", "rating", "reactions", "subnav", "teaser",
        "inline-ad", "paywall", "skip", "sr-only", "visually-hidden", "audio", "video", "player", "gallery",
        "slideshow", "photo", "image", "img", "thumbnail", "avatar", "logo", "icon", "search", "follow",
    ]

    /// class/id tokens that mark the article body.
    static let contentTokens: Set<String> = [
        "article", "content", "story", "body", "entry", "post", "main", "text", "detail", "richtext",
        "article-body", "articlebody", "story-body", "post-content", "entry-content",
    ]

    /// Block elements whose text is a paragraph of the body.
    static let paragraphElements: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td"]

    /// Elements that start a new block.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dd", "dt", "body", "br", "hr", "center",
        "header", "address",
    ]

    /// Elements dropped whatever they hold.
    static let alwaysChromeElements: Set<String> = ["nav", "button", "figcaption", "select", "textarea", "label", "menu", "dialog"]
    /// Class words and loose tags mark an element as chrome only below this share of the page's text.
    static let chromeMaximumShare = 0.25
    /// Chrome tags (aside, footer, header, form) mark an element as chrome below this share.
    static let chromeTagMaximumShare = 0.5
    /// A paragraph whose text is more than this share link text is navigation.
    static let maximumLinkDensity = 0.5
    /// Siblings of the best container join it when they score this much, or this share of the best.
    static let siblingMinimumScore = 10.0
    static let siblingShareOfBest = 0.2
    /// Climbing from the best container: blocks that count, how far, and the gain that justifies a level.
    static let widenMinimumBlock = 80
    static let widenMaximumLevels = 6
    static let widenMinimumGain = 1.33
    /// A block that is the headline plus at most this many words is a breadcrumb or a repeat.
    static let breadcrumbExtraWords = 6
    /// A block of at most this many words that holds a date is a dateline.
    static let datelineMaximumWords = 10
    /// A list item's weight in container scoring, against 1 for a paragraph.
    static let listItemWeight = 0.5
    /// The JSON-LD articleBody replaces an HTML body shorter than this share of it.
    static let jsonLDBodyShare = 0.5
    static let jsonLDBodyMinimumCharacters = 80
    /// A body shorter than this (characters) triggers the fallback stage.
    static let minimumBodyCharacters = 200
}
