// Pure helpers the secret validators share: entropy, character classes,
// base64 decoding, token boundaries and placeholder detection. No state; safe
// from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace convoguard::recognizers::secrets {

// Shannon entropy of s in bits per character.
double Entropy(std::string_view s);

// How many of {lowercase, uppercase, digit, other} occur in s (0..4).
int CharClassCount(std::string_view s);

// True when the first byte of `after` could continue a token made of
// [A-Za-z0-9] plus the characters in `extra`: the match was cut short and is
// really part of a longer token (wrong length).
bool ContinuesToken(std::string_view after, std::string_view extra);

// Standard or URL-safe base64 (either alphabet, padding optional) to bytes.
// nullopt when s has characters outside both alphabets or an impossible length.
std::optional<std::string> Base64Decode(std::string_view s);

// True when s looks like a stand-in rather than a real value: template or
// variable references (${X}, {{x}}, <x>, [X], $X, %s), masks (xxxx, ****, ...),
// words such as "example", "your_", "placeholder", "changeme", a run of one
// character, a value that is an ascending run such as "abcdef" / "123456"
// or contains one of 10+ characters, or a value ending in "here".
bool IsPlaceholder(std::string_view s);

// True when s, ignoring case, is a word that appears as a value without being
// a secret: true/false/null, type names (string, str, int), "password",
// "secret", "required", common weak defaults (admin, root, 123456, ...).
bool IsCommonNonSecretWord(std::string_view s);

// True when a bare value names something rather than being it: a dotted
// reference (config.db.password), a snake_case or camelCase variable, an
// UPPER_CASE environment variable name. Exactly the strings that fully match
// one of
//   [A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+
//   [a-z][a-z0-9]*(?:_[a-z0-9]+)+
//   [a-z]+(?:[A-Z][a-z]+)+
//   [A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+
bool LooksLikeReference(std::string_view v);

}  // namespace convoguard::recognizers::secrets
