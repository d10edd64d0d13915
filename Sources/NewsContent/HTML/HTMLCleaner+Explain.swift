#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension HTMLCleaner {
    /// With NEWSFIGURES_EXPLAIN=1 in the environment, writes one line per text block to standard
    /// error: kept or chrome, link density, the last elements of its path and the start of its text.
    /// A developer's aid for finding why a page's body comes out wrong.
    static func explain(_ tree: HTMLTree) {
        guard getenv("NEWSFIGURES_EXPLAIN") != nil else { return }
        let sizes = textSizes(tree)
        let chrome = chromeMarks(tree, sizes: sizes)
        let blocks = flatten(tree, chrome: chrome)
        let containers = Set(chooseContainers(tree, blocks: blocks, chrome: chrome, sizes: sizes))
        func path(_ element: Int) -> String {
            var parts: [String] = []
            var e = element
            while e >= 0 {
                let el = tree.elements[e]
                parts.append(el.name + (el.classAndID.isEmpty ? "" : "." + el.classAndID.prefix(30)) + (chrome[e] ? "!" : ""))
                e = el.parent
            }
            return parts.reversed().suffix(6).joined(separator: " > ")
        }
        var out = containers.sorted().map { "container: " + path($0) + "\n" }.joined()
        for block in blocks where block.characters >= 20 {
            let inBody = !block.inChrome && isInside(block.element, containers, tree)
            out += (block.inChrome ? "chrome " : inBody ? "body   " : "other  ") + "links=\(Int(block.linkDensity * 100))% "
            out += path(block.element) + " | " + String(block.text.prefix(70)) + "\n"
        }
        var bytes = Array(out.utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }
}
