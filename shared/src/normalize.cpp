// newsrail — text normalisation for matching: one pass, code point by code point, with fast paths
// for ASCII words and two-byte sequences (most bytes of English, Spanish and Arabic text).
//
// Index of this file
//   [SECTION] Tables (Latin folds generated from Unicode 14 NFD; Arabic presentation forms)
//   [SECTION] Per-script folding
//   [SECTION] normalize_for_match
#include "newsrail/normalize.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "newsrail/utf8.h"

namespace newsrail {
namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Tables
//-------------------------------------------------------------------------------------------------

// Latin letters folded to lower-case ASCII: the NFD base letters with marks dropped, plus
// ß->ss, æ->ae, œ->oe, ø->o, ł->l, đ/ð->d, þ->th, ı->i, ĳ->ij, ǆ->dz ... A letter with no ASCII
// fold is its own lower case (UTF-8); nullptr marks a symbol (× ÷), which separates words.
// U+00C0..U+024F
// clang-format off
constexpr const char* kLatin[0x190] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o",
    "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss", "a", "a", "a", "a", "a",
    "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o",
    nullptr, "o", "u", "u", "u", "u", "y", "th", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c",
    "c", "c", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e",
    "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i",
    "i", "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l",
    "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "oe",
    "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t",
    "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "w", "w", "y", "y", "y",
    "z", "z", "z", "z", "z", "z", "s", "b", "b", "\xC6\x83", "\xC6\x83", "\xC6\x85", "\xC6\x85",
    "\xC9\x94", "c", "c", "d", "d", "\xC6\x8C", "\xC6\x8C", "\xC6\x8D", "e", "\xC9\x99",
    "\xC9\x9B", "f", "f", "g", "\xC9\xA3", "\xC6\x95", "\xC9\xA9", "i", "k", "k", "l", "\xC6\x9B",
    "\xC9\xAF", "n", "n", "o", "o", "o", "\xC6\xA3", "\xC6\xA3", "p", "p", "\xCA\x80", "\xC6\xA8",
    "\xC6\xA8", "\xCA\x83", "\xC6\xAA", "t", "t", "t", "t", "u", "u", "\xCA\x8A", "v", "y", "y",
    "z", "z", "\xCA\x92", "\xC6\xB9", "\xC6\xB9", "\xC6\xBA", "\xC6\xBB", "\xC6\xBD", "\xC6\xBD",
    "\xC6\xBE", "\xC6\xBF", "\xC7\x80", "\xC7\x81", "\xC7\x82", "\xC7\x83", "dz", "dz", "dz", "lj",
    "lj", "lj", "nj", "nj", "nj", "a", "a", "i", "i", "o", "o", "u", "u", "u", "u", "u", "u", "u",
    "u", "u", "u", "e", "a", "a", "a", "a", "ae", "ae", "g", "g", "g", "g", "k", "k", "o", "o",
    "o", "o", "\xC7\xAF", "\xC7\xAF", "j", "dz", "dz", "dz", "g", "g", "\xC6\x95", "\xC6\xBF", "n",
    "n", "a", "a", "ae", "ae", "o", "o", "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i",
    "i", "o", "o", "o", "o", "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t",
    "\xC8\x9D", "\xC8\x9D", "h", "h", "n", "\xC8\xA1", "\xC8\xA3", "\xC8\xA3", "z", "z", "a", "a",
    "e", "e", "o", "o", "o", "o", "o", "o", "o", "o", "y", "y", "l", "n", "t", "j", "db", "qp",
    "a", "c", "c", "l", "t", "s", "z", "\xC9\x82", "\xC9\x82", "b", "\xCA\x89", "\xCA\x8C", "e",
    "e", "j", "j", "\xC9\x8B", "\xC9\x8B", "r", "r", "y", "y"};
// clang-format on
// U+1E00..U+1EFF
// clang-format off
constexpr const char* kLatinAdditional[0x100] = {
    "a", "a", "b", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d", "d", "d", "d",
    "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "f", "f", "g", "g", "h", "h", "h", "h",
    "h", "h", "h", "h", "h", "h", "i", "i", "i", "i", "k", "k", "k", "k", "k", "k", "l", "l", "l",
    "l", "l", "l", "l", "l", "m", "m", "m", "m", "m", "m", "n", "n", "n", "n", "n", "n", "n", "n",
    "o", "o", "o", "o", "o", "o", "o", "o", "p", "p", "p", "p", "r", "r", "r", "r", "r", "r", "r",
    "r", "s", "s", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "t", "t",
    "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "v", "v", "v", "v", "w", "w", "w", "w", "w",
    "w", "w", "w", "w", "w", "x", "x", "x", "x", "y", "y", "z", "z", "z", "z", "z", "z", "h", "t",
    "w", "y", "a", "s", "s", "s", "ss", "\xE1\xBA\x9F", "a", "a", "a", "a", "a", "a", "a", "a",
    "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "e", "e", "e",
    "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o",
    "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "o",
    "o", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "y", "y",
    "y", "y", "y", "y", "y", "y", "\xE1\xBB\xBB", "\xE1\xBB\xBB", "\xE1\xBB\xBD", "\xE1\xBB\xBD",
    "\xE1\xBB\xBF", "\xE1\xBB\xBF"};
// clang-format on

// Arabic Presentation Forms-B U+FE80..U+FEF4: the base letters in order, each with the number
// of its positional forms (isolated, final[, initial, medial]).
struct FormRun {
  char16_t base;
  unsigned char count;
};
constexpr FormRun kArabicForms[] = {
    {0x0621, 1}, {0x0622, 2}, {0x0623, 2}, {0x0624, 2}, {0x0625, 2}, {0x0626, 4},
    {0x0627, 2}, {0x0628, 4}, {0x0629, 2}, {0x062A, 4}, {0x062B, 4}, {0x062C, 4},
    {0x062D, 4}, {0x062E, 4}, {0x062F, 2}, {0x0630, 2}, {0x0631, 2}, {0x0632, 2},
    {0x0633, 4}, {0x0634, 4}, {0x0635, 4}, {0x0636, 4}, {0x0637, 4}, {0x0638, 4},
    {0x0639, 4}, {0x063A, 4}, {0x0641, 4}, {0x0642, 4}, {0x0643, 4}, {0x0644, 4},
    {0x0645, 4}, {0x0646, 4}, {0x0647, 4}, {0x0648, 2}, {0x0649, 2}, {0x064A, 4}};

constexpr unsigned arabic_form_count() {
  unsigned total = 0;
  for (const FormRun& r : kArabicForms) total += r.count;
  return total;
}
static_assert(0xFE80 + arabic_form_count() == 0xFEF5, "forms must end where lam-alef begins");

constexpr char kAllah[] = "\xD8\xA7\xD9\x84\xD9\x84\xD9\x87";  // الله (U+FDF2 ligature)
constexpr char kLamAlef[] = "\xD9\x84\xD8\xA7";                // لا (U+FEF5..U+FEFC ligatures)

//-------------------------------------------------------------------------------------------------
// [SECTION] Per-script folding
//-------------------------------------------------------------------------------------------------

// ASCII letters and digits lower-cased; 0 for every other byte (punctuation, space, controls and
// all bytes >= 0x80), so one lookup both classifies and folds.
struct AsciiFold {
  char to[256] = {};
  constexpr AsciiFold() {
    for (int c = '0'; c <= '9'; ++c) to[c] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c) to[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c) to[c] = static_cast<char>(c + 0x20);
  }
};
constexpr AsciiFold kAsciiFold;

// Writes folded characters straight into the output string, which it sizes ahead and trims at
// the end; a separator becomes one space, and only between two words. It counts the spaces it
// writes so that a caller wanting only the first N tokens can stop once the Nth is complete.
class Emitter {
 public:
  Emitter(std::string& out, std::size_t expected, std::size_t max_tokens)
      : out_(out), max_tokens_(max_tokens) {
    out_.resize(expected + kSlack);
    data_ = &out_[0];
  }
  void separator() { pending_space_ = true; }
  void ascii(char c) {
    begin(1);
    data_[len_++] = c;
  }
  void bytes(const char* s) {  // At most a few bytes (ligature expansions).
    const std::size_t n = std::strlen(s);
    begin(n);
    std::memcpy(data_ + len_, s, n);
    len_ += n;
  }
  void cp(char32_t c) {
    begin(4);
    if (c >= 0x80 && c < 0x800) {  // Inline: Arabic, Greek, Cyrillic and Hebrew letters.
      data_[len_++] = static_cast<char>(0xC0 | (c >> 6));
      data_[len_++] = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      len_ += encode_utf8(c, data_ + len_);
    }
  }
  // Returns where a run of at most `n` ASCII bytes goes; end_run() says how many were written.
  char* begin_run(std::size_t n) {
    begin(n);
    return data_ + len_;
  }
  void end_run(std::size_t written) { len_ += written; }

  // True once `max_tokens` tokens are complete (the space after the last one is written).
  bool complete() const { return spaces_ >= max_tokens_; }
  // Trims the output to what was written (to the first `max_tokens` tokens); call once.
  void finish() { out_.resize(complete() ? cut_ : len_); }

 private:
  static constexpr std::size_t kSlack = 16;

  // Makes room for a pending space and `n` bytes, then writes the space if one is due.
  void begin(std::size_t n) {
    if (len_ + n + 1 > out_.size()) {
      out_.resize(2 * out_.size() + n + kSlack);
      data_ = &out_[0];
    }
    if (pending_space_ && started_) {
      if (++spaces_ == max_tokens_) cut_ = len_;
      data_[len_++] = ' ';
    }
    pending_space_ = false;
    started_ = true;
  }

  std::string& out_;
  char* data_ = nullptr;
  std::size_t len_ = 0;
  const std::size_t max_tokens_;
  std::size_t spaces_ = 0;
  std::size_t cut_ = 0;  // Where the space after token number `max_tokens_` stands.
  bool pending_space_ = false;
  bool started_ = false;  // Something was written: a later separator becomes a space.
};

void fold_ascii(char32_t c, Emitter& e) {
  const char f = kAsciiFold.to[c & 0x7F];
  return f != 0 ? e.ascii(f) : e.separator();
}

// U+00A0..U+00BF: spaces and symbols, except ª º µ, superscript digits and the soft hyphen.
void fold_latin1_symbol(char32_t c, Emitter& e) {
  if (c == 0x00AD) return;  // Soft hyphen: removed.
  if (c == 0x00AA) return e.ascii('a');
  if (c == 0x00BA) return e.ascii('o');
  if (c == 0x00B5) return e.cp(0x03BC);  // Micro sign -> μ.
  if (c == 0x00B9) return e.ascii('1');
  if (c == 0x00B2 || c == 0x00B3) return e.ascii(static_cast<char>('2' + (c - 0x00B2)));
  e.separator();
}

// U+0370..U+03FF outside the basic capitals: {from, to}; to = 0 means a separator.
constexpr char16_t kGreekFolds[][2] = {
    {0x0374, 0},      {0x0375, 0},      {0x0376, 0x0377}, {0x037E, 0},      {0x037F, 0x03F3},
    {0x0384, 0},      {0x0385, 0},      {0x0386, 0x03B1}, {0x0387, 0},      {0x0388, 0x03B5},
    {0x0389, 0x03B7}, {0x038A, 0x03B9}, {0x038C, 0x03BF}, {0x038E, 0x03C5}, {0x038F, 0x03C9},
    {0x0390, 0x03B9}, {0x03AA, 0x03B9}, {0x03AB, 0x03C5}, {0x03AC, 0x03B1}, {0x03AD, 0x03B5},
    {0x03AE, 0x03B7}, {0x03AF, 0x03B9}, {0x03B0, 0x03C5}, {0x03C2, 0x03C3}, {0x03CA, 0x03B9},
    {0x03CB, 0x03C5}, {0x03CC, 0x03BF}, {0x03CD, 0x03C5}, {0x03CE, 0x03C9}, {0x03CF, 0x03D7},
    {0x03D0, 0x03B2}, {0x03D1, 0x03B8}, {0x03D2, 0x03C5}, {0x03D3, 0x03C5}, {0x03D4, 0x03C5},
    {0x03D5, 0x03C6}, {0x03D6, 0x03C0}, {0x03F0, 0x03BA}, {0x03F1, 0x03C1}, {0x03F4, 0x03B8},
    {0x03F5, 0x03B5}, {0x03F6, 0},      {0x03F7, 0x03F8}, {0x03F9, 0x03F2}, {0x03FA, 0x03FB},
    {0x03FD, 0x037B}, {0x03FE, 0x037C}, {0x03FF, 0x037D}};

// U+0370..U+03FF: lower case, tonos and dialytika folded, final sigma -> σ.
void fold_greek(char32_t c, Emitter& e) {
  if ((c >= 0x0370 && c <= 0x0373) || (c >= 0x03D8 && c <= 0x03EF)) return e.cp(c | 1);
  if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2) return e.cp(c + 0x20);
  for (const auto& pair : kGreekFolds) {
    if (pair[0] == c) return pair[1] != 0 ? e.cp(pair[1]) : e.separator();
  }
  e.cp(c);
}

// U+0400..U+052F: lower case; ё and ѐ -> е.
void fold_cyrillic(char32_t c, Emitter& e) {
  char32_t f = c;
  if (c < 0x0410) {
    f = c + 0x50;
  } else if (c < 0x0430) {
    f = c + 0x20;
  } else if (c < 0x0460) {
    f = c;
  } else if (c < 0x0482) {
    f = c | 1;
  } else if (c == 0x0482) {
    e.separator();  // ҂ thousands sign
    return;
  } else if (c < 0x048A) {
    return;  // Combining titlo and friends: removed.
  } else if (c < 0x04C0) {
    f = c | 1;
  } else if (c == 0x04C0) {
    f = 0x04CF;
  } else if (c < 0x04CF) {
    f = (c & 1) ? c + 1 : c;
  } else if (c > 0x04CF) {
    f = c | 1;
  }
  if (f == 0x0450 || f == 0x0451) f = 0x0435;
  e.cp(f);
}

// U+0530..U+058F.
void fold_armenian(char32_t c, Emitter& e) {
  if (c >= 0x0531 && c <= 0x0556) {
    e.cp(c + 0x30);
  } else if ((c >= 0x055A && c <= 0x055F) || c == 0x0589 || c == 0x058A || c >= 0x058D) {
    e.separator();
  } else {
    e.cp(c);
  }
}

// U+0590..U+05FF: points and cantillation removed, punctuation separates.
void fold_hebrew(char32_t c, Emitter& e) {
  if (c == 0x05BE || c == 0x05C0 || c == 0x05C3 || c == 0x05C6 || c == 0x05F3 || c == 0x05F4) {
    e.separator();
  } else if (c >= 0x0591 && c <= 0x05C7) {
    return;
  } else {
    e.cp(c);
  }
}

// An Arabic letter unified: alef forms -> ا, ى ی ئ -> ي, ة ۀ -> ه, ؤ -> و, ک -> ك.
char32_t unify_arabic_letter(char32_t c) {
  switch (c) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671:
    case 0x0672:
    case 0x0673:
      return 0x0627;
    case 0x0626:
    case 0x0649:
    case 0x06CC:
      return 0x064A;
    case 0x0629:
    case 0x06C0:
      return 0x0647;
    case 0x0624:
      return 0x0648;
    case 0x06A9:
      return 0x0643;
    default:
      return c;
  }
}

// U+0600..U+06FF.
void fold_arabic(char32_t c, Emitter& e) {
  if ((c >= 0x0620 && c <= 0x063F) || (c >= 0x0641 && c <= 0x064A)) {
    e.cp(unify_arabic_letter(c));  // The letters of Arabic text, tested first.
  } else if (c >= 0x0660 && c <= 0x0669) {
    e.ascii(static_cast<char>('0' + (c - 0x0660)));
  } else if (c >= 0x06F0 && c <= 0x06F9) {
    e.ascii(static_cast<char>('0' + (c - 0x06F0)));
  } else if ((c >= 0x0610 && c <= 0x061A) || c == 0x061C || c == 0x0640 ||
             (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)) {
    return;  // Honorific signs, letter mark, tatweel, tashkeel, superscript alef, Quranic marks.
  } else if (c <= 0x060F || (c >= 0x061B && c <= 0x061F) || (c >= 0x066A && c <= 0x066D) ||
             c == 0x06D4 || c == 0x06FD || c == 0x06FE) {
    e.separator();  // Number signs, ، ؛ ؟, ٪ ٫ ٬ ٭, ۔ ...
  } else {
    e.cp(unify_arabic_letter(c));
  }
}

// U+FE70..U+FEFF.
void fold_arabic_presentation_b(char32_t c, Emitter& e) {
  if (c < 0xFE80) return;  // Spacing tashkeel forms.
  if (c >= 0xFEF5 && c <= 0xFEFC) {
    e.bytes(kLamAlef);
    return;
  }
  if (c >= 0xFEF5) {
    if (c != 0xFEFF) e.cp(c);  // U+FEFF (zero width no-break space) is removed.
    return;
  }
  char32_t first = 0xFE80;
  for (const FormRun& r : kArabicForms) {
    if (c < first + r.count) {
      e.cp(unify_arabic_letter(r.base));
      return;
    }
    first += r.count;
  }
}

// U+2000..U+2BFF: spaces, punctuation, symbols; zero-width and bidi controls removed;
// superscript and subscript digits -> ASCII.
void fold_punctuation_and_symbols(char32_t c, Emitter& e) {
  if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) ||
      (c >= 0x20D0 && c <= 0x20FF)) {
    return;
  }
  if (c == 0x2070) {
    e.ascii('0');
  } else if (c >= 0x2074 && c <= 0x2079) {
    e.ascii(static_cast<char>('4' + (c - 0x2074)));
  } else if (c >= 0x2080 && c <= 0x2089) {
    e.ascii(static_cast<char>('0' + (c - 0x2080)));
  } else {
    e.separator();
  }
}

// U+FB00..U+FFFF.
void fold_compatibility(char32_t c, Emitter& e) {
  static constexpr const char* kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (c <= 0xFB06) {
    e.bytes(kLigatures[c - 0xFB00]);
  } else if (c < 0xFB50) {
    e.cp(c);  // Armenian and Hebrew presentation forms.
  } else if (c < 0xFE00) {
    if (c == 0xFDF2) {
      e.bytes(kAllah);
    } else if (c == 0xFD3E || c == 0xFD3F || c == 0xFDFC || c == 0xFDFD) {
      e.separator();
    } else {
      e.cp(c);  // Arabic Presentation Forms-A: kept as they are.
    }
  } else if (c < 0xFE10 || (c >= 0xFE20 && c < 0xFE30)) {
    return;  // Variation selectors, combining half marks.
  } else if (c < 0xFE70) {
    e.separator();  // Vertical, compatibility and small forms of punctuation.
  } else if (c < 0xFF00) {
    fold_arabic_presentation_b(c, e);
  } else if (c >= 0xFF01 && c <= 0xFF5E) {
    fold_ascii(c - 0xFEE0, e);  // Fullwidth ASCII.
  } else if (c >= 0xFF66 && c <= 0xFFDC) {
    e.cp(c);  // Halfwidth Katakana and Hangul.
  } else {
    e.separator();  // Fullwidth brackets, symbols, specials (U+FFFD).
  }
}

void fold(char32_t c, Emitter& e) {
  if (c < 0x80) return fold_ascii(c, e);
  if (c < 0xA0) return e.separator();  // C1 controls.
  if (c < 0xC0) return fold_latin1_symbol(c, e);
  if (c < 0x250) {
    const char* f = kLatin[c - 0xC0];
    return f != nullptr ? e.bytes(f) : e.separator();
  }
  if (c < 0x2B0) return e.cp(c);        // IPA letters.
  if (c < 0x300) return e.separator();  // Spacing modifiers (ʼ ˆ ˜ ...).
  if (c < 0x370) return;                // Combining diacritical marks (decomposed accents).
  if (c < 0x400) return fold_greek(c, e);
  if (c < 0x530) return fold_cyrillic(c, e);
  if (c < 0x590) return fold_armenian(c, e);
  if (c < 0x600) return fold_hebrew(c, e);
  if (c < 0x700) return fold_arabic(c, e);
  if (c >= 0x08D3 && c <= 0x08FF) return c == 0x08E2 ? e.separator() : void();  // Marks.
  if (c == 0x0964 || c == 0x0965 || c == 0x0970) return e.separator();  // Devanagari dandas.
  if (c >= 0x0966 && c <= 0x096F) return e.ascii(static_cast<char>('0' + (c - 0x0966)));
  if ((c >= 0x1AB0 && c < 0x1B00) || (c >= 0x1DC0 && c < 0x1E00)) return;  // Combining marks.
  if (c >= 0x1E00 && c < 0x1F00) return e.bytes(kLatinAdditional[c - 0x1E00]);
  if (c >= 0x2000 && c < 0x2C00) return fold_punctuation_and_symbols(c, e);
  if (c >= 0x2E00 && c < 0x2E80) return e.separator();  // Supplemental punctuation.
  if (c >= 0x3000 && c < 0x3040) {  // CJK punctuation; 々 〆 〇, Hangzhou numerals, marks kept.
    const bool kept =
        (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3035) || c == 0x303B || c == 0x303C;
    return kept ? e.cp(c) : e.separator();
  }
  if (c >= 0xFB00) {
    if (c <= 0xFFFF) return fold_compatibility(c, e);
    if (c >= 0x1F000 && c < 0x1FB00) return e.separator();  // Emoji, pictographs, cards.
    if (c >= 0xE0000 && c < 0xE0080) return;                // Tag characters.
    if (c >= 0xE0100 && c < 0xE01F0) return;                // Variation selectors supplement.
  }
  e.cp(c);
}

}  // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] normalize_for_match
//-------------------------------------------------------------------------------------------------

void normalize_for_match(std::string_view text, std::string& out, std::size_t max_tokens) {
  out.clear();
  if (max_tokens == 0) return;
  Emitter e(out, text.size(), max_tokens);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t pos = 0;
  while (pos < n && !e.complete()) {
    const unsigned char b = p[pos];
    if (b < 0x80) {
      // Most bytes of English and Spanish text: classify and lower-case without decoding, a
      // whole word per run.
      if (kAsciiFold.to[b] == 0) {
        e.separator();  // ASCII punctuation, space or control.
        ++pos;
        continue;
      }
      char* w = e.begin_run(n - pos);
      std::size_t k = 0;
      for (char f; pos < n && (f = kAsciiFold.to[p[pos]]) != 0; ++pos) w[k++] = f;
      e.end_run(k);
    } else if (b >= 0xC2 && b <= 0xDF && pos + 1 < n && (p[pos + 1] & 0xC0) == 0x80) {
      // A well-formed two-byte sequence (Latin accents, Arabic), decoded inline.
      const auto c = static_cast<char32_t>(((b & 0x1F) << 6) | (p[pos + 1] & 0x3F));
      if (c >= 0x0600 && c < 0x0700) {
        fold_arabic(c, e);
      } else {
        fold(c, e);
      }
      pos += 2;
    } else {
      fold(decode_utf8(text, pos), e);
    }
  }
  e.finish();
}

std::string normalize_for_match(std::string_view text) {
  std::string out;
  normalize_for_match(text, out);
  return out;
}

std::string normalize_for_match_reference(std::string_view text) {
  std::string out;
  Emitter e(out, text.size(), SIZE_MAX);
  for (std::size_t pos = 0; pos < text.size();) fold(decode_utf8(text, pos), e);
  e.finish();
  return out;
}

}  // namespace newsrail
