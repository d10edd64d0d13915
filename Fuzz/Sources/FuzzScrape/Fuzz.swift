import FuzzSupport
import NewsPipeline

/// A text scrape → article → record: line rules for chrome, datelines, bylines, figures.
func fuzzOne(_ bytes: [UInt8]) -> Int {
    guard let page = document(bytes, format: .text) else { return 0 }
    return consume(ArticlePipeline.record(from: page, options: PipelineOptions(validate: true)))
}

@_cdecl("FuzzScrape_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
