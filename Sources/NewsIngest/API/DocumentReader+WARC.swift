/// WARC archives: each record is one input, a document, a skip or a failure.
extension DocumentReader {
    /// Record types that never hold a page to read; skipped and counted.
    static let skippedWARCTypes: Set<String> = ["warcinfo", "request", "metadata", "revisit", "conversion", "continuation"]

    func readWARC(_ reader: StreamReader, path: String, _ body: (Item) -> Void) {
        let warc = WARCReader(reader, maxBlock: maxDocumentBytes)
        while true {
            let next: Result<WARCReader.Item?, IngestFailure> = Result { () throws(IngestFailure) in
                try warc.next(wantsBlock: { skipReason(for: $0) == nil })
            }
            switch next {
            case let .failure(failure):
                // The stream itself broke (corrupt or cut-off gzip): nothing after it can be read.
                body(.failure(IngestFailure(source: "\(path)@\(reader.position)", reason: failure.reason, offset: nil)))
                return
            case .success(nil):
                return
            case let .success(.problem(problem)?):
                let reason = problem.reason + Self.streamErrorAfterCut(reader)
                body(.failure(IngestFailure(source: "\(path)@\(problem.offset)", reason: reason, offset: problem.offset)))
            case let .success(.record(record)?):
                var next = item(for: record, path: path)
                if record.cutOff, case var .failure(failure) = next {
                    // One failure for a cut-off archive: the record it cut, with the stream's reason.
                    failure.reason += Self.streamErrorAfterCut(reader)
                    next = .failure(failure)
                }
                body(next)
            }
        }
    }

    /// The decompressor's complaint (a gzip member cut short) that explains a cut record, taken
    /// from the stream so it is not reported again as a separate failure.
    static func streamErrorAfterCut(_ reader: StreamReader) -> String {
        do {
            _ = try reader.atEnd()
            return ""
        } catch {
            return " (\(error.reason))"
        }
    }

    /// Why a record is not read as an article (from its WARC headers and, for a response, the HTTP
    /// status and headers at the start of its block); nil when it is a page to read.
    func skipReason(for record: WARCReader.Record) -> String? {
        let type = record.type
        if Self.skippedWARCTypes.contains(type) { return "WARC \(type) record" }
        guard type == "response" || type == "resource" else {
            return type.isEmpty ? "WARC record without WARC-Type" : "WARC \(type) record"
        }
        let warcType = record.headers["content-type"].map(HTTPResponse.mediaType) ?? ""
        if type == "resource" {
            return !warcType.isEmpty && !HTTPResponse.isArticleMediaType(warcType) ? "non-HTML payload (\(warcType))" : nil
        }
        let url = record.headers["warc-target-uri"]
        if url?.hasPrefix("dns:") == true || url?.hasPrefix("<dns:") == true || warcType == "text/dns" {
            return "WARC response to a DNS lookup"
        }
        guard let http = HTTPResponse.parse(record.block) else {
            let isHTTP = warcType.hasPrefix("application/http") || record.block.starts(with: Array("HTTP/".utf8))
            return isHTTP ? nil : "WARC response that is not HTTP (\(warcType.isEmpty ? "no Content-Type" : warcType))"
        }
        if !(200..<300).contains(http.status) { return "HTTP status \(http.status)" }
        if let media = http.mediaType, !HTTPResponse.isArticleMediaType(media) { return "non-HTML payload (\(media))" }
        return nil
    }

    /// One WARC record as an input item.
    func item(for record: WARCReader.Record, path: String) -> Item {
        let name = record.recordID ?? "@\(record.offset)"
        let source = "\(path)#\(name)"
        func failure(_ reason: String) -> Item { .failure(IngestFailure(source: source, reason: reason, offset: record.offset)) }
        if let reason = skipReason(for: record) { return .skipped(source: source, reason: reason) }
        if record.cutOff {
            return failure(
                "the archive ends inside this record (\(record.block.count) of \(record.headers["content-length"] ?? "?") bytes)")
        }
        var notes: [String] = []
        if let note = record.lengthNote { notes.append(note) }
        if let truncated = record.headers["warc-truncated"] {
            notes.append("payload truncated by the crawler (WARC-Truncated: \(truncated))")
        }
        let payload: [UInt8]
        var charset: String?
        let url = record.headers["warc-target-uri"].map(WARCReader.stripBrackets)
        if record.type == "response" {
            guard let http = HTTPResponse.parse(record.block) else {
                return failure("response record without a readable HTTP status line and headers")
            }
            switch http.decodedBody(limit: maxDocumentBytes) {
            case let .failure(reason): return failure(reason.text)
            case let .success(decoded):
                payload = decoded.bytes
                notes += decoded.notes
            }
            charset = http.charset
        } else {
            payload = record.block
            charset = record.headers["content-type"].flatMap(HTTPResponse.charset)
        }
        if payload.isEmpty { return failure("empty payload") }
        if !FormatSniffer.looksLikeHTML(payload), !payload.prefix(512).allSatisfy({ $0 >= 0x09 }) {
            return .skipped(source: source, reason: "non-HTML payload (binary content)")
        }
        var item = Self.document(bytes: payload, source: source, id: record.recordID ?? (computeIDs ? nil : ""), url: url, charset: charset)
        if case var .document(document) = item {
            document.fetched = record.headers["warc-date"]
            document.archiveOffset = record.offset
            document.notes = notes
            item = .document(document)
        } else if case var .failure(f) = item {
            f.offset = record.offset
            item = .failure(f)
        }
        return item
    }
}
