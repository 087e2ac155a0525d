// TLS settings shared by the server and the upstream client: TLS 1.2 minimum
// (1.3 preferred), AEAD ciphers with forward secrecy only, no compression,
// no renegotiation. Heavy header (Asio SSL): include only from network code.
#pragma once

#include <utility>

#include <string>

#include <boost/asio/ssl/context.hpp>

#include "convoguard/status.h"

namespace convoguard::gateway {

// Applies the protocol floor and cipher policy to `ctx`. min_version is
// "1.2" or "1.3".
Status HardenTls(boost::asio::ssl::context& ctx, const std::string& min_version);

// The SSL error queue and the error code as one readable string.
std::string SslErrorString(const boost::system::error_code& ec);

}  // namespace convoguard::gateway
