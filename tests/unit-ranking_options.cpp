#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newsrail/json.h"
#include "newsrail/ranking_options.h"

using namespace newsrail;

namespace {

// Returns the diagnostics whose path is `path`.
std::size_t count_at(const Diagnostics& d, const std::string& path) {
  std::size_t n = 0;
  for (const Diagnostic& x : d) n += x.path == path;
  return n;
}

}  // namespace

TEST_CASE("durations parse with s, m, h, d, w suffixes or as bare seconds") {
  CHECK(parse_duration("90s") == 90);
  CHECK(parse_duration("30m") == 1800);
  CHECK(parse_duration("6h") == 21600);
  CHECK(parse_duration("2d") == 172800);
  CHECK(parse_duration("1w") == 604800);
  CHECK(parse_duration("3600") == 3600);
  CHECK(parse_duration("0") == 0);
  CHECK(parse_duration("0s") == 0);
}

TEST_CASE("malformed, negative and absurdly long durations are invalid") {
  for (const char* bad : {"", "h", "-1h", "1.5h", "6 h", " 6h", "6H", "6y", "h6", "1e3",
                          "99999999999999999999", "1w0", "5300w"})
    CHECK_MESSAGE(parse_duration(bad) == -1, bad);
  CHECK(parse_duration("5200w") == Seconds{5200} * 604800);  // Just under 100 years.
}

TEST_CASE("durations format as the shortest exact unit") {
  CHECK(format_duration(172800) == "2d");
  CHECK(format_duration(129600) == "36h");
  CHECK(format_duration(5400) == "90m");
  CHECK(format_duration(45) == "45s");
  CHECK(format_duration(0) == "0s");
  CHECK(format_duration(604800) == "7d");
  for (Seconds s :
       {Seconds{1}, Seconds{59}, Seconds{60}, Seconds{3600}, Seconds{90061}, Seconds{604800}})
    CHECK(parse_duration(format_duration(s)) == s);
}

TEST_CASE("views windows format as feeds name them: 24h, not 1d") {
  CHECK(newsrail::format_window(86400) == "24h");
  CHECK(newsrail::format_window(3600) == "1h");
  CHECK(newsrail::format_window(129600) == "36h");
  CHECK(newsrail::format_window(172800) == "2d");
  CHECK(newsrail::format_window(604800) == "7d");
  CHECK(newsrail::format_window(1209600) == "2w");
  CHECK(newsrail::format_window(1800) == "30m");
  for (Seconds s : {Seconds{1800}, Seconds{3600}, Seconds{86400}, Seconds{172800}, Seconds{604800},
                    Seconds{1209600}})
    CHECK(parse_duration(newsrail::format_window(s)) == s);
}

TEST_CASE("options written to JSON read back to the same values without warnings") {
  RankingOptions o;
  o.most_read.half_life = 12 * 3600;
  o.most_read.max_age = 2 * 86400;
  o.most_read.trending_smoothing = 2.5;
  o.most_read.duplicate_title_similarity = 0.6;
  o.most_read.include_unrecommended = true;
  o.read_next.text_weight = 0.1 + 0.2;  // 0.30000000000000004: needs all 17 digits.
  o.read_next.read_penalty = 7;
  o.read_next.freshness_half_life = 90;
  o.read_next.exclude_read = false;
  o.read_next.query_terms = 40;
  o.read_next.diversity_lambda = 1.0 / 3;
  o.ticker.default_lifetime = 5400;
  o.ticker.future_tolerance = 0;

  Diagnostics d;
  const RankingOptions back = ranking_options_from_json(ranking_options_to_json(o), d);
  CHECK(d.empty());
  CHECK(back.most_read.half_life == o.most_read.half_life);
  CHECK(back.most_read.max_age == o.most_read.max_age);
  CHECK(back.most_read.trending_short == o.most_read.trending_short);
  CHECK(back.most_read.trending_long == o.most_read.trending_long);
  CHECK(back.most_read.trending_smoothing == o.most_read.trending_smoothing);
  CHECK(back.most_read.duplicate_title_similarity == o.most_read.duplicate_title_similarity);
  CHECK(back.most_read.include_unrecommended == o.most_read.include_unrecommended);
  CHECK(back.read_next.text_weight == o.read_next.text_weight);
  CHECK(back.read_next.tags_weight == o.read_next.tags_weight);
  CHECK(back.read_next.section_weight == o.read_next.section_weight);
  CHECK(back.read_next.region_weight == o.read_next.region_weight);
  CHECK(back.read_next.freshness_weight == o.read_next.freshness_weight);
  CHECK(back.read_next.popularity_weight == o.read_next.popularity_weight);
  CHECK(back.read_next.affinity_weight == o.read_next.affinity_weight);
  CHECK(back.read_next.read_penalty == o.read_next.read_penalty);
  CHECK(back.read_next.freshness_half_life == o.read_next.freshness_half_life);
  CHECK(back.read_next.popularity_window == o.read_next.popularity_window);
  CHECK(back.read_next.max_age == o.read_next.max_age);
  CHECK(back.read_next.relevance_threshold == o.read_next.relevance_threshold);
  CHECK(back.read_next.diversity_lambda == o.read_next.diversity_lambda);
  CHECK(back.read_next.duplicate_similarity == o.read_next.duplicate_similarity);
  CHECK(back.read_next.exclude_read == o.read_next.exclude_read);
  CHECK(back.read_next.query_terms == o.read_next.query_terms);
  CHECK(back.ticker.default_lifetime == o.ticker.default_lifetime);
  CHECK(back.ticker.future_tolerance == o.ticker.future_tolerance);
  CHECK(back.ticker.duplicate_text_similarity == o.ticker.duplicate_text_similarity);
  // Writing is deterministic: the same options give the same bytes.
  CHECK(ranking_options_to_json(back) == ranking_options_to_json(o));
}

TEST_CASE("most_read.include_unrecommended: off by default, read and written as a bool") {
  const std::string json = ranking_options_to_json(RankingOptions{});
  CHECK(json.find(R"("include_unrecommended": false)") != std::string::npos);
  Diagnostics d;
  CHECK_FALSE(MostReadOptions{}.include_unrecommended);
  CHECK(ranking_options_from_json(R"({"most_read": {"include_unrecommended": true}})", d)
            .most_read.include_unrecommended);
  CHECK(d.empty());
  ranking_options_from_json(R"({"most_read": {"include_unrecommended": "yes"}})", d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "/most_read/include_unrecommended");
}

TEST_CASE("the JSON uses the field names, durations as strings and bools as bools") {
  const std::string json = ranking_options_to_json(RankingOptions{});
  CHECK(json.find(R"("half_life": "0s")") != std::string::npos);
  CHECK(json.find(R"("trending_long": "1d")") != std::string::npos);
  CHECK(json.find(R"("freshness_half_life": "2d")") != std::string::npos);
  CHECK(json.find(R"("text_weight": 1.0)") != std::string::npos);
  CHECK(json.find(R"("tags_weight": 0.35)") != std::string::npos);
  CHECK(json.find(R"("exclude_read": true)") != std::string::npos);
  CHECK(json.find(R"("query_terms": 24)") != std::string::npos);
  CHECK(json.find(R"("default_lifetime": "6h")") != std::string::npos);
  CHECK(json.find("\"most_read\"") < json.find("\"read_next\""));
  CHECK(json.find("\"read_next\"") < json.find("\"ticker\""));
}

TEST_CASE("durations read from strings or from numbers of seconds") {
  Diagnostics d;
  const RankingOptions o = ranking_options_from_json(
      R"({"most_read": {"half_life": "6h", "max_age": 172800, "trending_short": 1800.0},
          "ticker": {"default_lifetime": "1w"}})",
      d);
  CHECK(d.empty());
  CHECK(o.most_read.half_life == 21600);
  CHECK(o.most_read.max_age == 172800);
  CHECK(o.most_read.trending_short == 1800);
  CHECK(o.ticker.default_lifetime == 604800);
}

TEST_CASE("a value out of range is warned about with its pointer and the default kept") {
  Diagnostics d;
  const RankingOptions o = ranking_options_from_json(
      R"({"read_next": {"text_weight": 12, "diversity_lambda": -0.1, "exclude_read": "yes",
                        "query_terms": 0, "freshness_half_life": "0s", "tags_weight": 0.5},
          "most_read": {"half_life": "-5h", "trending_smoothing": 0,
                        "duplicate_title_similarity": 1.5},
          "ticker": {"default_lifetime": "soon", "future_tolerance": 60}})",
      d);
  const ReadNextOptions rn;
  const MostReadOptions mr;
  CHECK(o.read_next.text_weight == rn.text_weight);
  CHECK(o.read_next.diversity_lambda == rn.diversity_lambda);
  CHECK(o.read_next.exclude_read == rn.exclude_read);
  CHECK(o.read_next.query_terms == rn.query_terms);
  CHECK(o.read_next.freshness_half_life == rn.freshness_half_life);
  CHECK(o.read_next.tags_weight == 0.5);  // A good neighbour is still read.
  CHECK(o.most_read.half_life == mr.half_life);
  CHECK(o.most_read.trending_smoothing == mr.trending_smoothing);
  CHECK(o.most_read.duplicate_title_similarity == mr.duplicate_title_similarity);
  CHECK(o.ticker.default_lifetime == TickerOptions{}.default_lifetime);
  CHECK(o.ticker.future_tolerance == 60);
  CHECK(d.size() == 9);
  for (const char* path :
       {"/read_next/text_weight", "/read_next/diversity_lambda", "/read_next/exclude_read",
        "/read_next/query_terms", "/read_next/freshness_half_life", "/most_read/half_life",
        "/most_read/trending_smoothing", "/most_read/duplicate_title_similarity",
        "/ticker/default_lifetime"})
    CHECK_MESSAGE(count_at(d, path) == 1, path);
  for (const Diagnostic& x : d) CHECK(x.severity == Severity::kWarning);
  const auto text_weight = std::find_if(
      d.begin(), d.end(), [](const Diagnostic& x) { return x.path == "/read_next/text_weight"; });
  REQUIRE(text_weight != d.end());
  CHECK(text_weight->message == "expected a number from 0 to 10, not 12; kept 1");
}

TEST_CASE("unknown keys and groups are warned about and ignored") {
  Diagnostics d;
  const RankingOptions o = ranking_options_from_json(
      R"({"most_read": {"halflife": "6h", "half_life": "2h"}, "readnext": {}, "a/b": 1})", d);
  CHECK(o.most_read.half_life == 7200);
  REQUIRE(d.size() == 3);
  CHECK(count_at(d, "/most_read/halflife") == 1);
  CHECK(count_at(d, "/readnext") == 1);
  CHECK(count_at(d, "/a~1b") == 1);
}

TEST_CASE("a group that is not an object is warned about and keeps its defaults") {
  Diagnostics d;
  const RankingOptions o = ranking_options_from_json(R"({"ticker": [1, 2]})", d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "/ticker");
  CHECK(o.ticker.default_lifetime == TickerOptions{}.default_lifetime);
}

TEST_CASE("input that is not JSON, or not an object, gives one warning and the defaults") {
  for (const char* bad : {"{\"most_read\": ", "not json", "", "[1, 2]", "42", "\"x\""}) {
    Diagnostics d;
    const RankingOptions o = ranking_options_from_json(bad, d);
    REQUIRE_MESSAGE(d.size() == 1, bad);
    CHECK(d[0].severity == Severity::kWarning);
    CHECK(d[0].path.empty());
    CHECK(o.read_next.text_weight == ReadNextOptions{}.text_weight);
  }
}

TEST_CASE("trending_short must be shorter than trending_long") {
  Diagnostics d;
  const RankingOptions o =
      ranking_options_from_json(R"({"most_read": {"trending_short": "2d"}})", d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].path == "/most_read/trending_short");
  CHECK(o.most_read.trending_short == MostReadOptions{}.trending_short);
  CHECK(o.most_read.trending_long == MostReadOptions{}.trending_long);
}

//-----------------------------------------------------------------------------
// The one description (kRankingOptions): every reader and writer walks it
//-----------------------------------------------------------------------------

TEST_CASE("every option is described once, with its default inside its range") {
  const RankingOptions defaults;
  std::size_t n = 0;
  for (const OptionInfo& a : kRankingOptions) {
    ++n;
    CAPTURE(a.key);
    const std::string group = a.group;
    CHECK((group == "most_read" || group == "read_next" || group == "ticker"));
    CHECK(std::string(a.help).size() > 10);
    std::size_t same = 0;
    for (const OptionInfo& b : kRankingOptions)
      same += group == b.group && std::string(a.key) == b.key;
    CHECK(same == 1);
    if (a.field.kind != OptionKind::kBoolean) {
      const double d = option_number_value(a, defaults);
      CHECK((a.min_exclusive ? d > a.min : d >= a.min));
      CHECK(d <= a.max);
      CHECK(a.slider_max > a.min);
      CHECK(a.slider_max <= a.max);
    }
    if (a.field.kind == OptionKind::kDuration) CHECK(option_unit_seconds(a) >= 60);
  }
  CHECK(n == 27);
}

TEST_CASE("the JSON holds exactly the described options, in the description's order") {
  const Json written = parse_json(ranking_options_to_json(RankingOptions{}));
  std::vector<std::string> keys;
  for (const auto& group : written.items())
    for (const auto& field : group.value().items()) keys.push_back(group.key() + "/" + field.key());
  std::vector<std::string> described;
  for (const OptionInfo& o : kRankingOptions)
    described.push_back(std::string(o.group) + "/" + o.key);
  CHECK(keys == described);
}

TEST_CASE("each option reads a value at its bounds and warns about one past them") {
  for (const OptionInfo& o : kRankingOptions) {
    CAPTURE(o.key);
    const std::string pointer = std::string("/") + o.group + "/" + o.key;
    const auto read = [&](const Json& value, Diagnostics& d) {
      Json doc = Json::object();
      doc[o.group][o.key] = value;
      return ranking_options_from_json(write_json(doc), d);
    };
    const RankingOptions defaults;
    Diagnostics d;
    if (o.field.kind == OptionKind::kBoolean) {
      const bool on = option_value_text(o, defaults) == "true";
      CHECK(option_value_text(o, read(Json(!on), d)) == (on ? "false" : "true"));
      CHECK(d.empty());
      read(Json("yes"), d);
      REQUIRE(d.size() == 1);
      CHECK(d[0].path == pointer);
      continue;
    }
    // The maximum is read (trending_short's would be longer than trending_long: its own rule).
    if (std::string(o.key) != "trending_short") {
      const RankingOptions at_max = read(Json(o.max), d);
      CHECK(d.empty());
      CHECK(option_number_value(o, at_max) == o.max);
    }
    d.clear();
    const RankingOptions past = read(Json(o.max * 2 + 1), d);
    REQUIRE(d.size() >= 1);
    CHECK(d[0].path == pointer);
    CHECK(d[0].message.find("; kept ") != std::string::npos);
    CHECK(option_number_value(o, past) == option_number_value(o, defaults));
    d.clear();
    read(Json(o.min_exclusive ? o.min : o.min - 1), d);
    REQUIRE(d.size() >= 1);
    CHECK(d[0].path == pointer);
  }
}

TEST_CASE("an option's range, default and display unit as the help table shows them") {
  const auto find = [](const char* group, const char* key) -> const OptionInfo& {
    for (const OptionInfo& o : kRankingOptions)
      if (std::string(o.group) == group && std::string(o.key) == key) return o;
    FAIL("no option " << group << "." << key);
    return kRankingOptions[0];
  };
  const RankingOptions defaults;
  const OptionInfo& text_weight = find("read_next", "text_weight");
  CHECK(option_range_text(text_weight) == "0 .. 10");
  CHECK(option_value_text(text_weight, defaults) == "1");
  const OptionInfo& smoothing = find("most_read", "trending_smoothing");
  CHECK(option_range_text(smoothing) == "> 0 .. 1000000");
  CHECK(option_value_text(smoothing, defaults) == "5");
  const OptionInfo& lifetime = find("ticker", "default_lifetime");
  CHECK(option_range_text(lifetime) == "1s .. 36500d");
  CHECK(option_value_text(lifetime, defaults) == "6h");
  CHECK(option_unit_seconds(lifetime) == 3600);
  CHECK(option_range_text(find("read_next", "exclude_read")) == "true, false");
  CHECK(option_value_text(find("read_next", "exclude_read"), defaults) == "true");
  CHECK(option_value_text(find("read_next", "query_terms"), defaults) == "24");
  CHECK(option_value_text(find("read_next", "tags_weight"), defaults) == "0.35");
}

TEST_CASE("the options report: the options in effect and every diagnostic, as one JSON object") {
  Diagnostics d;
  const RankingOptions o = ranking_options_from_json(
      R"({"read_next": {"text_wieght": 2, "tags_weight": 0.5, "diversity_lambda": 3}})", d);
  const Json report = parse_json(ranking_options_report_json(o, d));
  REQUIRE(report.is_object());
  CHECK(report["options"]["read_next"]["tags_weight"] == 0.5);
  CHECK(report["options"]["read_next"]["diversity_lambda"] == 0.75);
  REQUIRE(report["diagnostics"].size() == 2);
  CHECK(report["diagnostics"][0]["path"] == "/read_next/diversity_lambda");
  CHECK(report["diagnostics"][0]["message"] == "expected a number from 0 to 1, not 3; kept 0.75");
  CHECK(report["diagnostics"][0]["severity"] == "warning");
  CHECK(report["diagnostics"][1]["path"] == "/read_next/text_wieght");
  CHECK(report["diagnostics"][1]["message"] == "unknown option; ignored");
}
