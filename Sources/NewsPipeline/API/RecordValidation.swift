import NewsFigures
import NewsRecords
import NewsValidation

/// Validation of records already written (the `validate` command, the service).
public enum RecordValidation {
    /// The day a record's dates were read against: its published date, else the reference the
    /// diagnostics name (`--published`, or the fetch date of an archived page).
    public static func referenceDay(of record: Record) -> CalendarDate? {
        if let published = record.published, let day = CalendarDate(iso: String(published.prefix(10))) { return day }
        for note in record.diagnostics where note.hasPrefix("published date not stated") {
            if let last = note.split(separator: " ").last, let day = CalendarDate(iso: String(last)) { return day }
        }
        return record.fetched.flatMap { CalendarDate(iso: String($0.prefix(10))) }
    }

    /// Every rule over one record.
    public static func findings(for record: Record, rules: [any ValidationRule] = Validator.defaultRules) -> [Finding] {
        Validator.validate(body: record.text, figures: record.figures, published: referenceDay(of: record), rules: rules)
    }
}
