#include "gateway/random_pool.h"

#include <openssl/rand.h>

#include <cstring>

namespace convoguard::gateway {

bool PooledRandomBytes(unsigned char* out, size_t n) {
  struct Pool {
    unsigned char bytes[512];
    size_t used = sizeof bytes;
  };
  thread_local Pool pool;
  if (n > 64) return false;
  if (pool.used + n > sizeof pool.bytes) {
    if (RAND_bytes(pool.bytes, sizeof pool.bytes) != 1) return false;
    pool.used = 0;
  }
  std::memcpy(out, pool.bytes + pool.used, n);
  // Bytes handed out are not kept.
  std::memset(pool.bytes + pool.used, 0, n);
  pool.used += n;
  return true;
}

}  // namespace convoguard::gateway
