// Tests for newsrail/json_writer.h: the streaming writer every JSON output of the core goes
// through.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "newsrail/json_reader.h"
#include "newsrail/json_writer.h"

using namespace newsrail;

TEST_CASE("json writer: compact output in the order written") {
  JsonWriter w;
  w.begin_object().member("b", 1).member("a", "x").key("list").begin_array();
  w.value(true).null().value(-7).value(std::size_t{3}).end_array();
  w.key("empty").begin_object().end_object().member("none", std::vector<std::string>{});
  w.end_object();
  CHECK(w.text() == R"({"b":1,"a":"x","list":[true,null,-7,3],"empty":{},"none":[]})");
}

TEST_CASE("json writer: indented output looks like the usual pretty-printers'") {
  JsonWriter w(2);
  w.begin_object().member("a", 1).key("b").begin_array().value("x");
  w.begin_object().member("c", false).end_object().end_array();
  w.key("e").begin_array().end_array().end_object();
  const std::string expected = R"({
  "a": 1,
  "b": [
    "x",
    {
      "c": false
    }
  ],
  "e": []
})";
  CHECK(w.text() == expected);
  CHECK(w.text() == nlohmann::ordered_json::parse(w.text()).dump(2));
}

TEST_CASE("json writer: strings are escaped and always valid UTF-8") {
  std::string out;
  append_json_string(out, std::string("q\"b\\s/\b\f\n\r\t\x01\x1f\0z", 15));
  CHECK(out == "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\\u0000z\"");
  out.clear();
  append_json_string(out, "Qué ﷺ 😀");
  CHECK(out == "\"Qué ﷺ 😀\"");
  out.clear();
  append_json_string(out, "a\xC3(b\xFF");  // Broken UTF-8 is replaced, not copied.
  CHECK(out == "\"a\xEF\xBF\xBD(b\xEF\xBF\xBD\"");
}

TEST_CASE("json writer: doubles in the fewest digits that read back exactly") {
  auto text = [](double d) {
    std::string s;
    append_json_number(s, d);
    return s;
  };
  CHECK(text(0.1) == "0.1");
  CHECK(text(0.35) == "0.35");
  CHECK(text(3) == "3.0");
  CHECK(text(-2.5) == "-2.5");
  CHECK(text(1e-7) == "1e-07");
  CHECK(text(1e300) == "1e+300");
  CHECK(text(0.1 + 0.2) == "0.30000000000000004");
  CHECK(text(std::numeric_limits<double>::quiet_NaN()) == "null");
  CHECK(text(std::numeric_limits<double>::infinity()) == "null");
  std::uint64_t x = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 2000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    double d = static_cast<double>(x >> 11) / static_cast<double>(1ull << 53);
    d = std::ldexp(d, static_cast<int>(x % 200) - 100);
    const std::string s = text(d);
    CAPTURE(s);
    CHECK(std::strtod(s.c_str(), nullptr) == d);
    CHECK(s.size() <= 24);
  }
  SUBCASE("floats: the fewest digits that read back to the same float") {
    CHECK(JsonWriter().value(0.3f).take() == "0.3");
    CHECK(JsonWriter().value(1.0f).take() == "1.0");
    float f = 0.001f;
    for (int i = 0; i < 500; ++i, f *= 1.0371f) {
      const std::string s = JsonWriter().value(f).take();
      CHECK(static_cast<float>(std::strtod(s.c_str(), nullptr)) == f);
      CHECK(s.size() <= 15);
    }
  }
}

TEST_CASE("json writer: a parsed value is copied through unchanged") {
  const std::string text =
      R"({"a":[1,-2,18446744073709551615,0.5,"\u00e9\n",true,null,{}],"b":{"c":[]}})";
  JsonDocument doc;
  REQUIRE(doc.parse(text));
  CHECK(JsonWriter().value(doc.root()).take() ==
        R"({"a":[1,-2,18446744073709551615,0.5,"é\n",true,null,{}],"b":{"c":[]}})");
}
