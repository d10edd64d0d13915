#if canImport(Glibc)
    import Glibc
#endif

/// Decodes legacy encodings (GBK, GB18030, Big5, Shift_JIS, EUC-KR, KOI8-R, …) to UTF-8 with the C
/// library's iconv, which every Debian system has (glibc's gconv modules).
enum IconvDecoder {
    /// WHATWG labels → the glibc converter that decodes them as browsers do (supersets where the
    /// web uses them: GBK pages are decoded as GB18030, Shift_JIS as CP932, EUC-KR as CP949).
    static let aliases: [String: String] = [
        "gbk": "GB18030", "gb2312": "GB18030", "x-gbk": "GB18030", "gb_2312-80": "GB18030", "chinese": "GB18030",
        "csgb2312": "GB18030", "iso-ir-58": "GB18030", "gb18030": "GB18030",
        "big5": "BIG5-HKSCS", "big5-hkscs": "BIG5-HKSCS", "cn-big5": "BIG5-HKSCS", "x-x-big5": "BIG5-HKSCS", "csbig5": "BIG5-HKSCS",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "x-sjis": "CP932", "ms_kanji": "CP932", "ms932": "CP932",
        "windows-31j": "CP932", "csshiftjis": "CP932", "cp932": "CP932",
        "euc-kr": "CP949", "ks_c_5601-1987": "CP949", "windows-949": "CP949", "cseuckr": "CP949", "korean": "CP949", "cp949": "CP949",
        "euc-jp": "EUC-JP", "x-euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP", "koi8-r": "KOI8-R", "koi8-u": "KOI8-U",
        "windows-1250": "CP1250", "windows-1251": "CP1251", "x-cp1250": "CP1250", "x-cp1251": "CP1251", "cp1250": "CP1250",
        "cp1251": "CP1251", "x-mac-cyrillic": "MACCYRILLIC", "koi8": "KOI8-R", "cskoi8r": "KOI8-R", "x-user-defined": "CP1252",
        "windows-1253": "CP1253", "windows-1254": "CP1254",
        "windows-1255": "CP1255", "windows-1256": "CP1256", "windows-1257": "CP1257", "windows-1258": "CP1258",
        "windows-874": "CP874", "tis-620": "TIS-620", "iso-8859-2": "ISO-8859-2", "iso-8859-5": "ISO-8859-5",
        "iso-8859-7": "ISO-8859-7", "iso-8859-9": "ISO-8859-9", "iso-8859-15": "ISO-8859-15", "utf-16le": "UTF-16LE",
        "utf-16be": "UTF-16BE", "utf-16": "UTF-16",
    ]

    /// Whether a label names an encoding this decoder can read.
    static func converterName(for label: String) -> String? {
        let key = label.lowercased()
        if let name = aliases[key] { return name }
        // Any other label glibc knows.
        let descriptor = iconv_open("UTF-8", key.uppercased())
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        iconv_close(descriptor)
        return key.uppercased()
    }

    /// The text, with U+FFFD for each byte sequence the encoding does not define; nil when the
    /// converter cannot be opened.
    static func decode(_ bytes: [UInt8], converter: String) -> (text: String, replaced: Int)? {
        let descriptor = iconv_open("UTF-8", converter)
        if descriptor == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(descriptor) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var replaced = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            chunk.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuffer.count
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: outBuffer.count - outLeft))
                    if result == -1 {
                        let error = errno
                        if error == E2BIG { continue }
                        // EILSEQ or EINVAL: an undefined or cut sequence. Replace one byte and go on.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        replaced += 1
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                        _ = iconv(descriptor, nil, nil, nil, nil)
                    }
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), replaced)
    }
}
