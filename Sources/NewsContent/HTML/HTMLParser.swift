import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one file that talks to libxml2. Pages are parsed with libxml2's SAX interface straight into
/// an `HTMLTree` of Swift values (libxml2 never builds its own tree); no libxml2 pointer leaves this
/// file. `parseRaw` builds libxml2's tree the ordinary way, as the benchmark's floor.
enum HTMLParser {
    /// libxml2 must be initialised once per process before parsers run on several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Elements whose content is dropped on the way in.
    static let skipped: Set<String> = ChromeVocabulary.droppedElements.subtracting([
        "nav", "footer", "aside", "form", "figure", "figcaption", "button", "label", "menu", "head",
    ])

    /// Attributes kept on elements: the ones metadata and the cleaner read (class and id go to
    /// `classAndID`). The pre-pass drops every other attribute before libxml2 sees the page, except
    /// on the elements whose attributes the handler reads itself (`HTMLPrepass.wholeTags`).
    static let keptAttributes: Set<String> = ["datetime", "itemprop", "role", "hidden", "aria-hidden", "style", "lang"]

    /// `dropAttributes: false` keeps every attribute through the pre-pass (tests compare the two trees).
    static func parse(utf8 input: UnsafeBufferPointer<UInt8>, dropAttributes: Bool = true) -> HTMLTree {
        let stripped = HTMLPrepass.strip(input, dropAttributes: dropAttributes)
        return stripped.withUnsafeBufferPointer { parseSAX($0) }
    }

    /// Builds the tree from libxml2's SAX events, so libxml2 never builds (and frees) its own tree.
    final class SAXBuilder {
        var tree = HTMLTree()
        var stack: [Int] = []
        /// Depth inside an element whose content is dropped (style, svg …).
        var skipDepth = 0
        /// Text being captured for `<title>` or a JSON-LD `<script>`.
        var capture: (kind: Int, text: [UInt8])?
        /// libxml2 interns names in its dictionary: one Swift string per distinct name pointer.
        var names: [UnsafeRawPointer: String] = [:]
        /// An element name's string, role and kind, and whether its content is dropped: decided once
        /// per distinct name pointer.
        var tags: [UnsafeRawPointer: (name: String, role: HTMLTree.Role, kind: HTMLTree.Kind, skipped: Bool)] = [:]

        func name(_ pointer: UnsafePointer<xmlChar>) -> String {
            let key = UnsafeRawPointer(pointer)
            if let known = names[key] { return known }
            let value = String(cString: pointer).lowercased()
            names[key] = value
            return value
        }

        /// class/id values of the element being opened, lower-cased, space-separated (reused).
        var classBytes: [UInt8] = []

        /// Appends a class or id value (nil for a bare attribute), lower-cased as `String.lowercased()`
        /// does (bytes for ASCII), after a space when something is there already: an empty value
        /// after a class leaves a trailing space, as joining the strings did.
        func appendClass(_ value: UnsafePointer<xmlChar>?) {
            if !classBytes.isEmpty { classBytes.append(0x20) }
            guard let value else { return }
            let bytes = UnsafeBufferPointer(start: value, count: strlen(value))
            if bytes.allSatisfy({ $0 < 0x80 }) {
                for b in bytes { classBytes.append(ByteSearch.asciiLower(b)) }
            } else {
                classBytes.append(contentsOf: String(cString: value).lowercased().utf8)
            }
        }

        func tag(_ pointer: UnsafePointer<xmlChar>) -> (name: String, role: HTMLTree.Role, kind: HTMLTree.Kind, skipped: Bool) {
            let key = UnsafeRawPointer(pointer)
            if let known = tags[key] { return known }
            let name = name(pointer)
            let value = (name, HTMLTree.role(of: name), HTMLTree.kind(of: name), HTMLParser.skipped.contains(name))
            tags[key] = value
            return value
        }
    }

    private static func parseSAX(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        _ = initialized
        let builder = SAXBuilder()
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            let b = Unmanaged<SAXBuilder>.fromOpaque(context).takeUnretainedValue()
            let info = b.tag(name)
            let tag = info.name
            if b.skipDepth > 0 || b.capture != nil {
                b.skipDepth += 1
                return
            }
            // Attributes come as a NULL-terminated list of name, value pairs. Only the values of the
            // names used are made into strings (most are links, sources, styles and data we never read).
            func value(_ cursor: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) -> String {
                cursor.advanced(by: 1).pointee.map { String(cString: $0) } ?? ""
            }
            func attribute(_ wanted: String) -> String? {
                guard var cursor = attributes else { return nil }
                while let key = cursor.pointee {
                    if b.name(key) == wanted { return value(cursor) }
                    cursor = cursor.advanced(by: 2)
                }
                return nil
            }
            switch tag {
            case "script":
                if let type = attribute("type")?.lowercased(), type.contains("ld+json") { b.capture = (1, []) } else { b.skipDepth = 1 }
                return
            case "title":
                if b.tree.title == nil { b.capture = (0, []) } else { b.skipDepth = 1 }
                return
            case "meta":
                let key = (attribute("property") ?? attribute("name") ?? attribute("itemprop"))?.lowercased()
                if let key, let content = attribute("content"), b.tree.metas[key] == nil { b.tree.metas[key] = content }
                b.skipDepth = 1
                return
            case "link":
                if let rel = attribute("rel")?.lowercased(), let href = attribute("href"), b.tree.links[rel] == nil {
                    b.tree.links[rel] = href
                }
                b.skipDepth = 1
                return
            default:
                if info.skipped {
                    b.skipDepth = 1
                    return
                }
            }
            var kept: [String: String] = [:]
            b.classBytes.removeAll(keepingCapacity: true)
            if var cursor = attributes {
                while let keyName = cursor.pointee {
                    let key = b.name(keyName)
                    if key == "class" || key == "id" {
                        b.appendClass(cursor.advanced(by: 1).pointee)
                    } else if HTMLParser.keptAttributes.contains(key) {
                        kept[key] = value(cursor)
                    }
                    cursor = cursor.advanced(by: 2)
                }
            }
            let classAndID = b.classBytes.isEmpty ? "" : String(decoding: b.classBytes, as: UTF8.self)
            if tag == "html", let lang = kept["lang"] { b.tree.language = lang }
            let index = b.tree.elements.count
            b.tree.elements.append(
                HTMLTree.Element(
                    name: tag, parent: b.stack.last ?? -1, classAndID: classAndID, attributes: kept, depth: b.stack.count,
                    role: info.role, kind: info.kind))
            b.tree.events.append(.open(index))
            b.tree.hasRoot = true
            b.stack.append(index)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            let b = Unmanaged<SAXBuilder>.fromOpaque(context).takeUnretainedValue()
            if b.skipDepth > 0 {
                b.skipDepth -= 1
                return
            }
            if let capture = b.capture {
                let text = String(decoding: capture.text, as: UTF8.self)
                if capture.kind == 0 { b.tree.title = text } else { b.tree.jsonLD.append(text) }
                b.capture = nil
                return
            }
            if let index = b.stack.popLast() { b.tree.events.append(.close(index)) }
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let context, let text, length > 0 else { return }
            let b = Unmanaged<SAXBuilder>.fromOpaque(context).takeUnretainedValue()
            let buffer = UnsafeBufferPointer(start: text, count: Int(length))
            if b.capture != nil {
                b.capture?.text.append(contentsOf: buffer)
            } else if b.skipDepth == 0, !b.stack.isEmpty {
                b.tree.events.append(.text(String(decoding: buffer, as: UTF8.self)))
            }
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        let context = Unmanaged.passUnretained(builder).toOpaque()
        // NONET and no NOENT, DTDLOAD or XINCLUDE: no entity is substituted and nothing is fetched,
        // from the network or from files (Tests/CLITests/HostileInputTests checks both).
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        withExtendedLifetime(builder) {
            guard let ctxt = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
            defer { htmlFreeParserCtxt(ctxt) }
            htmlCtxtUseOptions(ctxt, options)
            // libxml2 reads a NUL byte as the end of the document (the pre-pass removes them; a caller
            // handing bytes straight here gets what its memory reader would give).
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            guard let base = bytes.baseAddress, length > 0 else { return }
            base.withMemoryRebound(to: CChar.self, capacity: length) { chars in
                var offset = 0
                // Chunks keep libxml2's buffers small; the last call says the input is complete.
                let chunk = 1 << 20
                repeat {
                    let size = min(chunk, length - offset)
                    let last = offset + size >= length
                    htmlParseChunk(ctxt, chars + offset, Int32(size), last ? 1 : 0)
                    offset += size
                } while offset < length
            }
        }
        // Close what the page left open.
        while let index = builder.stack.popLast() { builder.tree.events.append(.close(index)) }
        return builder.tree
    }

    /// libxml2 alone over the bytes as given; the element count keeps the work from being optimised away.
    static func parseRaw(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        _ = initialized
        guard let ctxt = htmlNewParserCtxt() else { return 0 }
        defer { htmlFreeParserCtxt(ctxt) }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let count = Int32(clamping: bytes.count)
        guard let base = bytes.baseAddress,
            let doc = base.withMemoryRebound(
                to: CChar.self, capacity: bytes.count, { htmlCtxtReadMemory(ctxt, $0, count, nil, "UTF-8", options) })
        else { return 0 }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return 0 }
        return Int(xmlChildElementCount(root))
    }
}
