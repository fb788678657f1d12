// The console's text preparation (wasm/console/bidi_text.cpp): FriBidi's ordering and Arabic
// shaping, built natively from the same sources as the console's. The expected code points were
// worked out from the letters' joining types (each form below is named) and cross-checked once
// against FriBidi's own CLI (Debian's libfribidi-bin 1.0.8: `fribidi --nopad --clean`).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "bidi_text.h"
#include "fixtures.h"
#include "newsrail/utf8.h"
#include "nlohmann/json.hpp"

namespace {

std::vector<char32_t> code_points(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t pos = 0; pos < s.size();) out.push_back(newsrail::decode_utf8(s, pos));
  return out;
}

// The title of the item `id` of web/demo/feed-ar.json.
std::string demo_ar_title(const std::string& id) {
  const auto feed = nlohmann::json::parse(
      newsrail::fixtures::read_text(NEWSRAIL_SOURCE_DIR "/web/demo/feed-ar.json"), nullptr, false);
  if (feed.is_discarded()) return {};
  for (const auto& item : feed["items"])
    if (item.value("id", "") == id) return item.value("title", "");
  return {};
}

}  // namespace

TEST_CASE(
    "an Arabic headline of the demo feed comes out joined, as presentation forms, right to left") {
  const std::string title = demo_ar_title("ar-gaza-war-failed-objectives-israeli-media");
  REQUIRE(title == "إعلام إسرائيلي: الحرب على غزة فشلت في تحقيق أهدافها");
  const nrc::BidiText out = nrc::PrepareBidi(title);
  CHECK(out.rtl);
  // Visual order, left to right: the last word first, each word's letters from its end.
  const std::vector<char32_t> expected = {
      // أهدافها: alef-hamza iso, heh ini, dal fin, alef iso, feh ini, heh med, alef fin (reversed)
      0xFE8E, 0xFEEC, 0xFED3, 0xFE8D, 0xFEAA, 0xFEEB, 0xFE83, 0x20,
      // تحقيق: teh ini, hah med, qaf med, yeh med, qaf fin
      0xFED6, 0xFEF4, 0xFED8, 0xFEA4, 0xFE97, 0x20,
      // في: feh ini, yeh fin
      0xFEF2, 0xFED3, 0x20,
      // فشلت: feh ini, sheen med, lam med, teh fin
      0xFE96, 0xFEE0, 0xFEB8, 0xFED3, 0x20,
      // غزة: ghain ini, zain fin, teh marbuta iso (zain does not join forward)
      0xFE93, 0xFEB0, 0xFECF, 0x20,
      // على: ain ini, lam med, alef maksura fin
      0xFEF0, 0xFEE0, 0xFECB, 0x20,
      // الحرب: alef iso, lam ini, hah med, reh fin, beh iso
      0xFE8F, 0xFEAE, 0xFEA4, 0xFEDF, 0xFE8D, 0x20,
      // ":" stays after the word it follows, so it is drawn to its left
      0x3A,
      // إسرائيلي: alef-hamza-below iso, seen ini, reh fin, alef iso, yeh-hamza ini, yeh med,
      // lam med, yeh fin
      0xFEF2, 0xFEE0, 0xFEF4, 0xFE8B, 0xFE8D, 0xFEAE, 0xFEB3, 0xFE87, 0x20,
      // إعلام: alef-hamza-below iso, ain ini, lam+alef as one ligature (final), meem iso
      0xFEE1, 0xFEFC, 0xFECB, 0xFE87};
  CHECK(code_points(out.visual) == expected);
}

TEST_CASE("mixed Arabic, Latin and digits: the Latin word and the number keep their own order") {
  SUBCASE("a right-to-left line with a Latin word and a number") {
    const nrc::BidiText out = nrc::PrepareBidi("قمة G7 في 2025");
    CHECK(out.rtl);
    const std::vector<char32_t> expected = {'2', '0', '2', '5', ' ',    0xFEF2, 0xFED3,
                                            ' ', 'G', '7', ' ', 0xFE94, 0xFEE4, 0xFED7};
    CHECK(code_points(out.visual) == expected);
  }
  SUBCASE("a left-to-right line with an Arabic name: only the Arabic run is reversed") {
    const nrc::BidiText out = nrc::PrepareBidi("Al Mayadeen: الميادين نت");
    CHECK_FALSE(out.rtl);
    const std::vector<char32_t> expected = {
        'A', 'l', ' ', 'M', 'a', 'y', 'a', 'd', 'e', 'e', 'n', ':', ' ',
        // نت (noon ini, teh fin), then الميادين (alef iso, lam ini, meem med, yeh med, alef fin,
        // dal iso, yeh ini, noon fin), each reversed
        0xFE96, 0xFEE7, ' ', 0xFEE6, 0xFEF3, 0xFEA9, 0xFE8E, 0xFEF4, 0xFEE4, 0xFEDF, 0xFE8D};
    CHECK(code_points(out.visual) == expected);
  }
  SUBCASE("brackets around Arabic in a right-to-left line are mirrored") {
    const nrc::BidiText out = nrc::PrepareBidi("في (غزة)");
    // Visual: ")" drawn as "(" on the left ... the glyph for the opening side stays outward.
    const std::vector<char32_t> expected = {'(', 0xFE93, 0xFEB0, 0xFECF, ')', ' ', 0xFEF2, 0xFED3};
    CHECK(code_points(out.visual) == expected);
  }
}

TEST_CASE("Latin text comes back unchanged and left to right") {
  for (const std::string s :
       {"Russia offers to host Armenia-Azerbaijan summit (amid EU, US failure)",
        "Caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D [1] 2 < 3",  // through FriBidi
        "",
        "Espa\xC3\xB1"
        "a: \xC2\xBFqu\xC3\xA9 pas\xC3\xB3?"}) {
    const nrc::BidiText out = nrc::PrepareBidi(s);
    CHECK(out.visual == s);
    CHECK_FALSE(out.rtl);
  }
}

TEST_CASE("bidi marks and controls are removed: nothing to draw") {
  // RLM after the Latin word and an RLE...PDF around it: FriBidi reorders, then drops them.
  const nrc::BidiText out = nrc::PrepareBidi("abc\xE2\x80\x8F");
  CHECK(out.visual == "abc");
  CHECK_FALSE(out.rtl);
}

TEST_CASE("ill-formed UTF-8 next to Arabic reads as U+FFFD") {
  const nrc::BidiText out = nrc::PrepareBidi("\xFF غ");
  CHECK(out.rtl);
  CHECK(code_points(out.visual) == std::vector<char32_t>{0xFECD, ' ', 0xFFFD});
}

TEST_CASE("the cache returns what PrepareBidi returns and forgets all when full") {
  nrc::BidiCache cache(2);
  const std::string ar = "غزة";
  CHECK(cache.Get(ar).visual == nrc::PrepareBidi(ar).visual);
  CHECK(cache.Get(ar).rtl);
  CHECK(cache.size() == 1);
  cache.Get("b");
  CHECK(cache.size() == 2);
  CHECK(cache.Get("c").visual == "c");
  CHECK(cache.size() == 1);
}
