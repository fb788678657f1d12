// newsrail — tokens, light stemming (English, Spanish, Arabic) and matching terms.
//
// The stemmers only undo inflections that are safe to undo without a dictionary: plurals (and
// in Arabic the article and a few suffixes). Both sides of a match go through the same rules,
// so a stem only has to be consistent, not a real word ("policies" -> "policy" is a bonus).
#include "newsrail/tokenize.h"

#include <algorithm>
#include <cstddef>
#include <iterator>

#include "newsrail/normalize.h"
#include "newsrail/stop_words.h"

namespace newsrail {
namespace {

inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Code points in valid UTF-8: the bytes that are not continuation bytes.
std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// True when `s` holds a character of the Arabic blocks: lead bytes D8..DB and DD (U+0600..U+06FF,
// U+0740..U+077F) or EF AD..EF BB (U+FB40..U+FEFF, the presentation forms).
bool has_arabic(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if ((b >= 0xD8 && b <= 0xDB) || b == 0xDD) return true;
    if (b == 0xEF && i + 1 < s.size()) {
      const unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
      if (b1 >= 0xAD && b1 <= 0xBB) return true;
    }
  }
  return false;
}

inline bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// True for a bare number of 1 to 3 digits ("41", "12": a count, an age, a day of the month, a part
// of "1,400" or "3.5", which the normaliser splits) or one with an English ordinal suffix ("21st",
// "3rd"): how many or when, not what a story is about. Numbers of 4 digits and more are kept
// (years: 1948, 2025), and so are letters mixed with digits (g20, covid19, 5g, f35).
bool is_small_number(std::string_view t) {
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return false;
  const std::string_view rest = t.substr(digits);
  return rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th";
}

template <std::size_t N>
constexpr bool is_strictly_sorted(const std::string_view (&words)[N]) {
  for (std::size_t i = 1; i < N; ++i) {
    if (!(words[i - 1] < words[i])) return false;
  }
  return true;
}

template <std::size_t N>
bool contains(const std::string_view (&words)[N], std::string_view word) {
  return std::binary_search(std::begin(words), std::end(words), word);
}

//-------------------------------------------------------------------------------------------------
// English: plurals.
//-------------------------------------------------------------------------------------------------

// Words ending in s that are not plurals (or whose stem would collide: "aids" is not "aid").
constexpr std::string_view kEnglishKeep[] = {
    "afterwards", "aids",     "alias",    "always",  "arkansas", "athens",    "atlas",
    "bahamas",    "barbados", "besides",  "canvas",  "caracas",  "chaos",     "christmas",
    "douglas",    "hamas",    "honduras", "kansas",  "lens",     "lucas",     "mars",
    "mercedes",   "news",     "nicholas", "perhaps", "series",   "sometimes", "species",
    "texas",      "thomas",   "towards",  "vegas",   "wales",    "whereas"};
static_assert(is_strictly_sorted(kEnglishKeep), "kEnglishKeep must be sorted");

std::string stem_english(std::string_view t) {
  if (code_points(t) < 4 || t.back() != 's') return std::string(t);
  if (ends_with(t, "ss") || ends_with(t, "us") || ends_with(t, "is") || contains(kEnglishKeep, t)) {
    return std::string(t);
  }
  if (ends_with(t, "ies")) {
    if (t.size() == 4) return std::string(t.substr(0, 3));  // ties -> tie, lies -> lie
    std::string out(t.substr(0, t.size() - 3));
    out.push_back('y');  // policies -> policy
    return out;
  }
  if (ends_with(t, "sses") || ends_with(t, "xes") || ends_with(t, "ches") || ends_with(t, "shes") ||
      ends_with(t, "zzes")) {
    return std::string(t.substr(0, t.size() - 2));  // witnesses, boxes, churches, crashes
  }
  return std::string(t.substr(0, t.size() - 1));  // strikes, ceasefires, houses, talks
}

//-------------------------------------------------------------------------------------------------
// Spanish: plurals (accents are already folded by normalize_for_match).
//-------------------------------------------------------------------------------------------------

// Words ending in s that are not plurals.
constexpr std::string_view kSpanishKeep[] = {
    "ademas",   "antes",     "apenas", "atlas",  "atras", "caracas", "despues", "dios",
    "entonces", "honduras",  "jamas",  "jueves", "lejos", "lunes",   "martes",  "menos",
    "mientras", "miercoles", "pues",   "quizas", "seis",  "tras",    "tres",    "viernes"};
static_assert(is_strictly_sorted(kSpanishKeep), "kSpanishKeep must be sorted");

std::string stem_spanish(std::string_view t) {
  const std::size_t n = t.size();
  if (code_points(t) < 4 || t.back() != 's') return std::string(t);
  if (ends_with(t, "is") || ends_with(t, "us") || contains(kSpanishKeep, t)) {
    return std::string(t);  // crisis, tesis, virus
  }
  if (ends_with(t, "ces")) {
    std::string out(t.substr(0, n - 3));
    out.push_back('z');  // veces -> vez, luces -> luz
    return out;
  }
  if (ends_with(t, "es")) {
    const char p = t[n - 3];  // The letter before "es", then the one before it.
    const char q = t[n - 4];
    // A singular ending in vowel + l/r/n/d/y takes "-es": mujer-es, eleccion-es, ciudad-es, ley-es;
    // so do -es/-is/-us + s: mes-es, pais-es, autobus-es. Otherwise "-e" + "s": ataque-s, hombre-s.
    const bool consonant_plural =
        (is_vowel(q) && (p == 'l' || p == 'r' || p == 'n' || p == 'd' || p == 'y')) ||
        (p == 's' && (q == 'e' || q == 'i' || q == 'u'));
    return std::string(t.substr(0, n - (consonant_plural ? 2 : 1)));
  }
  if (is_vowel(t[n - 2])) return std::string(t.substr(0, n - 1));  // casas, partidos
  return std::string(t);
}

//-------------------------------------------------------------------------------------------------
// Arabic: the article (with a leading conjunction or preposition) and common suffixes.
//-------------------------------------------------------------------------------------------------

constexpr std::string_view kArabicPrefixes[] = {"\xD9\x88\xD8\xA7\xD9\x84",  // وال
                                                "\xD8\xA8\xD8\xA7\xD9\x84",  // بال
                                                "\xD9\x83\xD8\xA7\xD9\x84",  // كال
                                                "\xD9\x81\xD8\xA7\xD9\x84",  // فال
                                                "\xD9\x84\xD9\x84",          // لل
                                                "\xD8\xA7\xD9\x84"};         // ال
constexpr std::string_view kArabicSuffixes[] = {
    "\xD8\xA7\xD8\xAA",  // ات
    "\xD9\x88\xD9\x86",  // ون
    "\xD9\x8A\xD9\x86",  // ين
    "\xD9\x87\xD8\xA7",  // ها
    "\xD9\x87"};         // ه (also teh marbuta, unified to heh by normalize_for_match)

constexpr std::size_t kArabicMinStem = 3;  // Letters that must remain after a strip.

std::string stem_arabic(std::string_view t) {
  for (std::string_view prefix : kArabicPrefixes) {
    if (starts_with(t, prefix) && code_points(t.substr(prefix.size())) >= kArabicMinStem) {
      t.remove_prefix(prefix.size());
      break;
    }
  }
  for (std::string_view suffix : kArabicSuffixes) {
    if (ends_with(t, suffix) &&
        code_points(t.substr(0, t.size() - suffix.size())) >= kArabicMinStem) {
      t.remove_suffix(suffix.size());
      break;
    }
  }
  return std::string(t);
}

std::string stem(std::string_view token, std::string_view primary) {
  if (has_arabic(token)) return stem_arabic(token);
  if (primary == "es") return stem_spanish(token);
  return stem_english(token);
}

}  // namespace

std::vector<std::string> tokenize(std::string_view normalized) {
  std::vector<std::string> tokens;
  std::size_t i = 0;
  while (i < normalized.size()) {
    if (normalized[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t j = normalized.find(' ', i);
    if (j == std::string_view::npos) j = normalized.size();
    tokens.emplace_back(normalized.substr(i, j - i));
    i = j;
  }
  return tokens;
}

std::string light_stem(std::string_view token, std::string_view language) {
  return stem(token, primary_language(language));
}

bool term_for_token(std::string_view token, std::string_view primary, std::string& term) {
  if (code_points(token) < 2) return false;  // Single letters and single digits.
  if (is_small_number(token)) return false;
  if (!primary.empty() && is_stop_word(token, primary)) return false;
  const bool arabic = has_arabic(token);
  if (primary != "ar" && arabic && is_stop_word(token, "ar")) return false;
  term = stem(token, primary);
  // Arabic glues the article, conjunctions and pronouns to a word: "والساعات" is a stop word
  // when its stem "ساع" is (the lists cannot spell every such form; English and Spanish plurals
  // are spelled out in them instead).
  if (arabic && term.size() != token.size() && is_stop_word(term, "ar")) return false;
  return true;
}

std::vector<std::string> terms_for_matching(std::string_view text, std::string_view language) {
  const std::string normalized = normalize_for_match(text);
  const std::string_view primary = primary_language(language);
  const std::string_view s = normalized;
  std::vector<std::string> terms;
  terms.reserve(static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1);
  std::string term;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (term_for_token(s.substr(i, j - i), primary, term)) terms.push_back(term);
    i = j + 1;
  }
  return terms;
}

}  // namespace newsrail
