import NewsFigures
import TestSupport
import Testing

/// Extracts from marked text and checks that the figures of `kind` are exactly the marked spans.
func expectSpans(
    _ marked: String, kind: FigureKind? = nil, published: CalendarDate? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> [Figure] {
    let m = MarkedText(marked)
    let figures = FigureExtractor.extract(from: m.text, options: ExtractionOptions(published: published))
        .filter { kind == nil || $0.kind == kind }
    let got = figures.map { "\($0.start)..<\($0.end) \($0.text)" }
    let want = m.spans.map { "\($0.start)..<\($0.end) \($0.text)" }
    #expect(got == want, "in: \(m.text)", sourceLocation: sourceLocation)
    return figures
}

func only(_ text: String, kind: FigureKind? = nil, published: CalendarDate? = nil) -> Figure? {
    let figures = FigureExtractor.extract(from: text, options: ExtractionOptions(published: published))
        .filter { kind == nil || $0.kind == kind }
    return figures.count == 1 ? figures[0] : nil
}
