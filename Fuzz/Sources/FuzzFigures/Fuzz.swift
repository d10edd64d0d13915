import FuzzSupport
import NewsPipeline

/// Text → figures → validation findings, against a fixed published date and without one.
func fuzzOne(_ bytes: [UInt8]) -> Int {
    let text = String(decoding: bytes, as: UTF8.self)
    var total = 0
    for published in [CalendarDate(year: 2020, month: 11, day: 7), nil] {
        let figures = FigureExtractor.extract(from: text, options: ExtractionOptions(published: published))
        let findings = Validator.validate(body: text, figures: figures, published: published)
        total &+= figures.count &+ findings.count
        for figure in figures { total &+= String(describing: figure).utf8.count }
    }
    return total
}

@_cdecl("FuzzFigures_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzzMain(argc, argv, fuzzOne)
}
