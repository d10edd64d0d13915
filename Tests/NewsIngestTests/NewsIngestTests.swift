import Foundation
import TestSupport
import Testing

@testable import NewsIngest

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(_ input: String, _ digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    @Test func millionAs() {
        #expect(
            SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The accelerated path (x86 SHA extensions, when present) and the portable one agree on every
    /// length around the padding boundaries, and with coreutils' sha256sum.
    @Test func bothPathsAgreeWithSha256sum() throws {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes = (0..<(1 << 20) + 77).map { _ -> UInt8 in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
        for length in Array(0...200) + [511, 512, 513, 4095, 4096, 65_537, bytes.count] {
            let slice = Array(bytes[0..<length])
            #expect(SHA256.hex(slice) == SHA256.portableHex(slice), "length \(length)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(getpid()).bin")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.prefix(64) == SHA256.hex(bytes))
        #expect(output.prefix(64) == SHA256.portableHex(bytes))
        print("SHA-256: accelerated path in use: \(SHA256.accelerated)")
    }
}

@Suite struct DecodingTests {
    static func decode(_ bytes: [UInt8], format: DocumentFormat? = nil) -> DocumentReader.Item {
        DocumentReader.document(bytes: bytes, source: "t", format: format)
    }

    @Test func utf8BOMIsStripped() throws {
        guard case let .document(d) = Self.decode([0xEF, 0xBB, 0xBF] + Array("Hello world.".utf8)) else { Issue.record("failed"); return }
        #expect(d.text == "Hello world.")
        #expect(d.encoding == "utf-8 (byte-order mark)")
    }

    @Test func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Café €5".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        guard case let .document(d) = Self.decode(bytes) else { Issue.record("failed"); return }
        #expect(d.text == "Café €5")
    }

    @Test func htmlWithoutCharsetFallsBackToWindows1252() throws {
        let bytes = Array("<html><body><p>".utf8) + [0x80, 0x35, 0x20, 0xE9] + Array("</p></body></html>".utf8)
        guard case let .document(d) = Self.decode(bytes) else { Issue.record("failed"); return }
        #expect(d.format == .html)
        #expect(d.text.contains("€5 é"))
        #expect(d.encoding.hasPrefix("windows-1252"))
    }

    @Test func declaredLatin1ButUTF8BytesStayUTF8() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>".utf8)
        guard case let .document(d) = Self.decode(bytes) else { Issue.record("failed"); return }
        #expect(d.text.contains("Café"))
        #expect(d.encoding == "utf-8 (declared iso-8859-1, bytes are UTF-8)")
    }

    @Test func unsupportedCharsetIsAClearFailure() {
        let bytes =
            Array("<html><head><meta charset=\"x-klingon\"></head><body><p>".utf8) + [0xD6, 0xD0, 0xFF] + Array("</p></body></html>".utf8)
        guard case let .failure(f) = Self.decode(bytes) else { Issue.record("expected a failure"); return }
        #expect(f.reason == "unsupported charset \"x-klingon\"")
    }

    @Test func formatIsSniffedByContent() {
        for (text, format) in [
            ("<!DOCTYPE html><p>x</p>", DocumentFormat.html), ("  <html lang=en>", .html),
            ("Plain text with a < sign and </p> once.", .text), ("<div>a</div><p>b</p>", .html),
            ("News / Metro\nHeadline", .text),
        ] {
            guard case let .document(d) = Self.decode(Array(text.utf8)) else { Issue.record("failed"); continue }
            #expect(d.format == format, "\(text)")
        }
    }
}

@Suite struct DirectoryTests {
    /// Byte order of names, hidden entries skipped, unknown extensions skipped, a symlink loop visited once.
    @Test func walkIsDeterministicAndSafe() throws {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("nf-walk-\(getpid())").path
        try? fm.removeItem(atPath: root)
        try fm.createDirectory(atPath: root + "/b/.hidden", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        for (path, text) in [
            ("/b/z.txt", "Zed article text."), ("/a/y.html", "<p>Why</p><p>html</p>"), ("/B.txt", "Upper."),
            ("/b/.hidden/h.txt", "Hidden."), ("/.dot.txt", "Dot."), ("/a/notes.md", "skip me"),
        ] {
            try text.write(toFile: root + path, atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root + "/b/loop", withDestinationPath: root)
        defer { try? fm.removeItem(atPath: root) }
        var sources: [String] = []
        DocumentReader().read([root]) { item in
            if case let .document(d) = item { sources.append(String(d.source.dropFirst(root.count))) }
        }
        #expect(sources == ["/B.txt", "/a/y.html", "/b/z.txt"])
    }
}

/// The word-at-a-time byte scan the decoder runs first agrees with a byte-by-byte one at every
/// position of a NUL or a high byte, in buffers of every length around the eight-byte word.
@Suite struct ByteClassTests {
    @Test func agreesWithByteByByte() {
        for length in 0...19 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(CharsetDecoder.byteClasses(ascii) == (false, false))
            for position in 0..<length {
                for (byte, expected) in [(UInt8(0), (true, false)), (0x80, (false, true)), (0xFF, (false, true)), (0x7F, (false, false))] {
                    var bytes = ascii
                    bytes[position] = byte
                    let got = CharsetDecoder.byteClasses(bytes)
                    #expect(got == expected, "byte \(byte) at \(position) of \(length)")
                }
            }
        }
        // 0x01 beside 0x00-free bytes must not read as a NUL (the borrow of the zero-byte test).
        #expect(CharsetDecoder.byteClasses([1, 1, 1, 1, 1, 1, 1, 1, 0x81, 1]) == (false, true))
    }
}
