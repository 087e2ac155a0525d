#include "store/backend.h"

namespace convoguard::store {

Result<std::unique_ptr<Backend>> OpenPostgresBackend(const std::string&) {
  return Status::Unavailable("the PostgreSQL backend is not built yet");
}

}  // namespace convoguard::store
