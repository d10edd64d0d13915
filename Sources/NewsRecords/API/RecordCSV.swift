import NewsFigures

/// Records as CSV (RFC 4180): one row per figure with the document's columns beside it; a document
/// without figures is one row with the figure columns empty, so every document appears. Fields are
/// quoted when they hold a comma, a quote, CR or LF; quotes are doubled; rows end with CRLF.
public enum RecordCSV {
    public static let columns = [
        "id", "source", "url", "title", "byline", "published", "fetched", "site", "language",
        "figure", "kind", "text", "start", "end", "value", "unit", "subject", "bound", "high",
        "change_direction", "change_reference", "sentence", "date_start", "date_end", "resolved", "unit_candidates",
    ]

    public static var header: String { row(columns) }

    /// The record's rows, each ending with CRLF (no header).
    public static func rows(_ record: Record) -> String {
        let document = [
            record.id, record.source, record.url ?? "", record.title ?? "", record.byline ?? "", record.published ?? "",
            record.fetched ?? "", record.site ?? "", record.language ?? "",
        ]
        if record.figures.isEmpty { return row(document + Array(repeating: "", count: columns.count - document.count)) }
        var out = ""
        for (index, f) in record.figures.enumerated() {
            let figure: [String] = [
                String(index), f.kind.rawValue, f.text, String(f.start), String(f.end), f.value?.description ?? "", f.unit ?? "",
                f.subject ?? "", f.bound?.rawValue ?? "", f.high?.description ?? "", f.change?.direction.rawValue ?? "",
                f.change?.reference ?? "", String(f.sentence), f.date?.start ?? "", f.date?.end ?? "", f.resolved ?? "",
                f.unitCandidates?.joined(separator: " ") ?? "",
            ]
            out += row(document + figure)
        }
        return out
    }

    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        // By scalars: a quote followed by a combining mark is one Character but still a quote.
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == "\"" { out.append(s) }
            out.append(s)
        }
        return String(out)
    }
}
