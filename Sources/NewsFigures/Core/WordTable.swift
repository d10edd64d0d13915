/// A fixed table of words looked up by their UTF-8 bytes with a cheap, unseeded hash (FNV-1a).
///
/// The scanner asks such tables about most tokens it sees; Swift's `Dictionary<String, _>` hashes
/// every key with a seeded SipHash and normalises non-ASCII keys first, which made up a fifth of
/// the extractor's time. Keys are compared byte for byte (the tokenizer already lower-cases and
/// normalises words), so "½" and "½" spelled alike are the same key and nothing else is.
struct WordTable<Value: Sendable>: ExpressibleByDictionaryLiteral, Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyBytes: [[UInt8]] = []
    private(set) var keys: [String] = []
    private var values: [Value] = []
    private let mask: Int

    init(_ pairs: [(String, Value)]) {
        var capacity = 8
        while capacity < pairs.count * 3 { capacity *= 2 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        for (key, value) in pairs {
            let bytes = Array(key.utf8)
            let hash = Self.hash(bytes)
            if let existing = find(hash, bytes) {
                values[existing] = value
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(keys.count)
            hashes.append(hash)
            keyBytes.append(bytes)
            keys.append(key)
            values.append(value)
        }
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    var count: Int { keys.count }

    subscript(_ key: String) -> Value? {
        var key = key
        return key.withUTF8 { self[bytes: $0] }
    }

    subscript(bytes key: UnsafeBufferPointer<UInt8>) -> Value? {
        find(Self.hash(key), key).map { values[$0] }
    }

    func contains(_ key: String) -> Bool { self[key] != nil }

    private func find<C: Collection>(_ hash: UInt64, _ key: C) -> Int? where C.Element == UInt8 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keyBytes[index].elementsEqual(key) { return index }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        // Fold the high bits in: the table index takes the low ones.
        return h ^ (h >> 29)
    }
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
