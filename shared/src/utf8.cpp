// newsrail — UTF-8 validation, repair and decoding (Unicode 15 §3.9, Table 3-7; WHATWG Encoding).
#include "newsrail/utf8.h"

#include <cstdint>
#include <cstring>

namespace newsrail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";

// One decoding step at the start of [p, p + n), n >= 1.
struct Step {
  char32_t cp;      // The code point, or U+FFFD when !ok.
  std::size_t len;  // Bytes of the sequence; when !ok, the length of the maximal invalid subpart.
  bool ok;
};

inline Step step(const unsigned char* p, std::size_t n) {
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t need = 0;           // Continuation bytes after the lead byte.
  unsigned lo = 0x80, hi = 0xBF;  // Allowed range of the first continuation byte.
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // E0 80..9F would be overlong.
    if (b0 == 0xED) hi = 0x9F;  // ED A0..BF would be a surrogate.
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // F0 80..8F would be overlong.
    if (b0 == 0xF4) hi = 0x8F;  // F4 90..BF would be above U+10FFFF.
  } else {
    return {kReplacement, 1, false};  // 80..C1 (continuation, overlong lead) and F5..FF.
  }
  for (std::size_t i = 1; i <= need; ++i) {
    if (i >= n) return {kReplacement, i, false};
    const unsigned b = p[i];
    if (b < lo || b > hi) return {kReplacement, i, false};
    lo = 0x80;
    hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

inline const unsigned char* bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

// Returns the index of the first byte >= 0x80 at or after `i` (or n), 8 bytes at a time.
inline std::size_t skip_ascii(const unsigned char* p, std::size_t i, std::size_t n) {
  while (i + 8 <= n) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view s) {
  const unsigned char* p = bytes(s);
  const std::size_t n = s.size();
  std::size_t i = 0;
  while ((i = skip_ascii(p, i, n)) < n) {
    const Step st = step(p + i, n - i);
    if (!st.ok) return i;
    i += st.len;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) { return first_invalid_utf8(s) == std::string_view::npos; }

std::string sanitize_utf8(std::string_view s, std::size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  const unsigned char* p = bytes(s);
  const std::size_t n = s.size();
  std::size_t count = 0;
  std::size_t run = 0;  // Start of the pending run of valid bytes.
  std::size_t i = 0;
  while ((i = skip_ascii(p, i, n)) < n) {
    const Step st = step(p + i, n - i);
    if (st.ok) {
      i += st.len;
      continue;
    }
    out.append(s.data() + run, i - run);
    out.append(kReplacementUtf8, 3);
    ++count;
    i += st.len;
    run = i;
  }
  out.append(s.data() + run, n - run);
  if (replaced != nullptr) *replaced = count;
  return out;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos, bool& valid) {
  valid = false;
  if (pos >= s.size()) return kReplacement;
  const Step st = step(bytes(s) + pos, s.size() - pos);
  pos += st.ok ? st.len : 1;
  valid = st.ok;
  return st.cp;
}

char32_t decode_utf8(std::string_view s, std::size_t& pos) {  // Hot (normalize): no flag.
  if (pos >= s.size()) return kReplacement;
  const Step st = step(bytes(s) + pos, s.size() - pos);
  pos += st.ok ? st.len : 1;
  return st.cp;
}

std::size_t encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, encode_utf8(cp, buf));
}

std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  const unsigned char* p = bytes(s);
  // A valid sequence spanning the cut starts at most 3 bytes before it, on a non-continuation byte.
  for (std::size_t back = 1; back <= 3 && back <= max_bytes; ++back) {
    const std::size_t start = max_bytes - back;
    if ((p[start] & 0xC0) == 0x80) continue;
    const Step st = step(p + start, s.size() - start);
    if (st.ok && start + st.len > max_bytes) return s.substr(0, start);
    break;
  }
  return s.substr(0, max_bytes);
}

}  // namespace newsrail
