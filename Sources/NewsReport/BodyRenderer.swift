import NewsFigures
import NewsRecords
import NewsValidation

/// An article body as HTML paragraphs with every figure in a `<mark>`: colour and underline by
/// kind, focusable, with a hover and focus card of its details, and badges linking to the findings
/// about it. Offsets are Unicode scalars into the body (the record contract).
struct BodyRenderer {
    let record: Record
    /// Element ids start with it ("a3" → "a3-f0", "a3-n1").
    let prefix: String
    let findings: [Finding]
    /// Figure index → the findings about it.
    let flags: [Int: [Int]]

    /// Figures that could not be placed (offsets outside the text, or empty).
    var unplaced: [Int] {
        let count = record.text.unicodeScalars.count
        return record.figures.indices.filter {
            !(record.figures[$0].start >= 0 && record.figures[$0].start < record.figures[$0].end && record.figures[$0].end <= count)
        }
    }

    /// Where each placed figure's mark starts and ends. Marks nest when one figure lies inside
    /// another; a figure that overlaps the previous one without lying inside it starts where that
    /// one ends, so every figure keeps a highlight and the marks stay properly nested.
    func spans() -> [(index: Int, start: Int, end: Int)] {
        let skip = Set(unplaced)
        let order = record.figures.indices.filter { !skip.contains($0) }.sorted {
            let a = record.figures[$0], b = record.figures[$1]
            return (a.start, -a.end, $0) < (b.start, -b.end, $1)
        }
        var out: [(index: Int, start: Int, end: Int)] = []
        var open: [Int] = []  // ends of the marks enclosing the current position
        for i in order {
            var start = record.figures[i].start
            let end = record.figures[i].end
            while true {
                while let last = open.last, last <= start { open.removeLast() }
                guard let enclosing = open.last, enclosing < end else { break }
                start = enclosing  // overlaps without lying inside: begin after it
            }
            guard start < end else { continue }
            out.append((i, start, end))
            open.append(end)
        }
        return out
    }

    func html() -> String {
        let scalars = Array(record.text.unicodeScalars)
        var opens: [Int: [(Int, Int)]] = [:]  // position → (figure, end), outer first
        for s in spans() { opens[s.start, default: []].append((s.index, s.end)) }
        var out = "<p>"
        var stack: [(figure: Int, end: Int)] = []
        var text = ""  // pending plain text, escaped when flushed
        func flush() {
            out += HTMLText.escape(text)
            text = ""
        }
        func close(at position: Int) {
            while let top = stack.last, top.end <= position {
                flush()
                stack.removeLast()
                out += card(top.figure) + "</mark>" + badges(top.figure)
            }
        }
        var p = 0
        while p < scalars.count {
            close(at: p)
            for (figure, end) in opens[p] ?? [] {
                flush()
                out += openTag(figure)
                stack.append((figure, end))
            }
            let c = scalars[p]
            if c == "\n" {
                var run = p
                while run < scalars.count, scalars[run] == "\n" || scalars[run] == "\r" { run += 1 }
                // A blank line ends a paragraph (inside a mark, a line break stands for it).
                let breaks = scalars[p..<run].filter { $0 == "\n" }.count
                // Marks opening or closing inside the run keep their positions.
                let markInside = (p + 1..<run).contains { q in opens[q] != nil || stack.contains { $0.end == q } }
                if !markInside {
                    flush()
                    out += breaks >= 2 && stack.isEmpty ? "</p>\n<p>" : String(repeating: "<br>", count: min(breaks, 2))
                    p = run
                    continue
                }
                flush()
                out += "<br>"
                p += 1
                continue
            }
            text.unicodeScalars.append(c)
            p += 1
        }
        close(at: Int.max)
        flush()
        return out + "</p>\n"
    }

    func openTag(_ i: Int) -> String {
        let f = record.figures[i]
        let severity = (flags[i] ?? []).map { findings[$0].severity }.max()
        let flagged = severity.map { " flagged flag-\($0.rawValue)" } ?? ""
        return "<mark class=\"fig k-\(f.kind.rawValue)\(flagged)\" id=\"\(prefix)-f\(i)\" tabindex=\"0\" data-figure=\"\(i)\" "
            + "data-kind=\"\(f.kind.rawValue)\" aria-describedby=\"\(prefix)-f\(i)-tip\">"
    }

    /// The hover and focus card: kind, value, unit, subject, bound, change, date, findings.
    func card(_ i: Int) -> String {
        let f = record.figures[i]
        let d = FigureDetails(f)
        var rows: [(String, String?)] = [("kind", f.kind.rawValue), ("value", d.value), ("unit", f.unit), ("subject", f.subject)]
        rows += [("bound", d.bound), ("change", d.change), ("date", d.date)]
        if let candidates = f.unitCandidates, !candidates.isEmpty { rows.append(("could be", candidates.joined(separator: " or "))) }
        for k in flags[i] ?? [] { rows.append((findings[k].severity.rawValue, findings[k].message)) }
        var h = "<span class=\"tip\" role=\"tooltip\" id=\"\(prefix)-f\(i)-tip\">"
        for (name, value) in rows {
            guard let value, !value.isEmpty else { continue }
            h += "<span class=\"row\"><span class=\"name\">\(name)</span> \(HTMLText.escape(value))</span>"
        }
        return h + "</span>"
    }

    func badges(_ i: Int) -> String {
        (flags[i] ?? []).map { k in
            let severity = findings[k].severity.rawValue
            return
                "<a class=\"flag sev sev-\(severity)\" href=\"#\(prefix)-n\(k)\" title=\"\(HTMLText.escape(findings[k].message))\">\(severity)</a>"
        }.joined()
    }
}
