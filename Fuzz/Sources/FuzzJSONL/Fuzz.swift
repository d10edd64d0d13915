import FuzzSupport
import NewsPipeline

/// JSON lines: the JSON parser, field types, published dates, text or html members.
func fuzzOne(_ bytes: [UInt8]) -> Int { readAll(bytes, source: "fuzz.jsonl") }

@_cdecl("FuzzJSONL_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
