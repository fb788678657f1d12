// Tests for newsrail/utf8.h: validation, repair, decoding, encoding, truncation.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "newsrail/utf8.h"

using newsrail::append_utf8;
using newsrail::decode_utf8;
using newsrail::encode_utf8;
using newsrail::first_invalid_utf8;
using newsrail::is_valid_utf8;
using newsrail::sanitize_utf8;
using newsrail::truncate_utf8;

namespace {

constexpr std::size_t kNpos = std::string_view::npos;
const std::string kFffd = "\xEF\xBF\xBD";

// Random byte strings biased towards UTF-8 lead and continuation bytes, so that most of them
// hold truncated, overlong and out-of-range sequences next to valid ones.
std::vector<std::string> garbage_strings(std::size_t count, std::uint32_t seed) {
  static const unsigned char kInteresting[] = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2,
                                               0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4,
                                               0xF5, 0xF8, 0xFE, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
  std::mt19937 rng(seed);
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t len = rng() % 24;
    std::string s;
    for (std::size_t k = 0; k < len; ++k) {
      const unsigned r = rng();
      s.push_back(static_cast<char>(r % 3 == 0 ? (r >> 8) & 0xFF
                                               : kInteresting[(r >> 8) % sizeof(kInteresting)]));
    }
    out.push_back(s);
  }
  return out;
}

std::size_t count_fffd(const std::string& s) {
  std::size_t n = 0;
  for (std::size_t at = s.find(kFffd); at != std::string::npos; at = s.find(kFffd, at + 3)) ++n;
  return n;
}

}  // namespace

TEST_CASE("well-formed UTF-8 of every length is accepted, boundaries included") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ASCII \x7F"));
  CHECK(is_valid_utf8("\xC2\x80"));          // U+0080
  CHECK(is_valid_utf8("\xDF\xBF"));          // U+07FF
  CHECK(is_valid_utf8("\xE0\xA0\x80"));      // U+0800
  CHECK(is_valid_utf8("\xED\x9F\xBF"));      // U+D7FF
  CHECK(is_valid_utf8("\xEE\x80\x80"));      // U+E000
  CHECK(is_valid_utf8("\xEF\xBF\xBF"));      // U+FFFF
  CHECK(is_valid_utf8("\xF0\x90\x80\x80"));  // U+10000
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF
  CHECK(is_valid_utf8("Elecci\xC3\xB3n \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9"));
  CHECK(is_valid_utf8(std::string_view("a\0b", 3)));  // NUL is a valid code point.
}

TEST_CASE("overlongs, surrogates, values above U+10FFFF and truncated sequences are rejected") {
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));          // Overlong NUL.
  CHECK_FALSE(is_valid_utf8("\xC1\xBF"));          // Overlong 2-byte.
  CHECK_FALSE(is_valid_utf8("\xE0\x80\x80"));      // Overlong 3-byte.
  CHECK_FALSE(is_valid_utf8("\xE0\x9F\xBF"));      // Overlong U+07FF.
  CHECK_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));  // Overlong U+FFFF.
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800.
  CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));      // U+DFFF.
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000.
  CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\x80"));          // Lone continuation byte.
  CHECK_FALSE(is_valid_utf8("\xE2\x82"));      // Truncated euro sign.
  CHECK_FALSE(is_valid_utf8("\xF0\x9F\x98"));  // Truncated emoji.
  CHECK_FALSE(is_valid_utf8("abc\xC3"));       // Truncated at the very end.
}

TEST_CASE("first_invalid_utf8 gives the byte offset of the first bad sequence") {
  CHECK(first_invalid_utf8("") == kNpos);
  CHECK(first_invalid_utf8("caf\xC3\xA9") == kNpos);
  CHECK(first_invalid_utf8("caf\xC3") == 3);
  CHECK(first_invalid_utf8("\xC3\xA9\xC3\xA9\x80") == 4);
  CHECK(first_invalid_utf8("ok \xED\xA0\x80 then") == 3);
  CHECK(first_invalid_utf8("\xFF") == 0);
}

TEST_CASE("each maximal invalid subpart becomes one U+FFFD, as WHATWG decoders do") {
  std::size_t replaced = 99;
  // The example of Unicode 15, Table 3-8.
  CHECK(sanitize_utf8("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", &replaced) ==
        "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  CHECK(replaced == 6);
  CHECK(sanitize_utf8("\xE2\x82", &replaced) == kFffd);  // One truncated sequence, one U+FFFD.
  CHECK(replaced == 1);
  CHECK(sanitize_utf8("\xED\xA0\x80", &replaced) == kFffd + kFffd + kFffd);  // Surrogate.
  CHECK(replaced == 3);
  CHECK(sanitize_utf8("\xC0\xAF", &replaced) == kFffd + kFffd);  // Overlong '/'.
  CHECK(replaced == 2);
  CHECK(sanitize_utf8("\xF0\x9F\x98"
                      "x",
                      &replaced) == kFffd + "x");
  CHECK(replaced == 1);
}

TEST_CASE("valid input comes back unchanged from sanitize_utf8 with zero replacements") {
  const std::string text = "Elecci\xC3\xB3n \xF0\x9F\x94\xA5 \xE2\x82\xAC";
  std::size_t replaced = 99;
  CHECK(sanitize_utf8(text, &replaced) == text);
  CHECK(replaced == 0);
  CHECK(sanitize_utf8("").empty());
}

TEST_CASE("invalid bytes are replaced, never a crash") {
  for (const std::string& s : garbage_strings(20000, 20230715)) {
    std::size_t replaced = 0;
    const std::string clean = sanitize_utf8(s, &replaced);
    REQUIRE(is_valid_utf8(clean));
    CHECK((replaced == 0) == is_valid_utf8(s));
    CHECK((first_invalid_utf8(s) == kNpos) == is_valid_utf8(s));
    if (replaced == 0) CHECK(clean == s);
    CHECK(count_fffd(clean) >= replaced);
    CHECK(sanitize_utf8(clean) == clean);  // Idempotent.

    // decode_utf8 always moves forward and stays in bounds.
    std::size_t pos = 0, steps = 0;
    while (pos < s.size()) {
      const std::size_t before = pos;
      const char32_t cp = decode_utf8(s, pos);
      REQUIRE(pos > before);
      REQUIRE(pos <= s.size());
      CHECK(cp <= 0x10FFFF);
      ++steps;
    }
    CHECK(steps <= s.size());

    // truncate_utf8 returns a prefix within the limit that loses at most 3 bytes.
    for (std::size_t max = 0; max <= s.size() + 1; ++max) {
      const std::string_view cut = truncate_utf8(s, max);
      CHECK(cut.size() <= max);
      CHECK(cut.size() + 3 >= std::min(max, s.size()));
      CHECK(cut == std::string_view(s).substr(0, cut.size()));
    }
  }
}

TEST_CASE("decode_utf8 reads one code point and advances past it") {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\xA5";
  std::size_t pos = 0;
  CHECK(decode_utf8(s, pos) == U'a');
  CHECK(pos == 1);
  CHECK(decode_utf8(s, pos) == 0xE9);
  CHECK(pos == 3);
  CHECK(decode_utf8(s, pos) == 0x20AC);
  CHECK(pos == 6);
  CHECK(decode_utf8(s, pos) == 0x1F525);
  CHECK(pos == 10);
}

TEST_CASE("decode_utf8 yields U+FFFD and advances one byte on an invalid sequence") {
  const std::string s = "\xE2\x82x";  // Truncated euro sign, then 'x'.
  std::size_t pos = 0;
  CHECK(decode_utf8(s, pos) == 0xFFFD);
  CHECK(pos == 1);
  CHECK(decode_utf8(s, pos) == 0xFFFD);
  CHECK(pos == 2);
  CHECK(decode_utf8(s, pos) == U'x');
  CHECK(pos == 3);
}

TEST_CASE("decode_utf8 at or past the end returns U+FFFD and does not move") {
  std::size_t pos = 3;
  CHECK(decode_utf8("abc", pos) == 0xFFFD);
  CHECK(pos == 3);
  pos = 100;
  CHECK(decode_utf8("abc", pos) == 0xFFFD);
  CHECK(pos == 100);
  pos = 0;
  CHECK(decode_utf8("", pos) == 0xFFFD);
  CHECK(pos == 0);
}

TEST_CASE("append_utf8 encodes every scalar value and round-trips through decode_utf8") {
  std::string out;
  append_utf8(out, U'A');
  append_utf8(out, 0xE9);
  append_utf8(out, 0x20AC);
  append_utf8(out, 0x1F525);
  CHECK(out == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x94\xA5");

  for (char32_t cp = 0; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 97)) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string one;
    append_utf8(one, cp);
    REQUIRE(is_valid_utf8(one));
    std::size_t pos = 0;
    REQUIRE(decode_utf8(one, pos) == cp);
    REQUIRE(pos == one.size());
  }
}

TEST_CASE("append_utf8 writes U+FFFD for surrogates and values above U+10FFFF") {
  std::string out;
  append_utf8(out, 0xD800);
  append_utf8(out, 0xDFFF);
  append_utf8(out, 0x110000);
  append_utf8(out, 0xFFFFFFFF);
  CHECK(out == kFffd + kFffd + kFffd + kFffd);
}

TEST_CASE("encode_utf8 writes 1 to 4 bytes and U+FFFD for non-scalar values") {
  char buf[4];
  CHECK(std::string(buf, encode_utf8(U'A', buf)) == "A");
  CHECK(std::string(buf, encode_utf8(0x7FF, buf)) == "\xDF\xBF");
  CHECK(std::string(buf, encode_utf8(0x20AC, buf)) == "\xE2\x82\xAC");
  CHECK(std::string(buf, encode_utf8(0x10FFFF, buf)) == "\xF4\x8F\xBF\xBF");
  CHECK(std::string(buf, encode_utf8(0xDC00, buf)) == kFffd);
  CHECK(std::string(buf, encode_utf8(0x7FFFFFFF, buf)) == kFffd);
}

TEST_CASE("truncate_utf8 never cuts a code point in half") {
  const std::string s = "h\xC3\xA9llo \xF0\x9F\x94\xA5!";  // h é l l o space 🔥 !
  CHECK(truncate_utf8(s, 100) == s);
  CHECK(truncate_utf8(s, s.size()) == s);
  CHECK(truncate_utf8(s, 0).empty());
  CHECK(truncate_utf8(s, 1) == "h");
  CHECK(truncate_utf8(s, 2) == "h");  // Would split é.
  CHECK(truncate_utf8(s, 3) == "h\xC3\xA9");
  CHECK(truncate_utf8(s, 7) == "h\xC3\xA9llo ");
  CHECK(truncate_utf8(s, 8) == "h\xC3\xA9llo ");  // Would split the emoji (3 cuts).
  CHECK(truncate_utf8(s, 10) == "h\xC3\xA9llo ");
  CHECK(truncate_utf8(s, 11) == "h\xC3\xA9llo \xF0\x9F\x94\xA5");
}

TEST_CASE("truncate_utf8 keeps every byte of a valid prefix of valid text") {
  const std::string s = "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8 Elecci\xC3\xB3n \xE2\x82\xAC";
  for (std::size_t max = 0; max <= s.size(); ++max) {
    const std::string_view cut = truncate_utf8(s, max);
    CHECK(is_valid_utf8(cut));
    CHECK(cut.size() <= max);
    CHECK(cut.size() + 3 >= max);
  }
}
