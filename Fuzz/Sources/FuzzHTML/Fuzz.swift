import FuzzSupport
import NewsPipeline

/// HTML → article → record: charset decoding, libxml2 parsing, chrome stripping, metadata, figures.
func fuzzOne(_ bytes: [UInt8]) -> Int {
    guard let page = document(bytes, format: .html) else { return 0 }
    return consume(ArticlePipeline.record(from: page, options: PipelineOptions(validate: true)))
}

@_cdecl("FuzzHTML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
