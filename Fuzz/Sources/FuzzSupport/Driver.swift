import NewsPipeline

/// libFuzzer's entry point for programs that have their own `main` (SwiftPM names an executable's
/// entry `<Module>_main`, so each target calls this from there).
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The target's input handler, set once by `fuzzMain` before libFuzzer starts.
nonisolated(unsafe) private var handler: ([UInt8]) -> Int = { _ in 0 }

/// libFuzzer's per-input callback, shared by every target: the input as bytes, to the handler.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = handler(input(data, size))
    return 0
}

/// Runs libFuzzer with the program's arguments, giving each input to `fuzzOne`.
public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ fuzzOne: @escaping ([UInt8]) -> Int
) -> CInt {
    handler = fuzzOne
    var count = argc
    var vector = argv
    return runDriver(&count, &vector, testOneInput)
}

/// The fuzzer's input as bytes.
public func input(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Everything a record carries, touched so that nothing is computed and then dropped unseen.
public func consume(_ record: Record) -> Int {
    RecordJSON.line(record).utf8.count
}

/// Reads one in-memory input the way a file named `source` is read (the readers only: the pages
/// themselves are the HTML and scrape targets' work); failures and skips are normal outcomes.
public func readAll(_ bytes: [UInt8], source: String) -> Int {
    var total = 0
    DocumentReader(maxDocumentBytes: 1 << 20).read(bytes: bytes, source: source) { item in
        switch item {
        case let .document(document):
            total &+= document.text.utf8.count &+ document.byteCount &+ (document.published?.count ?? 0)
        case let .failure(failure): total &+= failure.reason.utf8.count
        case let .skipped(_, reason): total &+= reason.utf8.count
        }
    }
    return total
}

/// One page's bytes as a document of the given format (nil when the bytes are rejected, e.g. blank).
public func document(_ bytes: [UInt8], format: DocumentFormat) -> RawDocument? {
    guard case let .document(document) = DocumentReader.document(bytes: bytes, source: "fuzz", format: format) else {
        return nil
    }
    return document
}
