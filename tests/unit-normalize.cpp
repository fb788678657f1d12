// Tests for newsrail/normalize.h: folding text for matching in English, Spanish and Arabic.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "newsrail/normalize.h"
#include "newsrail/utf8.h"

using newsrail::normalize_for_match;

TEST_CASE("ASCII is lower-cased and punctuation becomes single spaces, trimmed") {
  CHECK(normalize_for_match("Hello, World!") == "hello world");
  CHECK(normalize_for_match("  Gaza -- Rafah:   (Live)  ") == "gaza rafah live");
  CHECK(normalize_for_match("F-35 jets, $1.5bn deal") == "f 35 jets 1 5bn deal");
  CHECK(normalize_for_match("") == "");
  CHECK(normalize_for_match(" ...!?\t\n ") == "");
}

TEST_CASE("Spanish accents fold: Elección matches eleccion") {
  CHECK(normalize_for_match("Elección") == normalize_for_match("eleccion"));
  CHECK(normalize_for_match("Elección") == "eleccion");
  CHECK(normalize_for_match("ELECCIÓN") == "eleccion");
  CHECK(normalize_for_match("Elecci\xC3\xB3n") == "eleccion");   // Precomposed ó.
  CHECK(normalize_for_match("Eleccio\xCC\x81n") == "eleccion");  // o + combining acute.
  CHECK(normalize_for_match("¿Qué pasó en España?") == "que paso en espana");
  CHECK(normalize_for_match("¡Pingüino! Año, Ñandú") == "pinguino ano nandu");
}

TEST_CASE("Latin letters beyond Spanish fold to ASCII") {
  CHECK(normalize_for_match("Straße") == "strasse");
  CHECK(normalize_for_match("Æther Œuvre") == "aether oeuvre");
  CHECK(normalize_for_match("Ørsted Łódź") == "orsted lodz");
  CHECK(normalize_for_match("Ça Façade") == "ca facade");
  CHECK(normalize_for_match("Zürich Ünal") == "zurich unal");
  CHECK(normalize_for_match("İstanbul ıı") == "istanbul ii");
  CHECK(normalize_for_match("București Şişli") == "bucuresti sisli");
  CHECK(normalize_for_match("Việt Nam Hà Nội") == "viet nam ha noi");
  CHECK(normalize_for_match("ﬁnance ﬂow") == "finance flow");
  CHECK(normalize_for_match("ＡＢＣ１２３") == "abc123");
}

TEST_CASE("Greek and Cyrillic are lower-cased") {
  CHECK(normalize_for_match("ΑΘΉΝΑ") == "αθηνα");
  CHECK(normalize_for_match("Αθήνα") == "αθηνα");
  CHECK(normalize_for_match("ΟΔΥΣΣΕΥΣ") == normalize_for_match("Οδυσσεύς"));
  CHECK(normalize_for_match("МОСКВА Москва") == "москва москва");
  CHECK(normalize_for_match("Ёлка ЁЛКА") == "елка елка");
  CHECK(normalize_for_match("ЇЖАК Київ") == "їжак київ");
  CHECK(normalize_for_match("Йемен") == "йемен");  // й is a letter, not и + breve.
}

TEST_CASE("an Arabic headline with diacritics matches the same headline without") {
  const std::string with = "قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ";
  const std::string without = "قال الرئيس إن المفاوضات مستمرة";
  CHECK(normalize_for_match(with) == normalize_for_match(without));
  CHECK(normalize_for_match("مُحَمَّد") == "محمد");
  CHECK(normalize_for_match("عِلْمٌ") == "علم");
}

TEST_CASE("Arabic alef forms, yeh forms and teh marbuta are unified") {
  CHECK(normalize_for_match("أحمد") == "احمد");
  CHECK(normalize_for_match("إسلام") == "اسلام");
  CHECK(normalize_for_match("آمن") == "امن");
  CHECK(normalize_for_match("ٱلله") == "الله");
  CHECK(normalize_for_match("على") == "علي");      // Alef maksura -> yeh.
  CHECK(normalize_for_match("ایران") == "ايران");  // Persian yeh -> Arabic yeh.
  CHECK(normalize_for_match("مدينة") == "مدينه");  // Teh marbuta -> heh.
  CHECK(normalize_for_match("مؤتمر") == "موتمر");  // Waw with hamza -> waw.
  CHECK(normalize_for_match("رئيس") == "رييس");    // Yeh with hamza -> yeh.
  CHECK(normalize_for_match("کتاب") == "كتاب");    // Keheh -> kaf.
  CHECK(normalize_for_match("إلى") == normalize_for_match("الى"));
  CHECK(normalize_for_match("القاهرة") == normalize_for_match("القاهره"));
}

TEST_CASE("Arabic tatweel and Quranic marks are removed") {
  CHECK(normalize_for_match("العـــربية") == "العربيه");
  CHECK(normalize_for_match("الرحمٰن") == "الرحمن");       // Superscript alef.
  CHECK(normalize_for_match("يَعْلَمُونَ ۗ وَ") == "يعلمون و");  // U+06D7 small high mark.
}

TEST_CASE("Arabic-Indic and Persian digits become ASCII digits") {
  CHECK(normalize_for_match("٢٠٢٣") == "2023");
  CHECK(normalize_for_match("۱۴۰۲") == "1402");
  CHECK(normalize_for_match("قتل ١٢ شخصا") == "قتل 12 شخصا");
}

TEST_CASE("Arabic punctuation separates words") {
  CHECK(normalize_for_match("نعم،لا؛ربما؟") == "نعم لا ربما");
  CHECK(normalize_for_match("«غزة»") == "غزه");
  CHECK(normalize_for_match("٥٠٪") == "50");
}

TEST_CASE("Arabic presentation forms become letters") {
  CHECK(normalize_for_match("ﻣﺮﺣﺒﺎ") == "مرحبا");
  CHECK(normalize_for_match("ﻻ") == "لا");
  CHECK(normalize_for_match("ﺃﺣﻤﺪ") == "احمد");
  CHECK(normalize_for_match("ﷲ") == "الله");
}

TEST_CASE("zero-width characters, bidi marks and soft hyphens are removed without a space") {
  CHECK(normalize_for_match("Is\xE2\x80\x8Brael") == "israel");        // U+200B
  CHECK(normalize_for_match("co\xC2\xADoperate") == "cooperate");      // U+00AD
  CHECK(normalize_for_match("\xEF\xBB\xBFHello") == "hello");          // BOM
  CHECK(normalize_for_match("\xE2\x80\x8Fغزة\xE2\x80\x8E") == "غزه");  // RLM, LRM
  CHECK(normalize_for_match("a\xE2\x80\x8C"
                            "b \xE2\x80\x8D"
                            "c") == "ab c");
}

TEST_CASE("apostrophes and quotes separate: quoted 'Israel' is israel") {
  CHECK(normalize_for_match("Israel's") == "israel s");
  CHECK(normalize_for_match("'Israel'") == "israel");
  CHECK(normalize_for_match("\xE2\x80\x98Israel\xE2\x80\x99") == "israel");
  CHECK(normalize_for_match("\"Israel\" says") == "israel says");
  CHECK(normalize_for_match("«Hola»") == "hola");
}

TEST_CASE("symbols and emoji become spaces, other scripts pass through") {
  CHECK(normalize_for_match("fire\xF0\x9F\x94\xA5"
                            "alarm") == "fire alarm");
  CHECK(normalize_for_match("€100 — 50%") == "100 50");
  CHECK(normalize_for_match("北京 · 上海") == "北京 上海");
  CHECK(normalize_for_match("שָׁלוֹם") == "שלום");  // Hebrew points removed.
}

TEST_CASE("invalid UTF-8 acts as a space and never breaks the output") {
  CHECK(normalize_for_match("a\xFF"
                            "b") == "a b");
  CHECK(normalize_for_match("\xE2\x82") == "");
  CHECK(normalize_for_match("caf\xC3") == "caf");
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 20);
    for (int k = 0; k < len; ++k) s.push_back(static_cast<char>(rng() & 0xFF));
    const std::string n = normalize_for_match(s);
    REQUIRE(newsrail::is_valid_utf8(n));
    REQUIRE(n.find("  ") == std::string::npos);
    if (!n.empty()) {
      REQUIRE(n.front() != ' ');
      REQUIRE(n.back() != ' ');
    }
    REQUIRE(normalize_for_match(n) == n);
  }
}

TEST_CASE("normalising twice changes nothing") {
  const std::vector<std::string> samples = {
      "Russia offers to host Armenia-Azerbaijan summit amid EU, US failure",
      "¿Elecciones en Perú? Sí, el 14 de abril", "قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ ٢٠٢٣",
      "ΟΔΥΣΣΕΥΣ Ёлка Straße ﬁnance ﻻ ﷲ"};
  for (const std::string& s : samples) {
    const std::string once = normalize_for_match(s);
    CHECK(normalize_for_match(once) == once);
  }
}

// Pieces of English, Spanish and Arabic news text, with the characters the fast paths of
// normalize_for_match treat specially (ASCII runs, two-byte sequences) and those they leave to
// the per-code-point folding: accents precomposed and decomposed, capitals, digits, punctuation,
// non-breaking and zero-width spaces, soft hyphens, tashkeel, tatweel, presentation forms,
// emoji and invalid UTF-8.
namespace {

// clang-format off
const std::vector<std::string> kMixedPieces = {
    "The ", "PRESIDENT", "said", " ", "  ", "2025", "F-35", "$1.5bn,", "(Live)", "don't", ".",
    "\t", "\n", "ELECCIÓN", "Elecci\xC3\xB3n", "Eleccio\xCC\x81n", "año", "Ñandú", "¿Qué?",
    "¡Sí!", "Pingüino", "«", "»", "\xC2\xA0" /* no-break space */, "\xE2\x80\x8B" /* ZWSP */,
    "\xE2\x80\x8F" /* RLM */, "\xC2\xAD" /* soft hyphen */, "\xE2\x80\x94" /* em dash */,
    "قَالَ", "الرَّئِيسُ", "العـــربية", "مدينة", "إلى", "مؤتمر", "، ", "؟", "١٢٣", "۴۵",
    "\xEF\xBB\xBB" /* presentation form */, "ﻻ", "\xEF\xB7\xB2" /* allah ligature */,
    "\xEF\xBB\xBF" /* BOM */, "ﬁnance", "Straße", "ΑΘΉΝΑ", "МОСКВА", "東京", "😀", "ＡＢＣ", "µ",
    "²", "×", "ǅ", "ʼ", "\xFF", "\xC3", "\xE2\x82", "\xC0\xAF" /* invalid UTF-8 */};
// clang-format on

std::string first_tokens(const std::string& normalized, std::size_t n) {
  std::string out;
  std::size_t i = 0;
  for (std::size_t taken = 0; taken < n && i < normalized.size(); ++taken) {
    std::size_t j = normalized.find(' ', i);
    if (j == std::string::npos) j = normalized.size();
    if (!out.empty()) out += ' ';
    out.append(normalized, i, j - i);
    i = j + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("the fast paths fold mixed en/es/ar text exactly as one code point at a time does") {
  CHECK(newsrail::normalize_for_match_reference("¿Qué dijo el PRESIDENTE?\xC2\xA0"
                                                "Año 2025") == "que dijo el presidente ano 2025");
  std::mt19937 rng(2025);
  std::string out = "left over from an earlier call";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int pieces = static_cast<int>(rng() % 30);
    for (int k = 0; k < pieces; ++k) s += kMixedPieces[rng() % kMixedPieces.size()];
    const std::string reference = newsrail::normalize_for_match_reference(s);
    REQUIRE(normalize_for_match(s) == reference);
    normalize_for_match(s, out);
    REQUIRE(out == reference);
    const std::size_t max_tokens = rng() % 8;
    normalize_for_match(s, out, max_tokens);
    REQUIRE(out == first_tokens(reference, max_tokens));
  }
}
