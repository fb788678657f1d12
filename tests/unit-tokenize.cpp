// Tests for newsrail/tokenize.h: tokens, light stemming and matching terms.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "newsrail/normalize.h"
#include "newsrail/tokenize.h"

using newsrail::light_stem;
using newsrail::normalize_for_match;
using newsrail::terms_for_matching;
using newsrail::tokenize;
using Strings = std::vector<std::string>;

TEST_CASE("tokenize splits normalised text on spaces and never yields empty tokens") {
  CHECK(tokenize("russia offers talks") == Strings{"russia", "offers", "talks"});
  CHECK(tokenize("") == Strings{});
  CHECK(tokenize("  a  bb ") == Strings{"a", "bb"});
  CHECK(tokenize(normalize_for_match("Armenia-Azerbaijan, 'peace' talks")) ==
        Strings{"armenia", "azerbaijan", "peace", "talks"});
  CHECK(tokenize("غزه رفح") == Strings{"غزه", "رفح"});
}

TEST_CASE("English plurals are stemmed: ceasefires, strikes, policies") {
  CHECK(light_stem("ceasefires", "en") == "ceasefire");
  CHECK(light_stem("strikes", "en") == "strike");
  CHECK(light_stem("policies", "en") == "policy");
  CHECK(light_stem("countries", "en-GB") == "country");
  CHECK(light_stem("talks", "en") == "talk");
  CHECK(light_stem("boxes", "en") == "box");
  CHECK(light_stem("witnesses", "en") == "witness");
  CHECK(light_stem("churches", "en") == "church");
  CHECK(light_stem("crashes", "en") == "crash");
  CHECK(light_stem("houses", "en") == "house");
  CHECK(light_stem("ties", "en") == "tie");
}

TEST_CASE("English words that only look plural are kept") {
  for (const char* word :
       {"us", "news", "gas", "is", "was", "this", "class", "virus", "crisis", "status", "analysis",
        "series", "species", "hamas", "texas", "always", "aids"}) {
    CHECK(light_stem(word, "en") == word);
  }
}

TEST_CASE("English tokens shorter than 4 characters and non-plurals are untouched") {
  CHECK(light_stem("its", "en") == "its");
  CHECK(light_stem("yes", "en") == "yes");
  CHECK(light_stem("bus", "en") == "bus");
  CHECK(light_stem("gaza", "en") == "gaza");
  CHECK(light_stem("killed", "en") == "killed");
  CHECK(light_stem("2023", "en") == "2023");
  CHECK(light_stem("", "en") == "");
}

TEST_CASE("Spanish plurals are stemmed: elecciones, ataques") {
  CHECK(light_stem("elecciones", "es") == "eleccion");
  CHECK(light_stem("ataques", "es") == "ataque");
  CHECK(light_stem("elecciones", "es-419") == "eleccion");
  CHECK(light_stem("mujeres", "es") == "mujer");
  CHECK(light_stem("ciudades", "es") == "ciudad");
  CHECK(light_stem("leyes", "es") == "ley");
  CHECK(light_stem("paises", "es") == "pais");
  CHECK(light_stem("meses", "es") == "mes");
  CHECK(light_stem("veces", "es") == "vez");
  CHECK(light_stem("hombres", "es") == "hombre");
  CHECK(light_stem("clases", "es") == "clase");
  CHECK(light_stem("partidos", "es") == "partido");
  CHECK(light_stem("casas", "es") == "casa");
  CHECK(light_stem("hospitales", "es") == "hospital");
}

TEST_CASE("Spanish invariable words are kept") {
  for (const char* word :
       {"crisis", "tesis", "virus", "lunes", "viernes", "despues", "tres", "pais", "mes", "dios"}) {
    CHECK(light_stem(word, "es") == word);
  }
}

TEST_CASE("a singular and its plural stem alike") {
  CHECK(light_stem("eleccion", "es") == light_stem("elecciones", "es"));
  CHECK(light_stem("ataque", "es") == light_stem("ataques", "es"));
  CHECK(light_stem("ceasefire", "en") == light_stem("ceasefires", "en"));
  CHECK(light_stem("policy", "en") == light_stem("policies", "en"));
}

TEST_CASE("the Arabic article and its prefixed forms are stripped") {
  const std::string gov = normalize_for_match("حكومة");  // حكومه
  CHECK(light_stem(normalize_for_match("الحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(normalize_for_match("والحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(normalize_for_match("بالحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(normalize_for_match("للحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(normalize_for_match("فالحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(normalize_for_match("كالحكومة"), "ar") == light_stem(gov, "ar"));
  CHECK(light_stem(gov, "ar") == "حكوم");
  CHECK(light_stem("الرييس", "ar") == "رييس");
}

TEST_CASE("Arabic plural and feminine suffixes are stripped") {
  CHECK(light_stem(normalize_for_match("المفاوضات"), "ar") == "مفاوض");
  CHECK(light_stem(normalize_for_match("مفاوضات"), "ar") == "مفاوض");
  CHECK(light_stem(normalize_for_match("الفلسطينيون"), "ar") == "فلسطيني");
  CHECK(light_stem(normalize_for_match("الفلسطينيين"), "ar") == "فلسطيني");
  CHECK(light_stem(normalize_for_match("مدينتها"), "ar") == "مدينت");
}

TEST_CASE("Arabic strips keep at least 3 letters") {
  CHECK(light_stem(normalize_for_match("غزة"), "ar") == "غزه");  // Gaza is not mangled.
  CHECK(light_stem(normalize_for_match("إلى"), "ar") == "الي");
  CHECK(light_stem("الله", "ar") != "له");
  CHECK(light_stem("لبنان", "ar") == "لبنان");
}

TEST_CASE("unknown languages use the rules of the token's script") {
  CHECK(light_stem("المفاوضات", "") == "مفاوض");
  CHECK(light_stem("strikes", "") == "strike");
  CHECK(light_stem("strikes", "fr") == "strike");
  CHECK(light_stem("المفاوضات", "en") == "مفاوض");  // Arabic words in English text too.
  CHECK(light_stem("المفاوضات", "es") == "مفاوض");
}

TEST_CASE("terms_for_matching drops stop words and single characters, then stems") {
  CHECK(terms_for_matching("The ceasefires in Gaza: Israel's strikes, a U.S. statement", "en") ==
        Strings{"ceasefire", "gaza", "israel", "strike", "statement"});
  CHECK(terms_for_matching("Las elecciones en Venezuela: ataques y acuerdos", "es-419") ==
        Strings{"eleccion", "venezuela", "ataque", "acuerdo"});
  CHECK(terms_for_matching("قال الرئيس إن المفاوضات في غزة مستمرة", "ar") ==
        Strings{"رييس", "مفاوض", "غزه", "مستمر"});
}

TEST_CASE("an Arabic headline with and without diacritics gives the same terms") {
  CHECK(terms_for_matching("قَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ مُسْتَمِرَّةٌ", "ar") ==
        terms_for_matching("قال الرئيس ان المفاوضات مستمره", "ar"));
}

TEST_CASE("bare numbers of 1 to 3 digits and their ordinals are dropped; years and codes are kept") {
  CHECK(terms_for_matching("5 killed in 2023, 12 injured; F 16 x", "en") ==
        Strings{"killed", "2023", "injured"});
  CHECK(terms_for_matching("قتل ٥ و ١٢ شخصا", "ar") == Strings{"قتل", "شخصا"});
  CHECK(terms_for_matching("41 dead on the 21st; 1,400 homes, 3.5 billion", "en") ==
        Strings{"dead", "home"});
  // Letters and digits together are names: G20, Covid-19 written as one word, 5G, F35.
  CHECK(terms_for_matching("G20 covid19 5G F35 1948 999", "") ==
        Strings{"g20", "covid19", "5g", "f35", "1948"});
}

TEST_CASE("number words and time words are not topics in English, Spanish or Arabic") {
  // What `pack` kept from a short text in the publisher's trial.
  CHECK(terms_for_matching("Three hours later, 41 lanes reopened", "en") ==
        Strings{"lane", "reopened"});
  CHECK(terms_for_matching("Two dozen firefighters worked for twenty minutes on Monday morning, "
                           "the first day of the week; thousands of years, tonight, yesterday",
                           "en") == Strings{"firefighter", "worked"});
  CHECK(terms_for_matching("Dos docenas de bomberos trabajaron veinte minutos el lunes por la "
                           "mañana, el primer día de la semana; miles de años, hoy y ayer",
                           "es") == Strings{"bombero", "trabajaron"});
  CHECK(terms_for_matching("Tres horas después, 41 carriles reabiertos en marzo", "es") ==
        Strings{"carril", "reabierto"});
  CHECK(terms_for_matching("عمل عشرون رجل إطفاء لمدة ثلاث ساعات يوم الاثنين، في الأسبوع الأول "
                           "من الشهر، منذ سنوات، خلال الأيام الماضية",
                           "ar") == Strings{"عمل", "رجل", "اطفاء", "لمد", "ماضي"});
  CHECK(terms_for_matching("بعد ٢٤ ساعة و خمسة أيام و عامين", "ar") == Strings{});
}

TEST_CASE("inflected number and time words are caught: plurals and Arabic clitics") {
  for (const char* w : {"hours", "minutes", "seconds", "days", "weeks", "months", "years", "decades",
                        "hundreds", "thousands", "millions", "dozens", "nights", "mornings"})
    CHECK_MESSAGE(terms_for_matching(w, "en").empty(), w);
  for (const char* w : {"horas", "minutos", "días", "semanas", "meses", "años", "miles", "millones",
                        "docenas", "sábados", "domingos"})
    CHECK_MESSAGE(terms_for_matching(w, "es").empty(), w);
  for (const char* w : {"الساعة", "ساعات", "والساعات", "بالساعات", "الأيام", "أيام", "يومين",
                        "الأسبوع", "أسابيع", "الشهر", "أشهر", "شهرين", "سنة", "السنة", "سنوات",
                        "عام", "العام", "أعوام", "ثلاثة", "الثلاثة", "خمسين", "آلاف", "ملايين",
                        "الليلة", "الثلاثاء", "يناير", "حزيران"})
    CHECK_MESSAGE(terms_for_matching(w, "ar").empty(), w);
  // Words that only look like them stay.
  CHECK(terms_for_matching("hourglass daylight Yearbook", "en") ==
        Strings{"hourglass", "daylight", "yearbook"});
  CHECK(terms_for_matching("الدقيق", "ar") == Strings{"دقيق"});  // flour, not a minute
}

TEST_CASE("only the given language's stop words are dropped, plus Arabic ones for Arabic words") {
  CHECK(terms_for_matching("Juan de la Cruz", "en") == Strings{"juan", "de", "la", "cruz"});
  CHECK(terms_for_matching("Juan de la Cruz", "es") == Strings{"juan", "cruz"});
  CHECK(terms_for_matching("the summit في غزة", "en") == Strings{"summit", "غزه"});
  CHECK(terms_for_matching("the summit", "") == Strings{"the", "summit"});
}

TEST_CASE("terms keep order and duplicates, and empty text gives none") {
  CHECK(terms_for_matching("Gaza talks, Gaza strikes", "en") ==
        Strings{"gaza", "talk", "gaza", "strike"});
  CHECK(terms_for_matching("", "en") == Strings{});
  CHECK(terms_for_matching("the of and", "en") == Strings{});
}
