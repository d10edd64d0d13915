import NewsJSON

/// Locations tests read from.
public enum Paths {
    /// The package root, from this file's location (Tests/TestSupport/TestSupport.swift).
    public static let packageRoot: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    public static func fixture(_ relative: String) -> String { packageRoot + "/Fixtures/" + relative }

    /// `../shared` beside the checkout (corpora, seeds, tools).
    public static let shared: String = packageRoot + "/../shared"
}

/// Test text with spans marked by « and »: "signed «61» projects" → text "signed 61 projects"
/// and the span 7..<9 (Unicode scalars), so no offset is counted by hand.
public struct MarkedText {
    public let text: String
    public let spans: [(start: Int, end: Int, text: String)]

    public init(_ marked: String) {
        var out = String.UnicodeScalarView()
        var spans: [(Int, Int, String)] = []
        var open: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "«" { open = count; continue }
            if scalar == "»", let start = open {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: Array(out)[start..<count])
                spans.append((start, count, String(slice)))
                open = nil
                continue
            }
            out.append(scalar)
            count += 1
        }
        self.text = String(out)
        self.spans = spans
    }
}

/// Whole-file reads for tests (no Foundation needed by the caller).
public enum TestFiles {
    public static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    public static func readText(_ path: String) -> String? { read(path).map { String(decoding: $0, as: UTF8.self) } }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}

#if canImport(Glibc)
    import Glibc
#endif

/// A small deterministic random generator (SplitMix64) for property tests, so failures reproduce.
public struct SplitMix64: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<n.
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// An element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
