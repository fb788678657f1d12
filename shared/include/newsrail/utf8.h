// newsrail — UTF-8: validation, repair, one-code-point decoding and encoding, safe truncation.
// Every function is pure, bounds-checked on any input, and never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsrail {

// Returns true when `s` is well-formed UTF-8 (no overlongs, surrogates, > U+10FFFF, truncation).
bool is_valid_utf8(std::string_view s);

// Returns the byte offset of the first byte of the first ill-formed sequence, or npos if none.
std::size_t first_invalid_utf8(std::string_view s);

// Returns `s` with each maximal ill-formed subpart (WHATWG/Unicode practice) replaced by U+FFFD;
// stores the number of replacements in *replaced when given. Valid input comes back unchanged.
std::string sanitize_utf8(std::string_view s, std::size_t* replaced = nullptr);

// Returns the code point at byte `pos` and advances `pos` past it; an ill-formed byte yields
// U+FFFD and advances exactly 1. At or past the end returns U+FFFD and leaves `pos` unchanged.
char32_t decode_utf8(std::string_view s, std::size_t& pos);
// The same, and sets `valid` to whether a code point was read (false for an ill-formed byte and at
// the end), which tells a U+FFFD that stands for a bad byte from one written out as EF BF BD.
char32_t decode_utf8(std::string_view s, std::size_t& pos, bool& valid);

// Writes `cp` as UTF-8 to out[0..3] and returns the byte count (1-4); a surrogate or a value
// above U+10FFFF writes U+FFFD. `out` must have room for 4 bytes; writes no terminator.
std::size_t encode_utf8(char32_t cp, char* out);

// Appends `cp` as UTF-8 (1-4 bytes); a surrogate or a value above U+10FFFF appends U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// Returns the longest prefix of `s` of at most `max_bytes` bytes that does not split a valid
// code point (a view into `s`, no copy).
std::string_view truncate_utf8(std::string_view s, std::size_t max_bytes);

}  // namespace newsrail
