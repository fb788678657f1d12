// Tests for newsrail/reading_time.h: word counts and minutes of reading.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>

#include "newsrail/reading_time.h"

using newsrail::count_words;
using newsrail::reading_minutes;

namespace {

// The article paragraphs of the reference page (/work/shared/reference/article-page.txt),
// without the "Related News" block and its two headlines; the page says "3 Min Read".
constexpr const char* kReferenceBody =
    R"body(Azerbaijan's President Ilham Aliyev met with Armenian Prime Minister Nikol Pashinyan in Brussels as the two governments look to put an end to their conflict over the disputed Nagarno-Karabkah region, the Azerbaijani Foreign Ministry revealed in a statement.

Charles Michel, the President of the European Council, attended and mediated the talks between the two heads of state amid heightened tensions and small-scale military confrontations in the Nagarno Karabakh region.

The United States and the EU have been posing themselves as mediators to a possible peace deal between the two nations; however, no major developments have occurred since the two leaders met with Russian President Vladimir Putin late in May.

Back then, the leaders decided to recognize each other's territorial integrity and are making progress toward normalizing relations.

"Armenia and Azerbaijan have agreed on mutual recognition of each other's territorial integrity and on this basis, we are making good progress towards the normalization of our relations," Pashinyan said during a speech at a meeting of the expanded Supreme Eurasian Economic Council.

Moscow has renewed its offer to host talks between Aliyev and Pashinyan, suggesting that a peace treaty could be signed under Russian auspices.

Moscow is ready "to organize a trilateral meeting of the foreign ministers in Moscow in the near future," the Russian Foreign Ministry said in a statement.

The Ministery offered to hold a "Russian-Azerbaijani-Armenian summit in Moscow to sign the relevant [peace] treaty," which put an end to the conflict.

Read more: Armenia, Turkey leaders discuss normalization of ties

Tensions build up in Nagorno-Karabakh

On Friday, the Nagorno-Karabakh region saw a demonstration attended by around 6,000 Armenians demanding that Azerbaijan reopen the Lachin corridor, the sole land link with Armenia.

According to AFP, the people gathered at the central square of Karabakh's main city, Stepanakert, after the corridor was closed over a smuggling claim against the Armenian Red Cross.

Armenian Prime Minister Nikol Pashinyan called for international unity on Thursday against Azerbaijan's "illegal blockade" of the region of Nagorno-Karabakh and further announced the launch of new EU-mediated peace talks with Azerbaijan.

Pashinyan denounced what he called an "illegal blockade" of Nagorno-Karabakh, claiming that it contradicts an International Court of Justice ruling.

Back in February, the top UN court ordered Azerbaijan to ensure free movement along the Lachin Corridor, which is the sole land link with Armenia.

Read more: Four Armenian servicemen killed by Azerbaijani shelling)body";

}  // namespace

TEST_CASE("words are runs of letters or digits separated by whitespace") {
  CHECK(count_words("") == 0);
  CHECK(count_words("   \n\t ") == 0);
  CHECK(count_words("one") == 1);
  CHECK(count_words("  one two\n\nthree  ") == 3);
  CHECK(count_words("Russia offers to host a summit.") == 6);
}

TEST_CASE("apostrophes, dots and digit separators stay inside a word") {
  CHECK(count_words("it's") == 1);
  CHECK(count_words("Azerbaijan's") == 1);
  CHECK(count_words("it\xE2\x80\x99s") == 1);  // Typographic apostrophe.
  CHECK(count_words("U.S. officials") == 2);
  CHECK(count_words("6,000 people") == 2);
  CHECK(count_words("3.5% (AP)") == 2);
}

TEST_CASE("hyphens, dashes and slashes separate words: Armenia-Azerbaijan counts 2") {
  CHECK(count_words("Armenia-Azerbaijan") == 2);
  CHECK(count_words("Russian-Azerbaijani-Armenian summit") == 4);
  CHECK(count_words("and/or") == 2);
  CHECK(count_words("word\xE2\x80\x94word") == 2);  // Em dash.
}

TEST_CASE("punctuation alone is not a word") {
  CHECK(count_words("a \xE2\x80\x94 b") == 2);
  CHECK(count_words("... !!! \"\" -- / ,") == 0);
  CHECK(count_words("\xF0\x9F\x94\xA5 fire") == 1);  // An emoji alone is not a word.
}

TEST_CASE("words of any script count, and Unicode spaces separate them") {
  CHECK(count_words("\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD8\xB1\xD8\xA6\xD9\x8A\xD8\xB3") ==
        2);
  CHECK(count_words("Elecci\xC3\xB3n en Espa\xC3\xB1"
                    "a") == 3);
  CHECK(count_words("a\xC2\xA0"
                    "b") == 2);  // U+00A0
  CHECK(count_words("a\xE3\x80\x80"
                    "b") == 2);                                 // U+3000
  CHECK(count_words("\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA3") == 1);  // Arabic-Indic digits.
}

TEST_CASE("invalid bytes neither make nor split words") {
  CHECK(count_words("\xFF\xFE\x80") == 0);
  CHECK(count_words("a\xFF"
                    "b") == 1);
  CHECK(count_words("caf\xC3") == 1);
}

TEST_CASE("reading_minutes is words / 200 rounded up, at least 1") {
  CHECK(reading_minutes(0) == 1);
  CHECK(reading_minutes(1) == 1);
  CHECK(reading_minutes(200) == 1);
  CHECK(reading_minutes(201) == 2);
  CHECK(reading_minutes(400) == 2);
  CHECK(reading_minutes(401) == 3);
  CHECK(reading_minutes(600) == 3);
  CHECK(reading_minutes(601) == 4);
}

TEST_CASE("reading_minutes never overflows") {
  // SIZE_MAX % 200 != 0 on both 32-bit (wasm) and 64-bit targets.
  const std::uint64_t expected = std::min<std::uint64_t>(INT_MAX, SIZE_MAX / 200 + 1);
  CHECK(reading_minutes(SIZE_MAX) == static_cast<int>(expected));
  if (sizeof(std::size_t) > sizeof(int)) {
    CHECK(reading_minutes(static_cast<std::size_t>(INT_MAX) * 200 + 1) == INT_MAX);
  }
}

TEST_CASE("the reference article body reads in 3 minutes, as the page says") {
  const std::size_t words = count_words(kReferenceBody);
  CHECK(words > 400);
  CHECK(words <= 600);
  CHECK(reading_minutes(words) == 3);
}
