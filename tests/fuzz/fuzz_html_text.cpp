// libFuzzer target: html_to_text (JSON Feed content_html) on arbitrary bytes.
//
// Invariants of the output (newsrail/html_text.h), a failure traps:
//  - valid UTF-8, whatever the input;
//  - no leading or trailing whitespace; whitespace collapsed: no tab, CR, FF, VT or U+00A0, never
//    two spaces in a row, no space beside a newline, at most two newlines in a row;
//  - at most 3 bytes out per byte in (U+FFFD for one invalid byte is the worst case).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "newsrail/html_text.h"
#include "newsrail/utf8.h"

using namespace newsrail;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string out = html_to_text(input);

  FUZZ_CHECK(is_valid_utf8(out));
  FUZZ_CHECK(out.size() <= 3 * size);
  if (!out.empty()) {
    FUZZ_CHECK(out.front() != ' ' && out.front() != '\n');
    FUZZ_CHECK(out.back() != ' ' && out.back() != '\n');
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    FUZZ_CHECK(c != '\t' && c != '\r' && c != '\f' && c != '\v');
    if (i + 1 < out.size()) {
      const char d = out[i + 1];
      FUZZ_CHECK(!(c == ' ' && d == ' '));
      FUZZ_CHECK(!(c == ' ' && d == '\n') && !(c == '\n' && d == ' '));
      FUZZ_CHECK(!(static_cast<unsigned char>(c) == 0xC2 && static_cast<unsigned char>(d) == 0xA0));
    }
    if (i + 2 < out.size()) FUZZ_CHECK(!(c == '\n' && out[i + 1] == '\n' && out[i + 2] == '\n'));
  }
  return 0;
}
