/// A small set of ASCII words looked up by their bytes, without making a `String` or hashing one:
/// the class/id vocabularies are checked for every token of every element of every page.
struct ByteWordSet: Sendable {
    /// Words by bucket; a bucket holds the few words with its hash.
    private let buckets: [[[UInt8]]]
    private static let mask = 511

    init<S: Sequence>(_ words: S) where S.Element == String {
        var buckets = [[[UInt8]]](repeating: [], count: Self.mask + 1)
        for word in words {
            let bytes = Array(word.utf8)
            let slot = bytes.withUnsafeBufferPointer(Self.hash)
            if !buckets[slot].contains(bytes) { buckets[slot].append(bytes) }
        }
        self.buckets = buckets
    }

    /// FNV-1a over the bytes, folded to a bucket.
    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(b)) &* 16_777_619 }
        return Int((h ^ (h >> 15)) & UInt32(mask))
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for word in buckets[Self.hash(bytes)] where word.count == bytes.count {
            if word.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return true }
        }
        return false
    }
}
