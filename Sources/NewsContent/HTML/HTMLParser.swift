import CLibXML2

/// The one file that talks to libxml2: parses a page and converts it into an `HTMLTree`,
/// freeing the C document before it returns, so no libxml2 pointer leaves this file.
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

    /// Attributes kept on elements.
    static let keptAttributes: Set<String> = [
        "datetime", "itemprop", "role", "rel", "hidden", "aria-hidden", "style", "lang", "itemtype", "content", "href",
    ]

    static func parse(utf8 input: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        let stripped = HTMLPrepass.strip(input)
        return stripped.withUnsafeBufferPointer { parseStripped($0) }
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

    private static func parseStripped(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLTree {
        _ = initialized
        var tree = HTMLTree()
        guard let ctxt = htmlNewParserCtxt() else { return tree }
        defer { htmlFreeParserCtxt(ctxt) }
        // NONET: never fetch anything; RECOVER: real pages are broken; errors stay on this context.
        // IGNORE_ENC: the bytes are already UTF-8 (decided in Swift); a <meta charset> must not
        // make libxml2 re-decode them.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
                | HTML_PARSE_IGNORE_ENC.rawValue)
        let count = Int32(clamping: bytes.count)
        let doc =
            bytes.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    htmlCtxtReadMemory(ctxt, chars, count, nil, "UTF-8", options)
                }
            } ?? nil
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        // Empty, blank or binary input gives a document without a root element.
        guard let root = xmlDocGetRootElement(doc) else { return tree }
        tree.hasRoot = true
        convert(root, into: &tree)
        return tree
    }

    private static func name(of node: xmlNodePtr) -> String {
        guard let raw = node.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    private static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { newsfigures_xmlFree(value) }
        return String(cString: value)
    }

    private static func textContent(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { newsfigures_xmlFree(value) }
        return String(cString: value)
    }

    /// Walks the tree without recursion (pages nest 100,000 deep), emitting events.
    private static func convert(_ root: xmlNodePtr, into tree: inout HTMLTree) {
        var stack: [(node: xmlNodePtr, element: Int)] = []
        var node: xmlNodePtr? = root
        var parentElement = -1
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let tag = name(of: current)
                if collectMetadata(tag, current, &tree) {
                    // Consumed (script, meta, link, title).
                } else if !skipped.contains(tag) {
                    var attributes: [String: String] = [:]
                    var classAndID = ""
                    var property = current.pointee.properties
                    while let p = property {
                        if let rawName = p.pointee.name {
                            let key = String(cString: rawName).lowercased()
                            if key == "class" || key == "id" {
                                if let v = attribute(current, key) { classAndID += (classAndID.isEmpty ? "" : " ") + v.lowercased() }
                            } else if keptAttributes.contains(key) || key.hasPrefix("data-") == false && key == "itemprop" {
                                if let v = attribute(current, key) { attributes[key] = v }
                            }
                        }
                        property = p.pointee.next
                    }
                    if tag == "html", let lang = attributes["lang"] { tree.language = lang }
                    let index = tree.elements.count
                    tree.elements.append(
                        HTMLTree.Element(
                            name: tag, parent: parentElement, classAndID: classAndID,
                            attributes: attributes, depth: stack.count, role: HTMLTree.role(of: tag)))
                    tree.events.append(.open(index))
                    if current.pointee.children != nil {
                        stack.append((current, index))
                        parentElement = index
                        node = current.pointee.children
                        descend = true
                    } else {
                        tree.events.append(.close(index))
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    tree.events.append(.text(String(cString: content)))
                }
            default:
                break  // Comments, processing instructions, entity references.
            }
            if descend { continue }
            // Next sibling, or climb until one exists.
            var next = current.pointee.next
            while next == nil, let top = stack.popLast() {
                tree.events.append(.close(top.element))
                parentElement = tree.elements[top.element].parent
                next = top.node.pointee.next
                if top.node == root { next = nil; stack.removeAll(); break }
            }
            if current == root { break }
            node = next
        }
        while let top = stack.popLast() { tree.events.append(.close(top.element)) }
    }

    /// Keeps what metadata needs from elements that are not article content.
    private static func collectMetadata(_ tag: String, _ node: xmlNodePtr, _ tree: inout HTMLTree) -> Bool {
        switch tag {
        case "script":
            if let type = attribute(node, "type")?.lowercased(), type.contains("ld+json") {
                tree.jsonLD.append(textContent(node))
            }
            return true
        case "meta":
            let key = (attribute(node, "property") ?? attribute(node, "name") ?? attribute(node, "itemprop"))?.lowercased()
            if let key, let content = attribute(node, "content"), tree.metas[key] == nil { tree.metas[key] = content }
            return true
        case "link":
            if let rel = attribute(node, "rel")?.lowercased(), let href = attribute(node, "href"), tree.links[rel] == nil {
                tree.links[rel] = href
            }
            return true
        case "title":
            if tree.title == nil { tree.title = textContent(node) }
            return true
        default:
            return false
        }
    }
}
