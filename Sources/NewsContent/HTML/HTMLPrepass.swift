#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A byte-level pass before libxml2 sees the page: drops `<script>` (except JSON-LD), `<style>`,
/// `<noscript>`, `<template>`, `<svg>` and comments. These are most of a modern page's bytes and
/// none of its article text, and libxml2 parses a page about 2.5 times faster without them.
/// It also drops the attributes no later stage reads (`unusedAttributesDropped`) and folds the
/// indentation after tags (`blanksFolded`).
enum HTMLPrepass {
    /// Elements removed with their content, lower-case; each needs its own closing tag.
    static let removed: [[UInt8]] = ["script", "style", "noscript", "template", "svg"].map { Array($0.utf8) }

    static func strip(_ input: UnsafeBufferPointer<UInt8>, dropAttributes: Bool = true) -> [UInt8] {
        // NUL bytes end libxml2's reading of a text node; a page with a few of them loses nothing
        // else. They go first, so that the pass reads tags as libxml2 will ("<p x\0y>" has one attribute).
        if nextByte(input, 0, from: 0) != nil {
            let clean = input.filter { $0 != 0 }
            return clean.withUnsafeBufferPointer { strip($0, dropAttributes: dropAttributes) }
        }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 2)
        let n = input.count
        var i = 0
        var copied = 0
        // Past this offset no internal subset closes (found once, so many doctypes cost O(n) in all).
        var noSubsetCloseAfter = Int.max
        var dropping = dropAttributes
        while i < n {
            // Jump to the next "<" with memchr.
            guard let lt = nextByte(input, UInt8(ascii: "<"), from: i) else { break }
            i = lt
            guard i + 1 < n else { break }
            // Comments: "<!--" … "-->".
            if i + 3 < n, input[i + 1] == UInt8(ascii: "!"), input[i + 2] == UInt8(ascii: "-"), input[i + 3] == UInt8(ascii: "-") {
                let end = find(input, from: i + 4, "-->") ?? n
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
                i = min(n, end + 3)
                copied = i
                continue
            }
            // Markup declarations ("<!ENTITY …>", "<!ELEMENT …>"): HTML has none, browsers read them as
            // bogus comments, libxml2 as text. A doctype's internal subset ("<!DOCTYPE html [ … ]>")
            // goes with them: entities declared in a page are never expanded.
            if input[i + 1] == UInt8(ascii: "!"), i + 2 < n, isLetter(input[i + 2]) {
                guard let end = find(input, from: i + 2, ">") else {
                    // No ">" anywhere after: the rest of the page is one bogus comment.
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
                    copied = n
                    break
                }
                guard hasPrefix(input, at: i + 2, "doctype") else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
                    i = end + 1
                    copied = i
                    continue
                }
                // A doctype: an internal subset opens with "[" outside quotes and closes with "]" and ">".
                if let open = subsetOpening(input, from: i + 2, to: end), open < noSubsetCloseAfter {
                    if let close = subsetClose(input, from: open + 1) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<open]))
                        out.append(UInt8(ascii: ">"))
                        i = close + 1
                        copied = i
                        continue
                    }
                    noSubsetCloseAfter = open
                }
                i = end + 1
                continue
            }
            // A plain end tag ("</p>", "</div >"): the blanks after it fold. Anything else stays as it was.
            if dropping, input[i + 1] == UInt8(ascii: "/"), i + 2 < n, isLetter(input[i + 2]) {
                var gt = name(input, from: i + 2)
                while gt < n, isBlank(input[gt]) { gt += 1 }
                if gt < n, input[gt] == UInt8(ascii: ">") {
                    i = blanksFolded(input, after: gt, out: &out, copied: &copied)
                    continue
                }
            }
            guard let which = openingTag(input, at: i) else {
                i = dropping ? unusedAttributesDropped(input, at: i, out: &out, copied: &copied, dropping: &dropping) : i + 1
                continue
            }
            let name = removed[which]
            let tagEnd = find(input, from: i + 1 + name.count, ">") ?? n
            // Keep JSON-LD scripts, content untouched: metadata reads them.
            if which == 0, isJSONLD(UnsafeBufferPointer(rebasing: input[i..<min(n, tagEnd)])) {
                i = findClosing(input, from: tagEnd, name: name) ?? n
                continue
            }
            let close = findClosing(input, from: tagEnd, name: name) ?? n
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
            i = close
            copied = close
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<n]))
        return out
    }

    /// Attributes an element keeps through the pre-pass, lower-case: the ones the SAX builder reads
    /// (`HTMLParser.keptAttributes`, class and id).
    static let keptAttributes: [[UInt8]] = HTMLParser.keptAttributes.union(["class", "id"]).sorted().map { Array($0.utf8) }
    /// Elements whose attributes are all kept: metadata reads theirs (`<meta content>`, `<link href>`).
    /// The first two may go whole (`isReadMeta`, `isReadLink`).
    static let wholeTags: [[UInt8]] = ["meta", "link", "script", "base"].map { Array($0.utf8) }

    /// In the start tag at `i` ("<div class=a data-src=…>"), drops the attributes no later stage reads:
    /// links, sources, data and event attributes are a third of what libxml2 would otherwise parse,
    /// and each costs it allocations. Returns where the scan goes on, after the tag.
    ///
    /// The tag is read as libxml2 2.9's HTML parser reads it (htmlParseStartTag): names of letters,
    /// digits and ":-_." cut every 100 bytes; a value quoted, or up to a blank or ">"; anything
    /// else skipped up to a blank or the end of the tag. A quote that never closes makes the rest of
    /// the page one value to libxml2, so from there on nothing more is dropped (`dropping` turns off).
    /// At a "<" inside the tag, or a quoted value holding "<" or ">", the tag is left as it stands and
    /// nothing more is dropped or folded in the page: the "tag" may be text libxml2 reads otherwise
    /// (inside a processing instruction or a doctype literal), and where libxml2's tag ends is then
    /// unknown, so the rest of the page goes through as it did before attributes were dropped
    /// (scripts, styles and comments still go).
    static func unusedAttributesDropped(
        _ input: UnsafeBufferPointer<UInt8>, at i: Int, out: inout [UInt8], copied: inout Int, dropping: inout Bool
    ) -> Int {
        let n = input.count
        // libxml2 starts a tag at "<" and a letter; anything else is text to it.
        guard i + 1 < n, isLetter(input[i + 1]) else { return i + 1 }
        var j = name(input, from: i + 1)
        // A whole tag is still read to its end: a quoted value of it may hold "<".
        let whole = wholeTags.firstIndex(where: { equalsLowercased(UnsafeBufferPointer(rebasing: input[(i + 1)..<j]), $0) })
        let keepsAll = whole != nil
        // A `<link>` is read only for the rels in HTMLMetadata.linkRels, a `<meta>` only for the keys
        // in HTMLMetadata.metaKeys: any other goes whole, unless the value deciding it holds a
        // character reference the pass cannot read. The first of each attribute counts, as libxml2
        // keeps it, and the key is found as the SAX builder finds it.
        let isMeta = whole == 0
        let isLink = whole == 1
        var rel: Range<Int>?
        var property: Range<Int>?
        var nameValue: Range<Int>?
        var itemprop: Range<Int>?
        func capture(_ name: Range<Int>, _ value: Range<Int>) {
            let name = UnsafeBufferPointer(rebasing: input[name])
            if isLink, rel == nil, equalsLowercased(name, relName) { rel = value }
            if isMeta {
                if property == nil, equalsLowercased(name, propertyName) { property = value }
                if nameValue == nil, equalsLowercased(name, nameName) { nameValue = value }
                if itemprop == nil, equalsLowercased(name, itempropName) { itemprop = value }
            }
        }
        @inline(__always) func endsTag(_ k: Int) -> Bool {
            input[k] == UInt8(ascii: ">") || (input[k] == UInt8(ascii: "/") && k + 1 < n && input[k + 1] == UInt8(ascii: ">"))
        }
        while true {
            while j < n, isBlank(input[j]) { j += 1 }
            guard j < n else { return j }
            if endsTag(j) {
                let gt = input[j] == UInt8(ascii: ">") ? j : j + 1
                if (isLink && !isRead(input, rel, HTMLMetadata.linkRels))
                    || (isMeta && !isRead(input, property ?? nameValue ?? itemprop, HTMLMetadata.metaKeys))
                {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<i]))
                    copied = gt + 1
                }
                return blanksFolded(input, after: gt, out: &out, copied: &copied)
            }
            guard isNameStart(input[j]) else {
                while j < n, !isBlank(input[j]), !endsTag(j) {
                    if input[j] == UInt8(ascii: "<") {
                        dropping = false
                        return j
                    }
                    j += 1
                }
                continue
            }
            let start = j
            j = name(input, from: start)
            var end = j
            var k = j
            while k < n, isBlank(input[k]) { k += 1 }
            if k < n, input[k] == UInt8(ascii: "=") {
                k += 1
                while k < n, isBlank(input[k]) { k += 1 }
                if k < n, input[k] == UInt8(ascii: "\"") || input[k] == UInt8(ascii: "'") {
                    guard let close = nextByte(input, input[k], from: k + 1) else {
                        dropping = false
                        return start
                    }
                    // A value holding "<" or ">" may be no value at all: this "tag" may sit in a
                    // processing instruction, a doctype literal or text libxml2 reads otherwise.
                    if UnsafeBufferPointer(rebasing: input[(k + 1)..<close]).contains(where: {
                        $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                    }) {
                        dropping = false
                        return k + 1
                    }
                    end = close + 1
                    if isLink || isMeta { capture(start..<j, (k + 1)..<close) }
                } else {
                    let valueStart = k
                    while k < n, !isBlank(input[k]), input[k] != UInt8(ascii: ">") {
                        if input[k] == UInt8(ascii: "<") {
                            dropping = false
                            return k
                        }
                        k += 1
                    }
                    end = k
                    if isLink || isMeta { capture(start..<j, valueStart..<k) }
                }
            } else if isLink || isMeta {
                capture(start..<j, j..<j)
            }
            // Kept when a bogus "=" follows: without it, a name before it would take that "=" as its value.
            var after = end
            while after < n, isBlank(input[after]) { after += 1 }
            let equalsFollows = after < n && input[after] == UInt8(ascii: "=")
            if !keepsAll, !equalsFollows,
                !keptAttributes.contains(where: { equalsLowercased(UnsafeBufferPointer(rebasing: input[start..<j]), $0) })
            {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<start]))
                copied = end
            }
            j = end
        }
    }

    static let relName = Array("rel".utf8)
    static let propertyName = Array("property".utf8)
    static let nameName = Array("name".utf8)
    static let itempropName = Array("itemprop".utf8)

    /// Whether a link's rel or a meta's key (the value at `value`) may be one metadata reads (`read`,
    /// lower-case): it is, or it holds "&", which libxml2 would decode.
    static func isRead(_ input: UnsafeBufferPointer<UInt8>, _ value: Range<Int>?, _ read: Set<String>) -> Bool {
        guard let value else { return false }
        let bytes = UnsafeBufferPointer(rebasing: input[value])
        return bytes.contains(UInt8(ascii: "&")) || read.contains(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    /// After the ">" at `gt`, a run of blanks becomes its first byte: the indentation between tags is
    /// a sixth of a page's text bytes, and every later stage folds whitespace runs to one space.
    /// Returns where the scan goes on.
    static func blanksFolded(_ input: UnsafeBufferPointer<UInt8>, after gt: Int, out: inout [UInt8], copied: inout Int) -> Int {
        var k = gt + 1
        while k < input.count, isBlank(input[k]) { k += 1 }
        if k - gt > 2 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<(gt + 2)]))
            copied = k
        }
        return k
    }

    /// The end of the name starting at `start`: libxml2 reads at most 100 bytes as one name.
    @inline(__always) static func name(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start
        let limit = min(input.count, start + 100)
        while j < limit, isNameByte(input[j]) { j += 1 }
        return j
    }

    /// libxml2's HTML name bytes (htmlParseHTMLName): a name starts with a letter, "_", ":" or ".".
    @inline(__always) static func isNameStart(_ b: UInt8) -> Bool {
        isLetter(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
    }

    @inline(__always) static func isNameByte(_ b: UInt8) -> Bool {
        isNameStart(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard bytes.count == word.count else { return false }
        for k in 0..<word.count where ByteSearch.asciiLower(bytes[k]) != word[k] { return false }
        return true
    }

    /// The "[" that opens a doctype's internal subset between `start` and `end`, outside quotes.
    static func subsetOpening(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var quote: UInt8 = 0
        for k in start..<end {
            let b = input[k]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: "[") {
                return k
            }
        }
        return nil
    }

    /// The ">" of "]" + spaces + ">" that closes an internal subset, searching from `start`.
    static func subsetClose(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var k = start
        while let bracket = nextByte(input, UInt8(ascii: "]"), from: k) {
            var j = bracket + 1
            while j < input.count, input[j] == 0x20 || input[j] == 0x0A || input[j] == 0x0D || input[j] == 0x09 { j += 1 }
            if j < input.count, input[j] == UInt8(ascii: ">") { return j }
            k = bracket + 1
        }
        return nil
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Whether the lower-case ASCII `word` starts at `i`, case-insensitive.
    static func hasPrefix(_ input: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= input.count else { return false }
        for k in 0..<count where ByteSearch.asciiLower(input[i + k]) != word.utf8Start[k] { return false }
        return true
    }

    /// Which removed element opens at `i` ("<script", "<STYLE " …), if any.
    static func openingTag(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = input.count
        for (index, name) in removed.enumerated() {
            let end = i + 1 + name.count
            guard end < n else { continue }
            var match = true
            for k in 0..<name.count where ByteSearch.asciiLower(input[i + 1 + k]) != name[k] { match = false; break }
            guard match else { continue }
            let after = input[end]
            if after == UInt8(ascii: ">") || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D || after == UInt8(ascii: "/")
            {
                return index
            }
        }
        return nil
    }

    static func find(_ input: UnsafeBufferPointer<UInt8>, from start: Int, _ needle: StaticString) -> Int? {
        let count = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        var i = start
        let n = input.count
        while i + count <= n {
            guard let at = nextByte(input, first, from: i) else { return nil }
            i = at
            guard i + count <= n else { return nil }
            if input[i] == first {
                var match = true
                for k in 1..<count where input[i + k] != needle.utf8Start[k] { match = false; break }
                if match { return i }
            }
            i += 1
        }
        return nil
    }

    /// The index just past "</name…>", case-insensitive.
    /// The index of the next `byte` at or after `from`, by memchr.
    static func nextByte(_ input: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int) -> Int? {
        guard start < input.count, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), input.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static func findClosing(_ input: UnsafeBufferPointer<UInt8>, from start: Int, name: [UInt8]) -> Int? {
        var i = start
        let n = input.count
        while i + 2 + name.count <= n {
            guard let lt = nextByte(input, UInt8(ascii: "<"), from: i) else { return nil }
            i = lt
            guard i + 2 + name.count <= n else { return nil }
            if input[i + 1] == UInt8(ascii: "/") {
                var match = true
                for k in 0..<name.count where ByteSearch.asciiLower(input[i + 2 + k]) != name[k] { match = false; break }
                if match {
                    let gt = find(input, from: i + 2 + name.count, ">") ?? (n - 1)
                    return gt + 1
                }
            }
            i += 1
        }
        return nil
    }

    static func isJSONLD(_ tag: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Array("ld+json".utf8)
        guard tag.count >= needle.count else { return false }
        for i in 0...(tag.count - needle.count) {
            var match = true
            for k in 0..<needle.count where ByteSearch.asciiLower(tag[i + k]) != needle[k] { match = false; break }
            if match { return true }
        }
        return false
    }
}
