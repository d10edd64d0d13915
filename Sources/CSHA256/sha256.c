// SHA-256 (FIPS 180-4) for document ids: portable C, and the x86 SHA extensions (SHA-NI) when the
// processor has them (checked once with CPUID). Written for this project from the standard and
// Intel's instruction descriptions.
#include "csha256.h"
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

typedef void (*blocks_fn)(uint32_t state[8], const uint8_t *data, size_t blocks);

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void blocks_portable(uint32_t state[8], const uint8_t *p, size_t blocks) {
    uint32_t w[64];
    while (blocks--) {
        for (int i = 0; i < 16; i++) {
            w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
        }
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
        p += 64;
    }
}

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("sha,sse4.1,ssse3")))
static void blocks_shani(uint32_t state[8], const uint8_t *p, size_t blocks) {
    const __m128i bswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // The instructions keep the state as ABEF and CDGH (A in the highest lane).
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);  // lanes: a b c d
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);  // lanes: e f g h
    __m128i cdab = _mm_shuffle_epi32(abcd, 0xB1);                // lanes: b a d c
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);                // lanes: h g f e
    __m128i abef = _mm_alignr_epi8(cdab, hgfe, 8);               // lanes: f e b a
    __m128i cdgh = _mm_blend_epi16(hgfe, cdab, 0xF0);            // lanes: h g d c
    while (blocks--) {
        __m128i saved_abef = abef, saved_cdgh = cdgh;
        __m128i m[16];
        for (int i = 0; i < 4; i++) m[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), bswap);
        for (int t = 4; t < 16; t++) {
            __m128i x = _mm_sha256msg1_epu32(m[t - 4], m[t - 3]);   // W[i-16] + s0(W[i-15])
            x = _mm_add_epi32(x, _mm_alignr_epi8(m[t - 1], m[t - 2], 4));  // + W[i-7]
            m[t] = _mm_sha256msg2_epu32(x, m[t - 1]);                 // + s1(W[i-2])
        }
        for (int t = 0; t < 16; t++) {
            __m128i wk = _mm_add_epi32(m[t], _mm_loadu_si128((const __m128i *)&K[4 * t]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);  // two rounds: cdgh now holds the new ABEF
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);  // two more: roles back in place
        }
        abef = _mm_add_epi32(abef, saved_abef);
        cdgh = _mm_add_epi32(cdgh, saved_cdgh);
        p += 64;
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);     // lanes: a b e f
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);     // lanes: g h c d
    abcd = _mm_blend_epi16(feba, dchg, 0xF0);         // lanes: a b c d
    efgh = _mm_alignr_epi8(dchg, feba, 8);            // lanes: e f g h
    _mm_storeu_si128((__m128i *)&state[0], abcd);
    _mm_storeu_si128((__m128i *)&state[4], efgh);
}

static int has_shani(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int sse41 = (c >> 19) & 1, ssse3 = (c >> 9) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return sse41 && ssse3 && ((b >> 29) & 1);
}
#else
static int has_shani(void) { return 0; }
#endif

static blocks_fn chosen(void) {
    static blocks_fn fn = 0;
    if (!fn) {
#if defined(__x86_64__)
        fn = has_shani() ? blocks_shani : blocks_portable;
#else
        fn = blocks_portable;
#endif
    }
    return fn;
}

static void sha256_with(blocks_fn blocks, const uint8_t *data, size_t length, uint8_t digest[32]) {
    uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    size_t whole = length / 64;
    if (whole) blocks(state, data, whole);
    // The tail, the 0x80 byte, zeros and the bit length: one or two blocks.
    uint8_t tail[128] = {0};
    size_t rest = length - whole * 64;
    if (rest) memcpy(tail, data + whole * 64, rest);
    tail[rest] = 0x80;
    size_t tailBlocks = rest < 56 ? 1 : 2;
    uint64_t bits = (uint64_t)length * 8;
    for (int i = 0; i < 8; i++) tail[tailBlocks * 64 - 1 - i] = (uint8_t)(bits >> (8 * i));
    blocks(state, tail, tailBlocks);
    for (int i = 0; i < 8; i++) {
        digest[4 * i] = (uint8_t)(state[i] >> 24);
        digest[4 * i + 1] = (uint8_t)(state[i] >> 16);
        digest[4 * i + 2] = (uint8_t)(state[i] >> 8);
        digest[4 * i + 3] = (uint8_t)state[i];
    }
}

void nf_sha256(const uint8_t *data, size_t length, uint8_t digest[32]) { sha256_with(chosen(), data, length, digest); }

void nf_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]) {
    sha256_with(blocks_portable, data, length, digest);
}

int nf_sha256_accelerated(void) { return chosen() != blocks_portable; }
