/// Builds compact JSON text with a fixed member order, so equal records give equal bytes.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    public init() { bytes.reserveCapacity(4096) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// True between a member name and its value: the value must not add a comma.
    private var pendingValueAfterKey = false

    private mutating func separate() {
        if pendingValueAfterKey { pendingValueAfterKey = false; return }
        if let last = needsComma.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma.removeLast() }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma.removeLast() }

    /// Writes `"key":`; the next value call supplies the value.
    public mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        pendingValueAfterKey = true
    }

    private mutating func beforeValue() { separate() }

    public mutating func null() { beforeValue(); bytes.append(contentsOf: "null".utf8) }
    public mutating func bool(_ value: Bool) { beforeValue(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func int(_ value: Int) { beforeValue(); bytes.append(contentsOf: String(value).utf8) }
    /// A number written from its canonical decimal text (already valid JSON number syntax).
    public mutating func number(text: String) { beforeValue(); bytes.append(contentsOf: text.utf8) }
    public mutating func string(_ value: String) { beforeValue(); Self.appendQuoted(value, to: &bytes) }
    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes any parsed JSON value (used to pass through extra members).
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case let .bool(b): bool(b)
        case let .number(n): number(text: n)
        case let .string(s): string(s)
        case let .array(items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case let .object(members):
            beginObject()
            for (k, v) in members { key(k); self.value(v) }
            endObject()
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` as a JSON string. Non-ASCII stays as UTF-8; controls are escaped;
    /// U+2028/U+2029 are escaped so the output is also safe inside JavaScript, and U+0085 so no
    /// line-splitting reader breaks a JSON line in two.
    public static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var utf8 = Array(value.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            var i = 0
            while i < buffer.count {
                let c = buffer[i]
                switch c {
                case UInt8(ascii: "\""): out.append(0x5C); out.append(c)
                case UInt8(ascii: "\\"): out.append(0x5C); out.append(c)
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x00..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(c >> 4)])
                    out.append(hexDigits[Int(c & 0xF)])
                case 0xC2 where i + 1 < buffer.count && buffer[i + 1] == 0x85:
                    // NEL: valid in JSON, but Python's splitlines() and some readers end a line there.
                    out.append(contentsOf: "\\u0085".utf8)
                    i += 1
                case 0xE2 where i + 2 < buffer.count && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9):
                    out.append(contentsOf: (buffer[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                default: out.append(c)
                }
                i += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
