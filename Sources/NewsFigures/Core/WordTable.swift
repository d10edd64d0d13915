#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fixed table of words looked up by their UTF-8 bytes with a cheap, unseeded hash (FNV-1a).
///
/// The scanner asks such tables about most tokens it sees; Swift's `Dictionary<String, _>` hashes
/// every key with a seeded SipHash and normalises non-ASCII keys first, which made up a fifth of
/// the extractor's time. Keys are compared byte for byte (the tokenizer already lower-cases and
/// normalises words), so "½" and "½" spelled alike are the same key and nothing else is.
final class WordTable<Value: Sendable>: ExpressibleByDictionaryLiteral, Sendable {
    // A class, not a struct: the tables are global constants read many times a token, and copying a
    // struct of six arrays out of a global retained and released each array on every lookup.
    /// Open addressing, one word per slot: the high 32 bits of the key's hash, and its index + 1
    /// (0 marks an empty slot), so that a probe reads one array and compares bytes only on a hash match.
    private let slots: [UInt64]
    /// All keys' bytes end to end; key `k` is `keyStore[keyStarts[k]..<keyStarts[k + 1]]`.
    private let keyStore: [UInt8]
    private let keyStarts: [Int]
    let keys: [String]
    private let values: [Value]
    private let mask: Int
    /// One bit per (length, first byte, last byte) class of the keys: a word whose bit is clear is
    /// no key, found without hashing it (most words looked up are no key).
    private let filter: [UInt64]

    init(_ pairs: [(String, Value)]) {
        var capacity = 8
        while capacity < pairs.count * 3 { capacity *= 2 }
        let mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        var keyStore: [UInt8] = []
        var keyStarts = [0]
        var keys: [String] = []
        var values: [Value] = []
        var filter = [UInt64](repeating: 0, count: 256)
        for (key, value) in pairs {
            let bytes = Array(key.utf8)
            let hash = Self.hash(bytes)
            let existing = bytes.withUnsafeBufferPointer {
                Self.find(hash, $0, slots: slots, mask: mask, keyStore: keyStore, keyStarts: keyStarts)
            }
            if let existing {
                values[existing] = value
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash >> 32) << 32 | UInt64(keys.count + 1)
            let bit = bytes.withUnsafeBufferPointer { Self.filterBit($0) }
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            keyStore.append(contentsOf: bytes)
            keyStarts.append(keyStore.count)
            keys.append(key)
            values.append(value)
        }
        (self.slots, self.keyStore, self.keyStarts, self.keys, self.values, self.mask, self.filter) =
            (slots, keyStore, keyStarts, keys, values, mask, filter)
    }

    convenience init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    var count: Int { keys.count }

    subscript(_ key: String) -> Value? {
        var key = key
        return key.withUTF8 { self[bytes: $0] }
    }

    subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Value? {
        let bit = Self.filterBit(key)
        guard filter.withUnsafeBufferPointer({ $0[bit >> 6] & (1 << UInt64(bit & 63)) }) != 0 else { return nil }
        return Self.find(Self.hash(key), key, slots: slots, mask: mask, keyStore: keyStore, keyStarts: keyStarts)
            .map { values[$0] }
    }

    /// The filter bit of a key: its length (up to 15), and the low five bits of its first and last bytes.
    @inline(__always) private static func filterBit(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = key.first, let last = key.last else { return 0 }
        return Swift.min(key.count, 15) << 10 | Int(first & 31) << 5 | Int(last & 31)
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    @inline(__always) private static func find(
        _ hash: UInt64, _ key: UnsafeBufferPointer<UInt8>, slots: [UInt64], mask: Int, keyStore: [UInt8], keyStarts: [Int]
    ) -> Int? {
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag {
                    let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    let from = keyStarts[index]
                    let length = keyStarts[index + 1] - from
                    if length == key.count, sameBytes(keyStore, from, key) { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the stored bytes from `from` equal `key` (whose length is the stored key's).
    @inline(__always) private static func sameBytes(_ keyStore: [UInt8], _ from: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count > 0, let other = key.baseAddress else { return true }
        return keyStore.withUnsafeBufferPointer { store in
            guard let base = store.baseAddress else { return false }
            return memcmp(base + from, other, key.count) == 0
        }
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        // Fold the high bits in: the table index takes the low ones.
        return h ^ (h >> 29)
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { hash($0) } }
}

/// A fixed set of words with `WordTable`'s lookup.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private let table: WordTable<Void>

    init<S: Sequence>(_ words: S) where S.Element == String { table = WordTable(words.map { ($0, ()) }) }
    init(arrayLiteral elements: String...) { self.init(elements) }

    var words: [String] { table.keys }

    func contains(_ word: String) -> Bool { table[word] != nil }
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table[bytes: bytes] != nil }
}

extension WordTable: Sequence {
    func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var index = 0
        let (keys, values) = (keys, values)
        return AnyIterator {
            guard index < keys.count else { return nil }
            defer { index += 1 }
            return (keys[index], values[index])
        }
    }
}

extension WordSet: Sequence {
    func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }
}
