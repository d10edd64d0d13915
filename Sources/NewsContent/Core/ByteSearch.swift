/// Substring search over bytes, for the vocabularies that run on every text block.
enum ByteSearch {
    /// An ASCII capital lower-cased; any other byte as it is.
    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    /// Whether `text`, ASCII letters lower-cased and (with `skippingSpaces`) its spaces left out, holds
    /// the ASCII `needle`: `text.lowercased().contains(needle)` without making Characters (no other
    /// letter lower-cases to an ASCII one that these needles hold).
    static func containsLowered(_ text: String, _ needle: [UInt8], skippingSpaces: Bool = false) -> Bool {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for b in text.utf8 where !(skippingSpaces && b == 0x20) { bytes.append(asciiLower(b)) }
        return contains(bytes, needle)
    }

    /// The number of Unicode scalars of `text`, counted on its UTF-8 bytes (each byte that is not a
    /// continuation byte starts one): `unicodeScalars.count` decodes them one by one.
    static func scalarCount(_ text: String) -> Int {
        var count = 0
        for b in text.utf8 where b & 0xC0 != 0x80 { count += 1 }
        return count
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
