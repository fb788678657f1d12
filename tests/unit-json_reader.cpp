// Tests for newsrail/json_reader.h: the one-pass JSON reader the core parses every input with.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "json_same.h"
#include "newsrail/json_reader.h"

using namespace newsrail;

namespace {

// Parses `text`, requiring success.
struct Parsed {
  explicit Parsed(std::string text) : text_(std::move(text)) { ok = doc.parse(text_); }
  JsonValue root() const { return doc.root(); }
  std::string text_;
  JsonDocument doc;
  bool ok = false;
};

// The syntax error's message and 1-based line/column for `text`.
struct Failure {
  std::string message;
  int line = 0, column = 0;
};
Failure fail(const std::string& text) {
  JsonDocument doc;
  Failure f;
  if (doc.parse(text)) return f;
  f.message = doc.error().message;
  json_line_and_column(text, doc.error().offset, f.line, f.column);
  return f;
}

}  // namespace

TEST_CASE("json reader: scalars, containers and lookups") {
  const Parsed p(
      R"({"a": 1, "b": [true, false, null, "x"], "c": {"d": -2.5e3}, "e": {}, "f": []})");
  REQUIRE(p.ok);
  const JsonValue root = p.root();
  CHECK(root.is_object());
  CHECK(root.size() == 5);
  CHECK(root.find("a").is_int64());
  CHECK(root.find("a").int64() == 1);
  const JsonValue b = root.find("b");
  REQUIRE(b.is_array());
  REQUIRE(b.size() == 4);
  CHECK(b.at(0).boolean());
  CHECK_FALSE(b.at(1).boolean());
  CHECK(b.at(2).is_null());
  CHECK(b.at(2).exists());
  CHECK(b.at(3).string() == "x");
  CHECK(root.find("c").find("d").number() == -2500.0);
  CHECK_FALSE(root.find("c").find("d").is_int64());
  CHECK(root.find("e").is_object());
  CHECK(root.find("e").size() == 0);
  CHECK(root.find("f").is_array());
  CHECK(root.find("f").size() == 0);

  SUBCASE("a missing member reads as null and has no members") {
    const JsonValue missing = root.find("zzz");
    CHECK_FALSE(missing.exists());
    CHECK(missing.is_null());
    CHECK(missing.find("a").is_null());
    CHECK(missing.size() == 0);
    int n = 0;
    for (const JsonValue v : missing.elements()) {
      static_cast<void>(v);
      ++n;
    }
    CHECK(n == 0);
  }
  SUBCASE("find on a non-object is missing") { CHECK_FALSE(b.find("a").exists()); }
  SUBCASE("members come in document order, skipping nested values whole") {
    std::string keys;
    for (const auto& [key, value] : root.members()) keys += std::string(key) + ",";
    CHECK(keys == "a,b,c,e,f,");
    int elements = 0;
    for (const JsonValue v : b.elements()) elements += v.exists();
    CHECK(elements == 4);
  }
}

TEST_CASE("json reader: a duplicate key keeps the last value for find, both for members") {
  const Parsed p(R"({"k": 1, "k": 2})");
  REQUIRE(p.ok);
  CHECK(p.root().find("k").int64() == 2);
  CHECK(p.root().size() == 2);
}

TEST_CASE("json reader: strings decode escapes, surrogate pairs and keep raw UTF-8") {
  const Parsed p(
      R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u0628\uD83D\uDE00", "Qué ﷺ 😀", "", "\u0000"])");
  REQUIRE(p.ok);
  const JsonValue a = p.root();
  CHECK(a.at(0).string() == "a\"b\\c/d\b\f\n\r\t");
  CHECK(a.at(1).string() == "\xC3\xA9\xD8\xA8\xF0\x9F\x98\x80");
  CHECK(a.at(2).string() == "Qué ﷺ 😀");
  CHECK(a.at(3).string().empty());
  CHECK(a.at(4).string() == std::string(1, '\0'));
  SUBCASE("escaped member names are decoded too") {
    const Parsed q(R"({"a\u0062": 1})");
    REQUIRE(q.ok);
    CHECK(q.root().find("ab").int64() == 1);
  }
}

TEST_CASE("json reader: numbers") {
  const Parsed p(
      R"([0, -0, 9223372036854775807, -9223372036854775808, 9223372036854775808,
          18446744073709551615, 18446744073709551616, 0.1, 1e-7, 1.5E+3, 123456789012345678901234,
          2.2250738585072014e-308, 1e400, 0.30000000000000004, 3.141592653589793238462643383])");
  REQUIRE(p.ok);
  const JsonValue a = p.root();
  CHECK(a.at(0).int64() == 0);
  CHECK(a.at(1).int64() == 0);
  CHECK(a.at(2).int64() == INT64_MAX);
  CHECK(a.at(3).int64() == INT64_MIN);
  CHECK(a.at(4).is_big_uint64());
  CHECK(a.at(4).big_uint64() == 9223372036854775808ull);
  CHECK(a.at(5).big_uint64() == 18446744073709551615ull);
  CHECK_FALSE(a.at(6).is_big_uint64());  // Past uint64: a double.
  CHECK(a.at(6).number() == 18446744073709551616.0);
  // Every non-integer is the correctly rounded double, as strtod gives it.
  const char* texts[] = {"0.1",
                         "1e-7",
                         "1.5E+3",
                         "123456789012345678901234",
                         "2.2250738585072014e-308",
                         "1e400",
                         "0.30000000000000004",
                         "3.141592653589793238462643383"};
  for (std::size_t i = 0; i < 8; ++i) {
    CAPTURE(texts[i]);
    CHECK(a.at(7 + i).number() == std::strtod(texts[i], nullptr));
  }
  CHECK(std::isinf(a.at(12).number()));
}

TEST_CASE("json reader: the fast number path agrees with strtod on many decimals") {
  std::string text = "[";
  std::vector<std::string> written;
  std::uint64_t x = 88172645463325252ull;
  for (int i = 0; i < 3000; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const int digits = 1 + static_cast<int>(x % 17);
    std::string n =
        std::to_string(x % 100000000000000000ull).substr(0, static_cast<std::size_t>(digits));
    const int point = static_cast<int>((x >> 20) % (n.size() + 1));
    if (point > 0 && point < static_cast<int>(n.size()))
      n.insert(static_cast<std::size_t>(point), ".");
    if (n.size() > 1 && n[0] == '0' && n[1] != '.') n = "0." + n.substr(1);
    if ((x >> 30) % 3 == 0) n += "e" + std::to_string(static_cast<int>((x >> 33) % 60) - 30);
    written.push_back(n);
    text += (i ? "," : "") + n;
  }
  text += "]";
  const Parsed p(text);
  REQUIRE(p.ok);
  std::size_t i = 0;
  for (const JsonValue v : p.root().elements()) {
    CAPTURE(written[i]);
    CHECK(v.number() == std::strtod(written[i].c_str(), nullptr));
    ++i;
  }
  CHECK(i == written.size());
}

TEST_CASE("json reader: syntax errors name what and where") {
  Failure f = fail("{\"version\": \"x\",\n  \"items\": [,]\n}");
  CHECK(f.line == 2);
  CHECK(f.column == 13);
  CHECK(f.message == "expected a value, not ','");

  f = fail("");
  CHECK(f.line == 1);
  CHECK(f.column == 1);
  CHECK(f.message == "expected a value, not the end of the input");

  CHECK(fail("{\"a\" 1}").message == "expected ':' after a member name, not '1'");
  CHECK(fail("{a: 1}").message == "expected a member name in double quotes, not 'a'");
  CHECK(fail("[1 2]").message == "expected ',' or ']' after an array element, not '2'");
  CHECK(fail("{\"a\": 1 \"b\"}").message == "expected ',' or '}' after an object member, not '\"'");
  CHECK(fail("[1,]").message == "expected a value, not ']'");
  CHECK(fail("{\"a\":1,}").message == "expected a member name in double quotes, not '}'");
  CHECK(fail("[1] x").message == "expected the end of the input after the value, not 'x'");
  CHECK(fail("[tru]").message == "expected 'true', not ']'");
  CHECK(fail("[01]").message == "a number must not start with 0 (a leading zero)");
  CHECK(fail("[1.]").message == "expected a digit after '.', not ']'");
  CHECK(fail("[1e]").message == "expected a digit in the exponent, not ']'");
  CHECK(fail("[-]").message == "expected a digit after '-', not ']'");
  CHECK(fail("[\"abc").message == "a string is not closed");
  CHECK(fail("[\"a\nb\"]").message.rfind("a raw control character (U+000A)", 0) == 0);
  CHECK(fail("[\"\\x\"]").message == "unknown escape \\'x' in a string");
  CHECK(fail("[\"\\u12G4\"]").message == "expected 4 hex digits after \\u, not 'G'");
  CHECK(fail("[\"\\uDC00\"]").message.find("lone low surrogate") != std::string::npos);
  CHECK(fail("[\"\\uD800x\"]").message.find("followed by a low one") != std::string::npos);
  CHECK(fail("[\"\xC3\"]").message == "a byte that is not UTF-8 in a string");
  CHECK(fail("[\xC3\xA9]").message == "expected a value, not U+00E9");
  CHECK(fail("// comment\n1").message == "expected a value, not '/'");

  SUBCASE("nesting deeper than kMaxDepth is refused, not a stack overflow") {
    const std::string deep(JsonDocument::kMaxDepth + 1, '[');
    CHECK(fail(deep + std::string(JsonDocument::kMaxDepth + 1, ']')).message ==
          "nested deeper than 256 levels");
    const std::string ok(JsonDocument::kMaxDepth, '[');
    JsonDocument doc;
    CHECK(doc.parse(ok + std::string(JsonDocument::kMaxDepth, ']')));
  }
}

TEST_CASE("json reader: agrees with nlohmann-json on what is JSON and on the values") {
  const char* texts[] = {"null",
                         "true",
                         " [1, 2.5, -3e2, \"x\"] ",
                         R"({"a": {"b": [{}, [], "\u00e9"]}, "c": null})",
                         "[1,]",
                         "{,}",
                         "[01]",
                         "[.5]",
                         "[1.e5]",
                         "[\"\\u0000\"]",
                         "\"\\ud83d\\ude00\"",
                         "[-0.0]",
                         "[1e-400]",
                         "{\"a\":1 , \"a\" : 2}",
                         "[\"\xF0\x9F\x98\x80\"]",
                         "[\"\xED\xA0\x80\"]",
                         "\t\r\n[]",
                         "[\"\\/\"]",
                         "nul",
                         "[]]",
                         "{\"a\"}",
                         "123abc",
                         "[\"a\"\"b\"]"};
  for (const char* text : texts) {
    CAPTURE(text);
    JsonDocument doc;
    const bool ours = doc.parse(text);
    const nlohmann::json theirs = nlohmann::json::parse(text, nullptr, false);
    CHECK(ours == !theirs.is_discarded());
    if (ours && !theirs.is_discarded())
      CHECK(newsrail::testing::same_as_nlohmann(doc.root(), theirs));
  }
}

// Found by tests/fuzz/fuzz_json (differences from nlohmann-json, each now a decision):
// a leading byte order mark is skipped (nlohmann too); a NUL byte is never JSON (nlohmann stops
// reading there and accepts what came before); a number beyond the double range is infinity
// (nlohmann refuses the whole text).
TEST_CASE("fuzz regression: byte order mark, NUL bytes, numbers beyond the double range") {
  JsonDocument doc;
  REQUIRE(doc.parse("\xEF\xBB\xBF-6"));
  CHECK(doc.root().int64() == -6);
  CHECK_FALSE(doc.parse(std::string("580\0\0", 5)));
  CHECK(doc.error().offset == 3);
  CHECK(doc.error().message == "expected the end of the input after the value, not U+0000");
  CHECK_FALSE(doc.parse(std::string("[\"a\0\"]", 6)));
  REQUIRE(doc.parse("[1e400, -1e400]"));
  CHECK(doc.root().at(0).number() == HUGE_VAL);
  CHECK(doc.root().at(1).number() == -HUGE_VAL);
}
