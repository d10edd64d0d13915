import FuzzSupport
import NewsPipeline

/// gzip members (single, multi-member, cut off, bombs) and what they hold.
func fuzzOne(_ bytes: [UInt8]) -> Int { readAll(bytes, source: "fuzz.gz") }

@_cdecl("FuzzGzip_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
