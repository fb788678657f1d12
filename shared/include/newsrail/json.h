// newsrail — the core's JSON layer is nlohmann-json (in and out, native and WebAssembly). These are
// the few helpers every reader of a small document (a request, options, a history) shares. The
// core is built without exceptions for WebAssembly, where a throw aborts the module: check a
// value's type before every get<>() / get_ref<>(), and never use at() or value() on input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace newsrail {

using Json = nlohmann::ordered_json;  // Members keep their order: output reads as written.

// Parses a whole small document into a DOM (strict RFC 8259: no comments, no trailing commas;
// a leading byte order mark is skipped; of duplicate keys the last is kept). Returns a discarded
// value on a syntax error, and the reason in `error` when given. Never throws.
Json parse_json(std::string_view text, std::string* error = nullptr);

// Returns "null", "a boolean", "a number", "a string", "an array" or "an object".
const char* json_type_name(Json::value_t type);
inline const char* json_type_name(const Json& value) { return json_type_name(value.type()); }

// Returns the member `key` of `object`, or nullptr when `object` is not an object or the member
// is missing or null (a null field reads as an absent one).
const Json* json_member(const Json& object, const char* key);

// True for a number written without fraction or exponent that fits std::int64_t.
bool json_is_int64(const Json& value);
// True for a number written without fraction or exponent above INT64_MAX (within uint64).
bool json_is_big_uint64(const Json& value);

// Requires is_string(): the string's bytes.
inline std::string_view json_text(const Json& value) { return value.get_ref<const std::string&>(); }

// Returns the double that JSON writes as the shortest decimal reading back as `value` (so a float
// 2.3f is written "2.3", not "2.299999952316284"). Never throws.
double float_for_json(float value);

// Returns `value` written as JSON: compact (indent < 0) or indented by `indent` spaces per level.
// Invalid UTF-8 in strings is written as U+FFFD, never a failure. Never throws.
std::string write_json(const Json& value, int indent = -1);

// Returns `value` as a message quotes it: its compact JSON text ("\"410\"", "-4", "{\"a\":1}"),
// cut on a character boundary to at most `max_bytes`, the last 3 of them "...", when longer.
std::string json_excerpt(const Json& value, std::size_t max_bytes = 40);

// The same for a string: quoted and escaped as JSON, then cut like json_excerpt.
std::string json_excerpt_string(std::string_view text, std::size_t max_bytes = 40);

}  // namespace newsrail
