// newsrail — a small streaming JSON writer: values are appended to one string as they come.
//
// Output is compact (indent < 0) or pretty with `indent` spaces per level; members come out in
// the order they are written. Strings are escaped as RFC 8259 asks ("\"", "\\", control
// characters) and invalid UTF-8 is replaced with U+FFFD, so the output is always valid JSON in
// UTF-8. Doubles are written in the fewest digits that read back to the same double ("0.1", not
// "0.1000000000000000055"), with ".0" on whole numbers; NaN and infinities become null.
//
// Contract: calls must nest (every begin_* has its end_*, key() only directly inside an object,
// each key() followed by one value). The writer does not check this.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "newsrail/json_reader.h"

namespace newsrail {

class JsonWriter {
 public:
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view name);

  JsonWriter& null();
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(double d);
  // In the fewest digits that read back (as a double narrowed to float) to `f`.
  JsonWriter& value(float f);
  template <typename T,
            std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonWriter& value(T v) {
    if constexpr (std::is_signed_v<T>)
      return integer(static_cast<std::int64_t>(v));
    else
      return unsigned_integer(static_cast<std::uint64_t>(v));
  }
  // A copy of a parsed value (compact or indented like the rest).
  JsonWriter& value(JsonValue v);
  // An array of strings.
  JsonWriter& value(const std::vector<std::string>& list);

  // key(name) then value(v).
  template <typename T>
  JsonWriter& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }

  // The text written so far; complete once every container is closed.
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  JsonWriter& integer(std::int64_t v);
  JsonWriter& unsigned_integer(std::uint64_t v);
  void before_value();  // Comma and line break as needed.
  void newline();

  std::string out_;
  std::vector<bool> has_items_;  // Per open container: has it a first item yet?
  int indent_;
  bool after_key_ = false;
};

// Appends `s` as a quoted JSON string (escaped; invalid UTF-8 replaced with U+FFFD).
void append_json_string(std::string& out, std::string_view s);

// Appends `d` in the fewest digits that read back to `d` ("null" for NaN and infinities).
void append_json_number(std::string& out, double d);

// Returns `v` as a message quotes it: its compact JSON text ("\"410\"", "-4", "{\"a\":1}"), cut
// on a character boundary to at most `max_bytes`, the last 3 of them "...", when longer.
std::string json_excerpt(JsonValue v, std::size_t max_bytes = 40);

// The same for a string: quoted and escaped as JSON, then cut like json_excerpt.
std::string json_excerpt_string(std::string_view s, std::size_t max_bytes = 40);

}  // namespace newsrail
