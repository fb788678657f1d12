// Tests for newsrail/stop_words.h: stop-word lists and BCP 47 primary languages.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "newsrail/normalize.h"
#include "newsrail/stop_words.h"

using newsrail::is_stop_word;
using newsrail::normalize_for_match;
using newsrail::primary_language;
using newsrail::stop_words;

TEST_CASE("primary_language keeps en, es and ar, lower-cased, and ignores subtags") {
  CHECK(primary_language("en") == "en");
  CHECK(primary_language("EN-gb") == "en");
  CHECK(primary_language("es-419") == "es");
  CHECK(primary_language("es_MX") == "es");
  CHECK(primary_language("ar") == "ar");
  CHECK(primary_language("ar-EG") == "ar");
  CHECK(primary_language("fr") == "");
  CHECK(primary_language("") == "");
  CHECK(primary_language("eng") == "");
  CHECK(primary_language("e") == "");
  CHECK(primary_language("-en") == "");
}

TEST_CASE("English function words are stop words, content words are not") {
  for (const char* w : {"the", "and", "of", "said", "says", "however", "would", "don"}) {
    CHECK_MESSAGE(is_stop_word(w, "en"), w);
  }
  for (const char* w : {"ceasefire", "gaza", "president", "talks"}) {
    CHECK_FALSE_MESSAGE(is_stop_word(w, "en"), w);
  }
}

TEST_CASE("us, who, may and new are not English stop words (US, WHO, the month, New York)") {
  CHECK_FALSE(is_stop_word("us", "en"));
  CHECK_FALSE(is_stop_word("who", "en"));
  CHECK_FALSE(is_stop_word("may", "en"));
  CHECK_FALSE(is_stop_word("new", "en"));
}

TEST_CASE("Spanish stop words match accent-folded tokens") {
  for (const char* raw :
       {"de", "que", "más", "según", "también", "después", "él", "está", "dijo", "señaló"}) {
    CHECK_MESSAGE(is_stop_word(normalize_for_match(raw), "es-419"), raw);
  }
  CHECK_FALSE(is_stop_word("eleccion", "es"));
  CHECK_FALSE(is_stop_word("estado", "es"));  // "Estado" is news content.
}

TEST_CASE("Arabic news function words match after normalisation") {
  for (const char* raw : {"قال", "وقال", "أن", "إن", "في", "من", "على", "إلى", "عن", "مع", "هذا",
                          "هذه", "التي", "الذي", "أيضاً", "حتى", "لدى"}) {
    CHECK_MESSAGE(is_stop_word(normalize_for_match(raw), "ar"), raw);
  }
  CHECK_FALSE(is_stop_word(normalize_for_match("غزة"), "ar"));
  CHECK_FALSE(is_stop_word(normalize_for_match("الرئيس"), "ar"));
}

TEST_CASE("a word is a stop word only in its own language") {
  CHECK_FALSE(is_stop_word("de", "en"));
  CHECK_FALSE(is_stop_word("the", "es"));
  CHECK_FALSE(is_stop_word("the", "fr"));
  CHECK_FALSE(is_stop_word("the", ""));
  CHECK_FALSE(is_stop_word("في", "en"));
  CHECK(is_stop_word("the", "en-US"));
}

TEST_CASE("stop-word lists are large enough, sorted, unique and already normalised") {
  CHECK(stop_words("en").size() >= 150);
  CHECK(stop_words("es").size() >= 200);
  CHECK(stop_words("ar").size() >= 150);
  CHECK(stop_words("fr").empty());
  for (const char* lang : {"en", "es", "ar"}) {
    const auto words = stop_words(lang);
    CHECK(std::is_sorted(words.begin(), words.end()));
    CHECK(std::adjacent_find(words.begin(), words.end()) == words.end());
    for (std::string_view w : words) {
      CHECK_MESSAGE(normalize_for_match(w) == w, lang, ": ", std::string(w));
      CHECK(is_stop_word(w, lang));
    }
  }
}
