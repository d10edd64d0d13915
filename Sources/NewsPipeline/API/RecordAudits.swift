import NewsFigures
import NewsRecords
import NewsValidation

/// A finding with the document it belongs to.
public struct DocumentFinding: Sendable {
    public var document: String
    public var source: String
    public var finding: Finding
    /// The texts of the figures involved, in the finding's order.
    public var texts: [String]
}

extension RecordValidation {
    /// Findings for every record, in order.
    public static func findings(for records: [Record]) -> [DocumentFinding] {
        records.flatMap { record in
            findings(for: record).map { f in
                DocumentFinding(
                    document: record.id, source: record.source, finding: f,
                    texts: f.figures.map { record.figures.indices.contains($0) ? record.figures[$0].text : "" })
            }
        }
    }
}

/// Figures of one thing across documents, ordered by published date.
public struct FigureSeries: Sendable {
    public struct Point: Sendable {
        public var published: String
        public var value: DecimalValue
        public var text: String
        public var document: String
        public var index: Int
    }

    public var kind: FigureKind
    public var subject: String
    public var unit: String?
    public var points: [Point]
    /// Pairs of points (indices into `points`, the first of each document) from two documents of
    /// the same day that give the subject no value in common.
    public var contradictions: [(Int, Int)]

    /// Groups counts, amounts and percentages by kind, subject and unit across documents; keeps the
    /// groups seen in two or more documents. Documents without a published date are left out.
    public static func build(_ records: [Record]) -> [FigureSeries] {
        var groups: [String: FigureSeries] = [:]
        for record in records {
            guard let day = RecordValidation.referenceDay(of: record)?.description else { continue }
            for (i, f) in record.figures.enumerated() {
                guard f.kind != .date, let value = f.value, let subject = f.subject?.lowercased(), f.change == nil else { continue }
                let key = "\(f.kind.rawValue)|\(subject)|\(f.unit ?? "")"
                let point = Point(published: day, value: value, text: f.text, document: record.id, index: i)
                groups[key, default: FigureSeries(kind: f.kind, subject: subject, unit: f.unit, points: [], contradictions: [])].points
                    .append(point)
            }
        }
        var out: [FigureSeries] = []
        for key in groups.keys.sorted() {
            guard var series = groups[key], Set(series.points.map(\.document)).count >= 2 else { continue }
            series.points.sort { ($0.published, $0.document, $0.index) < ($1.published, $1.document, $1.index) }
            // Two documents of the same day contradict each other when they give this subject no
            // value in common (one article may give several: "26 projects … 25 have materialized").
            // Points are grouped by document once and only documents of one day are paired.
            var byDocument: [String: [Int]] = [:]
            for (i, p) in series.points.enumerated() { byDocument[p.document, default: []].append(i) }
            var byDay: [String: [String]] = [:]
            for (document, indices) in byDocument { byDay[series.points[indices[0]].published, default: []].append(document) }
            for day in byDay.keys.sorted() {
                let documents = (byDay[day] ?? []).sorted()
                for (n, d1) in documents.enumerated() {
                    for d2 in documents[(n + 1)...] {
                        let p1 = byDocument[d1] ?? [], p2 = byDocument[d2] ?? []
                        guard let a = p1.first, let b = p2.first else { continue }
                        let shared = p1.contains { i in
                            p2.contains { j in
                                let x = series.points[i].value.doubleValue, y = series.points[j].value.doubleValue
                                return abs(x - y) <= 0.01 * max(abs(x), abs(y))
                            }
                        }
                        if !shared { series.contradictions.append((a, b)) }
                    }
                }
            }
            series.contradictions.sort {
                (series.points[$0.0].document, series.points[$0.1].document) < (series.points[$1.0].document, series.points[$1.1].document)
            }
            out.append(series)
        }
        return out
    }
}

/// Precision and recall of records against expected ones, per kind.
public struct GoldAudit: Sendable {
    public struct Score: Sendable {
        public var matched = 0
        public var expected = 0
        public var found = 0
        public var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
        public var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public init() {}
    }

    public struct Miss: Sendable {
        public var document: String
        public var figure: Figure
        /// "miss" (expected, not found) or "extra" (found, not expected).
        public var kind: String
    }

    public var scores: [FigureKind: Score] = [:]
    public var misses: [Miss] = []
    /// Expected documents with no record to compare (by id, then by source).
    public var missingDocuments: [String] = []

    public var overall: Score {
        scores.values.reduce(into: Score()) {
            $0.matched += $1.matched
            $0.expected += $1.expected
            $0.found += $1.found
        }
    }

    /// Two figures are the same when kind, value, unit (money, percent) or date span agree and
    /// their spans overlap.
    public static func same(_ a: Figure, _ b: Figure) -> Bool {
        guard a.kind == b.kind, a.start < b.end, b.start < a.end else { return false }
        switch a.kind {
        case .date: return a.date == b.date
        case .money, .percent: return a.value == b.value && a.unit == b.unit
        case .count: return a.value == b.value
        }
    }

    public init(records: [Record], expected: [Record]) {
        for kind in FigureKind.allCases { scores[kind] = Score() }
        for gold in expected {
            guard let record = records.first(where: { $0.id == gold.id }) ?? records.first(where: { $0.source == gold.source }) else {
                missingDocuments.append(gold.id)
                for f in gold.figures { scores[f.kind, default: Score()].expected += 1 }
                continue
            }
            var used = Set<Int>()
            for f in gold.figures {
                scores[f.kind, default: Score()].expected += 1
                if let hit = record.figures.indices.first(where: { !used.contains($0) && Self.same(f, record.figures[$0]) }) {
                    used.insert(hit)
                    scores[f.kind, default: Score()].matched += 1
                } else {
                    misses.append(Miss(document: gold.id, figure: f, kind: "miss"))
                }
            }
            for (i, f) in record.figures.enumerated() {
                scores[f.kind, default: Score()].found += 1
                if !used.contains(i) { misses.append(Miss(document: record.id, figure: f, kind: "extra")) }
            }
        }
    }
}
