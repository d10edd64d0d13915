import NewsFigures
import NewsJSON
import NewsValidation

/// Writes records as JSON lines with a fixed member order (the contract's), so equal records
/// give byte-identical output.
public enum RecordJSON {
    public static func line(_ record: Record) -> String {
        var w = JSONWriter()
        write(record, to: &w)
        return w.string
    }

    public static func write(_ record: Record, to w: inout JSONWriter) {
        w.beginObject()
        w.key("schema"); w.string(Record.schema)
        w.key("id"); w.string(record.id)
        w.key("source"); w.string(record.source)
        w.key("url"); w.optionalString(record.url)
        w.key("title"); w.optionalString(record.title)
        w.key("byline"); w.optionalString(record.byline)
        w.key("published"); w.optionalString(record.published)
        w.key("text"); w.string(record.text)
        w.key("figures")
        w.beginArray()
        for figure in record.figures { write(figure, to: &w) }
        w.endArray()
        w.key("modified"); w.optionalString(record.modified)
        w.key("site"); w.optionalString(record.site)
        w.key("language"); w.optionalString(record.language)
        w.key("encoding"); w.optionalString(record.encoding)
        w.key("metadata_sources")
        w.beginObject()
        for (key, source) in record.metadataSources.sorted(by: { $0.key < $1.key }) {
            w.key(key)
            w.string(source)
        }
        w.endObject()
        w.key("diagnostics")
        w.beginArray()
        for d in record.diagnostics { w.string(d) }
        w.endArray()
        if let findings = record.findings {
            w.key("findings")
            w.beginArray()
            for f in findings { write(f, to: &w) }
            w.endArray()
        }
        if let fetched = record.fetched { w.key("fetched"); w.string(fetched) }
        if let offset = record.archiveOffset { w.key("archive_offset"); w.int(offset) }
        w.endObject()
    }

    public static func write(_ figure: Figure, to w: inout JSONWriter) {
        w.beginObject()
        w.key("kind"); w.string(figure.kind.rawValue)
        w.key("text"); w.string(figure.text)
        w.key("start"); w.int(figure.start)
        w.key("end"); w.int(figure.end)
        w.key("value"); if let v = figure.value { w.number(text: v.description) } else { w.null() }
        w.key("unit"); w.optionalString(figure.unit)
        w.key("subject"); w.optionalString(figure.subject)
        w.key("bound"); w.optionalString(figure.bound?.rawValue)
        w.key("high"); if let h = figure.high { w.number(text: h.description) } else { w.null() }
        w.key("change")
        if let c = figure.change {
            w.beginObject()
            w.key("direction"); w.string(c.direction.rawValue)
            w.key("reference"); w.optionalString(c.reference)
            w.endObject()
        } else {
            w.null()
        }
        w.key("sentence"); w.int(figure.sentence)
        w.key("date")
        if let d = figure.date {
            w.beginObject()
            w.key("start"); w.string(d.start)
            w.key("end"); w.string(d.end)
            w.endObject()
        } else {
            w.null()
        }
        w.key("resolved"); w.optionalString(figure.resolved)
        if let candidates = figure.unitCandidates {
            w.key("unit_candidates")
            w.beginArray()
            for c in candidates { w.string(c) }
            w.endArray()
        }
        w.endObject()
    }

    public static func write(_ finding: Finding, to w: inout JSONWriter) {
        w.beginObject()
        w.key("rule"); w.string(finding.rule)
        w.key("severity"); w.string(finding.severity.rawValue)
        w.key("figures")
        w.beginArray()
        for i in finding.figures { w.int(i) }
        w.endArray()
        w.key("message"); w.string(finding.message)
        w.endObject()
    }
}
