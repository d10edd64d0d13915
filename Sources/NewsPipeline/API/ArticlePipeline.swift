import NewsContent
import NewsFigures
import NewsIngest
import NewsRecords
import NewsValidation

/// Options for turning documents into records.
public struct PipelineOptions: Sendable {
    /// Reference date-time for articles that state none (ISO 8601).
    public var fallbackPublished: String?
    /// Attach validation findings to each record.
    public var validate: Bool
    public var extraction: ExtractionOptions
    /// Plain-text inputs are already article bodies: no chrome stripping, lines kept as they are.
    public var textIsBody: Bool
    /// Published dates stated by the caller for whole inputs (a file, a directory, an archive), for
    /// documents that state none: input path → ISO 8601 date. Written as the record's `published`
    /// (metadata source "caller"), like a JSONL line's `published`.
    public var inputPublished: [String: String] = [:]

    /// The date `inputPublished` gives a document of `source`: the longest input path that is the
    /// source itself, a directory above it, or the archive it came from (`path#record`).
    public func statedPublished(for source: String) -> String? {
        var best: (length: Int, date: String)?
        for (path, date) in inputPublished {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            guard source == trimmed || source.hasPrefix(trimmed + "/") || source.hasPrefix(trimmed + "#") else { continue }
            if trimmed.count > best?.length ?? -1 { best = (trimmed.count, date) }
        }
        return best?.date
    }

    public init(
        fallbackPublished: String? = nil, validate: Bool = false, extraction: ExtractionOptions = ExtractionOptions(),
        textIsBody: Bool = false
    ) {
        self.fallbackPublished = fallbackPublished
        self.validate = validate
        self.extraction = extraction
        self.textIsBody = textIsBody
    }
}

/// Raw document → article → figures → record.
public enum ArticlePipeline {
    public static func article(from document: RawDocument, textIsBody: Bool = false) -> Article {
        var article =
            textIsBody && document.format == .text
            ? Article(text: document.text)
            : document.format == .html
                ? ContentExtractor.article(fromHTML: document.text)
                : ContentExtractor.article(fromText: document.text)
        if let title = document.title { article.title = title; article.metadataSources["title"] = .caller }
        if let published = document.published { article.published = published; article.metadataSources["published"] = .caller }
        if article.url == nil, let url = document.url { article.url = url; article.metadataSources["url"] = .caller }
        // Last, the day the page's address states ("/2019/11/19/"), as htmldate and trafilatura read it.
        if article.published == nil, let url = document.url ?? article.url, let day = Dateline.dayInURL(url) {
            article.published = day
            article.metadataSources["published"] = .url
        }
        return article
    }

    public static func record(from document: RawDocument, options: PipelineOptions = PipelineOptions()) -> Record {
        var article = article(from: document, textIsBody: options.textIsBody)
        // A date the caller states for the input goes before one read from the address.
        if article.published == nil || article.metadataSources["published"] == .url,
            let stated = options.statedPublished(for: document.source)
        {
            article.published = stated
            article.metadataSources["published"] = .caller
        }
        let chrome = options.extraction.rulePacks.flatMap(\.chromeLines).map { $0.lowercased() }
        if !chrome.isEmpty {
            // A rule pack's chrome lines for the user's sites: paragraphs starting with them go.
            let paragraphs = article.text.split(separator: "\n\n", omittingEmptySubsequences: false)
            article.text = paragraphs.filter { p in !chrome.contains { p.lowercased().hasPrefix($0) } }.joined(separator: "\n\n")
        }
        // The page's own date, else the caller's, else (archived pages) the day it was fetched.
        let fetchedDay = document.fetched.flatMap { $0.count >= 10 ? String($0.prefix(10)) : nil }
        let published = article.published ?? options.fallbackPublished ?? fetchedDay
        var extraction = options.extraction
        extraction.published = published.flatMap(CalendarDate.init(iso:))
        let (figures, overflowing) = FigureExtractor.extractReportingOverflow(from: article.text, options: extraction)
        var record = Record(
            id: document.id, source: document.source, url: document.url ?? article.url, title: article.title,
            byline: article.byline, published: article.published, text: article.text, figures: figures,
            modified: article.modified, site: article.siteName, language: article.language, encoding: document.encoding,
            metadataSources: article.metadataSources.mapValues(\.rawValue), diagnostics: article.diagnostics
        )
        record.diagnostics = document.notes + record.diagnostics
        record.fetched = document.fetched
        record.archiveOffset = document.archiveOffset
        if let published, article.published == nil {
            let against = options.fallbackPublished != nil ? "--published \(published)" : "the fetch date \(published)"
            record.diagnostics.append("published date not stated; dates resolved against \(against)")
        }
        if let overlong = FigureExtractor.overlongNumbers(in: article.text) {
            record.diagnostics.append(
                "\(overlong.count) number\(overlong.count == 1 ? "" : "s") longer than \(DecimalValue.maximumDigits) digits not read as figures (the first at offset \(overlong.firstOffset))"
            )
        }
        if let first = overflowing.first {
            let count = overflowing.count
            record.diagnostics.append(
                "\(count) figure\(count == 1 ? "" : "s") beyond 1e\(DecimalValue.powerOfTenRange.upperBound) or below 1e\(DecimalValue.powerOfTenRange.lowerBound) not read (the first \"\(first.text)\" at offset \(first.start))"
            )
        }
        if options.validate { record.findings = Validator.validate(body: record.text, figures: figures, published: extraction.published) }
        return record
    }
}
