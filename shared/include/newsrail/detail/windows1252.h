// newsrail — windows-1252, the encoding browsers read 0x80-0x9F as: used by html_to_text for
// numeric references (&#150;) and by the RSS importer for documents declared windows-1252.
// Core-internal (detail/).
#pragma once

namespace newsrail::detail {

// The characters of bytes 0x80-0x9F (WHATWG index); 0 = none (the C1 control stays itself).
inline constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Returns the code point of windows-1252 byte `b` (ISO-8859-1 outside 0x80-0x9F).
constexpr char32_t windows1252_code_point(unsigned char b) {
  return b >= 0x80 && b <= 0x9F && kWindows1252[b - 0x80] != 0 ? kWindows1252[b - 0x80] : b;
}

}  // namespace newsrail::detail
