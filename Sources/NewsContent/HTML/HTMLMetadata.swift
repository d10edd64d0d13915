import NewsJSON

/// Title, byline, dates, URL, site and language from JSON-LD, then OpenGraph and `<meta>`,
/// then `<time>` and `<title>`, in that order of trust.
enum HTMLMetadata {
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "socialmediaposting",
        "webpage", "techarticle", "scholarlyarticle",
    ]

    /// The `<meta>` keys (property, name or itemprop, lower-case) read below. The HTML pre-pass drops
    /// every other `<meta>`; `Metas` asserts that nothing else is read.
    static let metaKeys: Set<String> = [
        "og:title", "twitter:title", "title", "author", "article:author", "byl", "dc.creator", "article:published_time",
        "article:published", "article:modified", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
        "datepublished", "sailthru.date",
        "article:modified_time", "og:updated_time", "datemodified", "og:url", "og:site_name", "application-name", "og:locale",
        "language", "content-language",
    ]

    /// The `<link>` rels (lower-case) read below; the pre-pass drops every other `<link>`.
    static let linkRels: Set<String> = ["canonical"]

    /// The page's `<meta>` values, read only by the keys in `metaKeys`.
    struct Metas {
        let values: [String: String]
        subscript(key: String) -> String? {
            assert(HTMLMetadata.metaKeys.contains(key), "meta key \(key) is read but not in HTMLMetadata.metaKeys")
            return values[key]
        }
    }

    /// Fills the article's metadata; returns the JSON-LD `articleBody`, paragraphs joined by a blank
    /// line, when the page has one.
    @discardableResult
    static func fill(_ article: inout Article, from tree: HTMLTree) -> String? {
        var articleBody: String?
        for block in tree.jsonLD {
            guard let value = try? JSONParser.parse(block.trimmingSpaces()) else { continue }
            for object in articleObjects(in: value) {
                fillFromJSONLD(&article, object)
                if articleBody == nil, let body = object["articleBody"]?.stringValue {
                    let paragraphs = TextNormalizer.lines(body).map(TextNormalizer.collapse).filter { !$0.isEmpty }
                    if !paragraphs.isEmpty { articleBody = paragraphs.joined(separator: "\n\n") }
                }
            }
        }
        func set(_ keyPath: WritableKeyPath<Article, String?>, _ field: String, _ value: String?, _ source: MetadataSource) {
            guard article[keyPath: keyPath] == nil, let value = value.map(TextNormalizer.collapse), !value.isEmpty else { return }
            article[keyPath: keyPath] = value
            article.metadataSources[field] = source
        }
        let m = Metas(values: tree.metas)
        func link(_ rel: String) -> String? {
            assert(linkRels.contains(rel), "link rel \(rel) is read but not in HTMLMetadata.linkRels")
            return tree.links[rel]
        }
        set(\.title, "title", m["og:title"] ?? m["twitter:title"] ?? m["title"], .meta)
        set(
            \.byline, "byline",
            m["author"] ?? m["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? m["byl"].map(stripBy) ?? m["dc.creator"],
            .meta)
        set(
            \.published, "published",
            (m["article:published_time"] ?? m["article:published"] ?? m["og:published_time"] ?? m["pubdate"] ?? m["publishdate"]
                ?? m["date"] ?? m["dc.date"] ?? m["dc.date.issued"] ?? m["datepublished"] ?? m["sailthru.date"]).flatMap(normalizeDate),
            .meta)
        set(
            \.modified, "modified",
            (m["article:modified_time"] ?? m["article:modified"] ?? m["og:updated_time"] ?? m["datemodified"]).flatMap(normalizeDate),
            .meta)
        set(\.url, "url", link("canonical") ?? m["og:url"], .meta)
        set(\.siteName, "site", m["og:site_name"] ?? m["application-name"], .meta)
        set(\.language, "language", tree.language ?? m["og:locale"] ?? m["language"] ?? m["content-language"], .meta)
        if article.title == nil, let title = tree.title.map(TextNormalizer.collapse), !title.isEmpty {
            article.title = stripSiteSuffix(title, site: article.siteName)
            article.metadataSources["title"] = .titleElement
        }
        if article.published == nil {
            for element in tree.elements where element.name == "time" {
                if let value = element.attributes["datetime"].flatMap(normalizeDate) {
                    article.published = value
                    article.metadataSources["published"] = .timeElement
                    break
                }
            }
        }
        return articleBody
    }

    /// Objects of an article type, looking inside arrays and `@graph`.
    static func articleObjects(in value: JSONValue) -> [JSONValue] {
        switch value {
        case let .array(items): return items.flatMap(articleObjects)
        case .object:
            var found: [JSONValue] = []
            if let graph = value["@graph"] { found += articleObjects(in: graph) }
            let types: [String]
            switch value["@type"] {
            case let .string(s)?: types = [s]
            case let .array(a)?: types = a.compactMap(\.stringValue)
            default: types = []
            }
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { found.insert(value, at: 0) }
            return found
        default: return []
        }
    }

    static func fillFromJSONLD(_ article: inout Article, _ object: JSONValue) {
        func take(_ keyPath: WritableKeyPath<Article, String?>, _ field: String, _ value: String?) {
            guard article[keyPath: keyPath] == nil, let value = value.map(TextNormalizer.collapse), !value.isEmpty else { return }
            article[keyPath: keyPath] = value
            article.metadataSources[field] = .jsonLD
        }
        take(\.title, "title", object["headline"]?.stringValue ?? object["name"]?.stringValue)
        take(\.byline, "byline", personNames(object["author"]) ?? personNames(object["creator"]))
        take(\.published, "published", (object["datePublished"]?.stringValue ?? object["dateCreated"]?.stringValue).flatMap(normalizeDate))
        take(\.modified, "modified", object["dateModified"]?.stringValue.flatMap(normalizeDate))
        let page: String? = object["mainEntityOfPage"]?.stringValue ?? object["mainEntityOfPage"]?["@id"]?.stringValue
        take(\.url, "url", object["url"]?.stringValue ?? page)
        take(\.siteName, "site", object["publisher"]?["name"]?.stringValue)
        take(\.language, "language", object["inLanguage"]?.stringValue)
    }

    /// "Hu Min", or several authors joined with " and ".
    static func personNames(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        switch value {
        case let .string(s): return s.hasPrefix("http") ? nil : stripBy(s)
        case .object: return value["name"]?.stringValue.map(stripBy)
        case let .array(items):
            let names = items.compactMap { personNames($0) }
            return names.isEmpty ? nil : names.joined(separator: " and ")
        default: return nil
        }
    }

    static func stripBy(_ s: String) -> String {
        let t = TextNormalizer.collapse(s)
        return t.lowercased().hasPrefix("by ") ? String(t.dropFirst(3)) : t
    }

    /// Keeps ISO 8601 as given when it parses; reads other forms through `Dateline`.
    static func normalizeDate(_ value: String) -> String? {
        let trimmed = TextNormalizer.collapse(value)
        return Dateline.parse(trimmed)
    }

    /// "Title | Site" → "Title".
    static func stripSiteSuffix(_ title: String, site: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            // Keep the longer side's head when it is a real headline (three words, or eight
            // characters in scripts written without spaces).
            if let head = title.beforeLast(separator), TextNormalizer.wordCount(head) >= 3 || head.unicodeScalars.count >= 8 {
                return head
            }
        }
        return title
    }
}

extension String {
    /// The text before the last occurrence of `separator`, if it occurs.
    func beforeLast(_ separator: String) -> String? {
        let scalars = Array(unicodeScalars)
        let sep = Array(separator.unicodeScalars)
        guard sep.count <= scalars.count else { return nil }
        var i = scalars.count - sep.count
        while i >= 0 {
            if Array(scalars[i..<(i + sep.count)]) == sep {
                var out = String.UnicodeScalarView()
                out.append(contentsOf: scalars[0..<i])
                return String(out)
            }
            i -= 1
        }
        return nil
    }

    func trimmingSpaces() -> String {
        var s = Substring(self)
        // (Removed in place: `dropLast()` counted the whole text each time.)
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s.removeFirst() }
        while let l = s.unicodeScalars.last, l.properties.isWhitespace { s.removeLast() }
        return String(s)
    }
}
