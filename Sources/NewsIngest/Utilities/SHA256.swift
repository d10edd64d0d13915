import CSHA256

/// SHA-256 (FIPS 180-4), used for stable document ids: the id of a file equals `sha256sum FILE`.
/// The work is done in C (`Sources/CSHA256`), with the x86 SHA extensions when the processor has them.
public struct SHA256 {
    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let hex = bytes.withContiguousStorageIfAvailable({ digestHex($0, nf_sha256) }) { return hex }
        return Array(bytes).withUnsafeBufferPointer { digestHex($0, nf_sha256) }
    }

    /// The portable code path alone (tests compare it with the accelerated one).
    static func portableHex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { digestHex($0, nf_sha256_portable) } }

    /// Whether the SHA extensions are used on this processor.
    static var accelerated: Bool { nf_sha256_accelerated() != 0 }

    static func digestHex(
        _ input: UnsafeBufferPointer<UInt8>, _ hash: (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UInt8>?) -> Void
    ) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBufferPointer { out in hash(input.baseAddress, input.count, out.baseAddress) }
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
