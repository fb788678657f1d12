// newsrail — the streaming JSON writer.
#include "newsrail/json_writer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

#include "newsrail/utf8.h"

namespace newsrail {

void append_json_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // Copy a valid sequence as it is; replace an invalid one.
      std::size_t p = i;
      bool valid = false;
      decode_utf8(s, p, valid);
      if (valid)
        out.append(s.data() + i, p - i);
      else
        out += "\xEF\xBF\xBD";
      i = p;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

namespace {

// Appends `v` in the fewest significant digits (from digits10 up to max_digits10, which always
// suffice) that a reader parsing a double, then narrowing it to T, turns back into `v`; with ".0"
// on a whole number so that it still reads as one with a fraction. NaN and infinities: null.
template <typename T>
void append_shortest(std::string& out, T v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buffer[32];
  int n = 0;
  for (int precision = std::numeric_limits<T>::digits10;; ++precision) {
    n = std::snprintf(buffer, sizeof buffer, "%.*g", precision, static_cast<double>(v));
    if (precision == std::numeric_limits<T>::max_digits10 ||
        static_cast<T>(std::strtod(buffer, nullptr)) == v)
      break;
  }
  const std::string_view text(buffer, static_cast<std::size_t>(n));
  out += text;
  if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
}

}  // namespace

void append_json_number(std::string& out, double d) { append_shortest(out, d); }

namespace {

std::string cut_excerpt(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return std::string(truncate_utf8(text, max_bytes < 3 ? 0 : max_bytes - 3)) + "...";
}

}  // namespace

std::string json_excerpt(JsonValue v, std::size_t max_bytes) {
  return cut_excerpt(JsonWriter().value(v).take(), max_bytes);
}

std::string json_excerpt_string(std::string_view s, std::size_t max_bytes) {
  std::string text;
  append_json_string(text, s);
  return cut_excerpt(std::move(text), max_bytes);
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(has_items_.size() * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {  // The value of a member: on the key's line.
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_ += ',';
  has_items_.back() = true;
  if (indent_ >= 0) newline();
}

JsonWriter& JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
  const bool had_items = !has_items_.empty() && has_items_.back();
  if (!has_items_.empty()) has_items_.pop_back();
  if (had_items && indent_ >= 0) newline();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(float f) {
  before_value();
  append_shortest(out_, f);
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  before_value();
  append_json_number(out_, d);
  return *this;
}

JsonWriter& JsonWriter::value(JsonValue v) {
  switch (v.type()) {
    case JsonType::kNull:
      return null();
    case JsonType::kBoolean:
      return value(v.boolean());
    case JsonType::kNumber:
      if (v.is_int64()) return integer(v.int64());
      if (v.is_big_uint64()) return unsigned_integer(v.big_uint64());
      return value(v.number());
    case JsonType::kString:
      return value(v.string());
    case JsonType::kArray:
      begin_array();
      for (const JsonValue e : v.elements()) value(e);
      return end_array();
    case JsonType::kObject:
      begin_object();
      for (const auto& [name, member] : v.members()) {
        key(name);
        value(member);
      }
      return end_object();
  }
  return null();
}

JsonWriter& JsonWriter::value(const std::vector<std::string>& list) {
  begin_array();
  for (const std::string& s : list) value(s);
  return end_array();
}

JsonWriter& JsonWriter::integer(std::int64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

JsonWriter& JsonWriter::unsigned_integer(std::uint64_t v) {
  before_value();
  out_ += std::to_string(v);
  return *this;
}

}  // namespace newsrail
