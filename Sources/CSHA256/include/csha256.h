#ifndef NEWSFIGURES_CSHA256_H
#define NEWSFIGURES_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 (FIPS 180-4) of `length` bytes at `data` into `digest` (32 bytes). Uses the x86 SHA
/// extensions when the processor has them, portable code otherwise; both give the same digest.
void nf_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The portable code alone (for tests that compare the two paths).
void nf_sha256_portable(const uint8_t *data, size_t length, uint8_t digest[32]);

/// 1 when nf_sha256 uses the SHA extensions on this processor.
int nf_sha256_accelerated(void);

#endif
