import FuzzSupport
import NewsPipeline

/// gzip members (single, multi-member, cut off, bombs) and what they hold.
func fuzzOne(_ bytes: [UInt8]) -> Int { readAll(bytes, source: "fuzz.gz") }

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = fuzzOne(input(data, size))
    return 0
}

@_cdecl("FuzzGzip_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, testOneInput)
}
