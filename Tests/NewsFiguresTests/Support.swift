import NewsFigures
import TestSupport
import Testing

/// Extracts from marked text and checks that the figures of `kind` are exactly the marked spans
/// (text with no marks: that there is no figure of `kind`).
@discardableResult
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

/// The first date marked in `marked` (every marked span checked by `expectSpans`), resolved against
/// `published`: its span must be `start`…`end` (`end` defaults to `start`, a single day).
@discardableResult
func expectDate(
    _ marked: String, published: CalendarDate?, start: String, end: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> Figure {
    let figure = try #require(
        expectSpans(marked, kind: .date, published: published, sourceLocation: sourceLocation).first, sourceLocation: sourceLocation)
    #expect(figure.date == DateSpan(start: start, end: end ?? start), sourceLocation: sourceLocation)
    return figure
}

/// The date marked in `marked` among the text's other dates, resolved against `published`: its
/// span must be `start`…`end`.
func expectMarkedDate(
    _ marked: String, published: CalendarDate?, start: String, end: String? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let m = MarkedTextProxy(marked)
    let dates = FigureExtractor.extract(from: m.text, options: ExtractionOptions(published: published)).filter { $0.kind == .date }
    let figure = try #require(dates.first { $0.text == m.inner }, "\(m.text): \(dates.map(\.text))", sourceLocation: sourceLocation)
    #expect(figure.date == DateSpan(start: start, end: end ?? start), "\(m.text)", sourceLocation: sourceLocation)
}

func only(_ text: String, kind: FigureKind? = nil, published: CalendarDate? = nil) -> Figure? {
    let figures = FigureExtractor.extract(from: text, options: ExtractionOptions(published: published))
        .filter { kind == nil || $0.kind == kind }
    return figures.count == 1 ? figures[0] : nil
}
