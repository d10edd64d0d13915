import ArgumentParser
import NewsIngest
import NewsJSON
import NewsPipeline

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the article only, without page chrome.",
        discussion: """
            Examples:
              newsfigures clean Fixtures/articles/ciie-2020-zhejiang-shine-page.html
              newsfigures clean --format json page.html
            """
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var inputs: InputOptions

    @Option(help: "text: the body; json: the body with its metadata, one JSON line per article.")
    var format: Format = .text

    func run() throws {
        let paths = try inputs.allPaths()
        var failed = 0
        var first = true
        DocumentReader(computeIDs: false).read(paths) { item in
            switch item {
            case let .document(document):
                let article = ArticlePipeline.article(from: document)
                switch format {
                case .text:
                    FileOutput.standardOutput.write((first ? "" : "\n") + article.text + "\n")
                case .json:
                    var w = JSONWriter()
                    w.beginObject()
                    w.key("source"); w.string(document.source)
                    w.key("title"); w.optionalString(article.title)
                    w.key("byline"); w.optionalString(article.byline)
                    w.key("published"); w.optionalString(article.published)
                    w.key("modified"); w.optionalString(article.modified)
                    w.key("url"); w.optionalString(document.url ?? article.url)
                    w.key("site"); w.optionalString(article.siteName)
                    w.key("encoding")
                    w.string(document.encoding)
                    w.key("language"); w.optionalString(article.language)
                    w.key("text"); w.string(article.text)
                    w.key("metadata_sources")
                    w.beginObject()
                    for (key, source) in article.metadataSources.sorted(by: { $0.key < $1.key }) { w.key(key); w.string(source.rawValue) }
                    w.endObject()
                    w.key("diagnostics")
                    w.beginArray()
                    for d in article.diagnostics { w.string(d) }
                    w.endArray()
                    w.endObject()
                    FileOutput.standardOutput.write(w.string + "\n")
                }
                first = false
            case let .failure(failure):
                failed += 1
                FileOutput.standardError.write("newsfigures: \(failure.source): \(failure.reason)\n")
            case .skipped:
                break
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
