// Random bytes for per-request identifiers (request ids, leak canaries)
// from a per-thread pool that OpenSSL's RAND_bytes refills 512 bytes at a
// time: one RAND_bytes call (its locks, its fork check's getpid, ~6.6 K
// instructions) per 512 bytes instead of one per identifier.
//
// For values that are not secret keys: a request id goes to the client, a
// canary to the model. The bytes waiting in the pool are as visible as the
// prompts in the same process's memory. The gateway does not fork, so no two
// processes share a pool.
#pragma once

#include <cstddef>

namespace convoguard::gateway {

// Fills out[0, n) with random bytes. False (out untouched) when the random
// generator fails. REQUIRES: n <= 64.
bool PooledRandomBytes(unsigned char* out, size_t n);

}  // namespace convoguard::gateway
