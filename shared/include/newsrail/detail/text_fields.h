// newsrail — how the feed parser cleans a text field, shared with the RSS/Atom importer so that
// what it writes reads back unchanged. Core-internal (detail/): not part of the product's API.
#pragma once

#include <string>
#include <string_view>

namespace newsrail::detail {

inline bool is_line_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Collapses runs of whitespace (incl. newlines) to one space and trims: for one-line fields.
// Copies word by word (one append per word, not per byte: in wasm each append is a call).
inline std::string clean_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_line_space(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_line_space(s[end])) ++end;
    if (end > i) {
      if (!out.empty()) out += ' ';
      out.append(s.data() + i, end - i);
    }
    i = end;
  }
  return out;
}

// Trims leading and trailing whitespace of a multi-line field.
inline std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (b < e && ws(s[b])) ++b;
  while (e > b && ws(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace newsrail::detail
