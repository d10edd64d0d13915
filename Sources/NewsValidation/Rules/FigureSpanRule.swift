import NewsFigures

/// schema.figure-span: every figure's offsets lie inside the body, `start < end`, and
/// `body[start..<end]` (in Unicode scalars) equals the figure's `text`.
public struct FigureSpanRule: ValidationRule {
    public let id = "schema.figure-span"

    public init() {}

    public func check(_ context: ValidationContext) -> [Finding] {
        let scalars = context.scalars
        let figures = context.figures
        var findings: [Finding] = []
        for (index, figure) in figures.enumerated() {
            guard figure.start >= 0, figure.start < figure.end, figure.end <= scalars.count else {
                findings.append(
                    Finding(
                        rule: id, severity: .error, figures: [index],
                        message: "offsets \(figure.start)..<\(figure.end) are outside the body (\(scalars.count) characters)"))
                continue
            }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[figure.start..<figure.end])
            let actual = String(slice)
            if actual != figure.text {
                findings.append(
                    Finding(
                        rule: id, severity: .error, figures: [index],
                        message: "text \"\(figure.text)\" does not match the body at \(figure.start)..<\(figure.end) (\"\(actual)\")"))
            }
        }
        return findings
    }
}
