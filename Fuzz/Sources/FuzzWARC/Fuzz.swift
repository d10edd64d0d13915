import FuzzSupport
import NewsPipeline

/// WARC records: framing, lying lengths, HTTP headers, chunked and compressed payloads.
func fuzzOne(_ bytes: [UInt8]) -> Int { readAll(bytes, source: "fuzz.warc") }

@_cdecl("FuzzWARC_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
