// newsrail — word counts and reading time.
#include "newsrail/reading_time.h"

#include <climits>

#include "newsrail/utf8.h"

namespace newsrail {
namespace {

// Unicode White_Space, plus the joiners that end a word: hyphens, dashes and slashes.
bool ends_word(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == '-' || c == '/';
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         (c >= 0x2010 && c <= 0x2015) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x2212 || c == 0x3000;
}

// Letters and digits of every script, approximated by excluding the blocks of punctuation,
// symbols, controls, marks and emoji (a lone mark or symbol never makes a word).
bool is_letter_or_digit(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c < 0xC0) {
    return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA;
  }
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x02B9 && c <= 0x036F) return false;  // Spacing modifiers, combining marks.
  if ((c >= 0x0600 && c <= 0x060F) || (c >= 0x061B && c <= 0x061F) ||
      (c >= 0x064B && c <= 0x065F) || (c >= 0x066A && c <= 0x066D) || c == 0x06D4 || c == 0x0640) {
    return false;  // Arabic punctuation, tashkeel, tatweel.
  }
  if (c >= 0x2000 && c <= 0x2BFF) {
    return (c >= 0x2070 && c <= 0x2089) || (c >= 0x2460 && c <= 0x249B);  // Super/sub, ① ⑴.
  }
  if (c > 0xFFFF) return !(c >= 0x1F000 && c <= 0x1FAFF) && c < 0xE0000;  // Emoji, tags.
  return !((c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x3004) ||
           (c >= 0x3008 && c <= 0x3020) || (c >= 0xFE00 && c <= 0xFE6F) ||
           (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c >= 0xFFF0);
}

}  // namespace

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool counted = false;  // The current run already holds a letter or digit.
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const char32_t c = b < 0x80 ? (++pos, b) : decode_utf8(text, pos);
    if (ends_word(c)) {
      counted = false;
      continue;
    }
    if (!counted && is_letter_or_digit(c)) {
      counted = true;
      ++words;
    }
  }
  return words;
}

int reading_minutes(std::size_t words) {
  const std::size_t minutes = words / kWordsPerMinute + (words % kWordsPerMinute != 0);
  if (minutes < 1) return 1;
  return minutes > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(minutes);
}

}  // namespace newsrail
