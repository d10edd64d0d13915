import CSQLite
import NewsFigures
import NewsJSON
import NewsValidation

#if canImport(Glibc)
    import Glibc
#endif

/// The embedded record store: a SQLite database with one table per kind of thing a record holds.
///
/// Schema (see the README for example queries):
///
///     documents(id PRIMARY KEY, source, url, title, byline, published, published_day, fetched, site,
///               language, encoding, modified, archive_offset, text, metadata_sources, diagnostics, record)
///     figures(document_id → documents.id, figure, kind, text, span_start, span_end, value, value_text,
///             unit, subject, bound, high, change_direction, change_reference, sentence, date_start,
///             date_end, resolved, unit_candidates; PRIMARY KEY (document_id, figure))
///     findings(document_id → documents.id, finding, rule, severity, message, figures;
///              PRIMARY KEY (document_id, finding))
///
/// Indexes: figures by kind, by subject, by (kind, unit); documents by published_day. Writing a
/// record whose id is already stored replaces it (its figures and findings too): re-running a batch
/// upserts, never duplicates. The journal is in WAL mode.
public final class SQLiteStore {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    private var db: OpaquePointer?
    public let path: String
    private var statements: [String: OpaquePointer] = [:]

    public static let schema = """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT, title TEXT, byline TEXT,
            published TEXT, published_day TEXT, fetched TEXT, site TEXT, language TEXT, encoding TEXT,
            modified TEXT, archive_offset INTEGER, text TEXT NOT NULL,
            metadata_sources TEXT NOT NULL, diagnostics TEXT NOT NULL, record TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS figures (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            figure INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, value REAL, value_text TEXT, unit TEXT,
            subject TEXT, bound TEXT, high REAL, change_direction TEXT, change_reference TEXT,
            sentence INTEGER NOT NULL, date_start TEXT, date_end TEXT, resolved TEXT, unit_candidates TEXT,
            PRIMARY KEY (document_id, figure));
        CREATE TABLE IF NOT EXISTS findings (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            finding INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, message TEXT NOT NULL,
            figures TEXT NOT NULL, PRIMARY KEY (document_id, finding));
        CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind);
        CREATE INDEX IF NOT EXISTS figures_subject ON figures(subject);
        CREATE INDEX IF NOT EXISTS figures_kind_unit ON figures(kind, unit);
        CREATE INDEX IF NOT EXISTS documents_published_day ON documents(published_day);
        """

    /// Opens (creating if needed) the database at `path` and its schema.
    public init(path: String) throws(Problem) {
        self.path = path
        var handle: OpaquePointer?
        let status = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        db = handle
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            db = nil
            throw Problem(description: "\(path): \(message)")
        }
        sqlite3_busy_timeout(handle, 10_000)
        try execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;")
        try execute(Self.schema)
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(db)
    }

    public func execute(_ sql: String) throws(Problem) {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw Problem(description: "\(path): \(message)")
        }
    }

    public func begin() throws(Problem) { try execute("BEGIN IMMEDIATE") }
    public func commit() throws(Problem) { try execute("COMMIT") }

    private func statement(_ sql: String) throws(Problem) -> OpaquePointer {
        if let cached = statements[sql] {
            sqlite3_reset(cached)
            sqlite3_clear_bindings(cached)
            return cached
        }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw Problem(description: "\(path): \(String(cString: sqlite3_errmsg(db)))")
        }
        statements[sql] = statement
        return statement
    }

    /// A value bound to a statement parameter.
    enum Value {
        case text(String?)
        case int(Int?)
        case real(Double?)
    }

    private func run(_ sql: String, _ values: [Value]) throws(Problem) {
        let s = try statement(sql)
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case let .text(text?):
                _ = text.withCString { newsfigures_bind_text(s, index, $0, -1) }
            case let .int(n?): sqlite3_bind_int64(s, index, Int64(n))
            case let .real(d?): sqlite3_bind_double(s, index, d)
            default: sqlite3_bind_null(s, index)
            }
        }
        guard sqlite3_step(s) == SQLITE_DONE else { throw Problem(description: "\(path): \(String(cString: sqlite3_errmsg(db)))") }
    }

    /// The stored records' JSON lines, in the order they were first written.
    public func recordLines() throws(Problem) -> [String] {
        let s = try statement("SELECT record FROM documents ORDER BY rowid")
        var lines: [String] = []
        while true {
            let status = sqlite3_step(s)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw Problem(description: "\(path): \(String(cString: sqlite3_errmsg(db)))") }
            if let text = sqlite3_column_text(s, 0) { lines.append(String(cString: text)) }
        }
        return lines
    }

    /// Replaces a stored document's findings.
    public func replaceFindings(document id: String, _ findings: [Finding]) throws(Problem) {
        try run("DELETE FROM findings WHERE document_id = ?1", [.text(id)])
        for (index, finding) in findings.enumerated() {
            try run(
                "INSERT INTO findings (document_id, finding, rule, severity, message, figures) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                [
                    .text(id), .int(index), .text(finding.rule), .text(finding.severity.rawValue), .text(finding.message),
                    .text("[" + finding.figures.map(String.init).joined(separator: ",") + "]"),
                ])
        }
    }

    /// Whether a file is a SQLite database (by its header).
    public static func isStore(_ path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        var header = [UInt8](repeating: 0, count: 16)
        return fread(&header, 1, 16, file) == 16 && header.starts(with: Array("SQLite format 3".utf8))
    }

    /// Stores a record, replacing one with the same id.
    public func upsert(_ record: Record) throws(Problem) {
        try run("DELETE FROM figures WHERE document_id = ?1", [.text(record.id)])
        var sources = JSONWriter()
        sources.beginObject()
        for (key, value) in record.metadataSources.sorted(by: { $0.key < $1.key }) { sources.key(key); sources.string(value) }
        sources.endObject()
        var diagnostics = JSONWriter()
        diagnostics.beginArray()
        for d in record.diagnostics { diagnostics.string(d) }
        diagnostics.endArray()
        try run(
            """
            INSERT INTO documents (id, source, url, title, byline, published, published_day, fetched, site, language,
                encoding, modified, archive_offset, text, metadata_sources, diagnostics, record)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
            ON CONFLICT(id) DO UPDATE SET source = excluded.source, url = excluded.url, title = excluded.title,
                byline = excluded.byline, published = excluded.published, published_day = excluded.published_day,
                fetched = excluded.fetched, site = excluded.site, language = excluded.language,
                encoding = excluded.encoding, modified = excluded.modified, archive_offset = excluded.archive_offset,
                text = excluded.text, metadata_sources = excluded.metadata_sources,
                diagnostics = excluded.diagnostics, record = excluded.record
            """,
            [
                .text(record.id), .text(record.source), .text(record.url), .text(record.title), .text(record.byline),
                .text(record.published), .text(record.published.map { String($0.prefix(10)) }), .text(record.fetched),
                .text(record.site), .text(record.language), .text(record.encoding), .text(record.modified),
                .int(record.archiveOffset), .text(record.text), .text(sources.string), .text(diagnostics.string),
                .text(RecordJSON.line(record)),
            ])
        for (index, f) in record.figures.enumerated() {
            try run(
                """
                INSERT INTO figures (document_id, figure, kind, text, span_start, span_end, value, value_text, unit, subject,
                    bound, high, change_direction, change_reference, sentence, date_start, date_end, resolved, unit_candidates)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
                """,
                [
                    .text(record.id), .int(index), .text(f.kind.rawValue), .text(f.text), .int(f.start), .int(f.end),
                    .real(f.value?.doubleValue), .text(f.value?.description), .text(f.unit), .text(f.subject),
                    .text(f.bound?.rawValue), .real(f.high?.doubleValue), .text(f.change?.direction.rawValue),
                    .text(f.change?.reference), .int(f.sentence), .text(f.date?.start), .text(f.date?.end), .text(f.resolved),
                    .text(f.unitCandidates?.joined(separator: " ")),
                ])
        }
        try replaceFindings(document: record.id, record.findings ?? [])
    }
}
