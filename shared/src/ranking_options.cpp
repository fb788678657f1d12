// newsrail — ranking options to and from JSON, and "48h"-style durations.
//
// One visitor per options struct lists every field once, with its JSON key (the C++ field name)
// and its sane range; the writer and the reader both walk it, so they cannot disagree.
//
// Ranges (a value outside is warned about with its JSON pointer and the default is kept):
//   weights and the read penalty            0 .. 10
//   thresholds, similarities, the MMR lambda 0 .. 1
//   trending_smoothing                      > 0 .. 1000000 (it is a divisor's summand)
//   durations                               0 .. 100 years; half-lives used as divisors, windows
//                                           and the ticker's default lifetime at least 1 second
//   query_terms                             1 .. 1000
// And trending_short must be shorter than trending_long (else both keep their defaults).
#include "newsrail/ranking_options.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "newsrail/json.h"
#include "newsrail/utf8.h"

namespace newsrail {

namespace {

constexpr Seconds kMaxDuration = Seconds{100} * 365 * 86400;  // 100 years.
constexpr std::size_t kMaxQueryTerms = 1000;

// A JSON value as it may be quoted in a message: compact, at most 40 bytes.
std::string quote_value(const Json& v) { return json_excerpt(v); }

// A double for a message: "10", "0.35" (JSON's shortest digits: the same on every platform).
std::string number_text(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
    return std::to_string(static_cast<std::int64_t>(value));
  return write_json(Json(value));
}

//-----------------------------------------------------------------------------
// The field lists
//-----------------------------------------------------------------------------

template <typename Visitor>
void visit_fields(MostReadOptions& o, Visitor& v) {
  v.duration("half_life", o.half_life, 0);
  v.duration("max_age", o.max_age, 0);
  v.duration("trending_short", o.trending_short, 1);
  v.duration("trending_long", o.trending_long, 1);
  v.number("trending_smoothing", o.trending_smoothing, 0, 1e6, /*min_exclusive=*/true);
  v.number("duplicate_title_similarity", o.duplicate_title_similarity, 0, 1);
  v.boolean("include_unrecommended", o.include_unrecommended);
}

template <typename Visitor>
void visit_fields(ReadNextOptions& o, Visitor& v) {
  v.number("text_weight", o.text_weight, 0, 10);
  v.number("tags_weight", o.tags_weight, 0, 10);
  v.number("section_weight", o.section_weight, 0, 10);
  v.number("region_weight", o.region_weight, 0, 10);
  v.number("freshness_weight", o.freshness_weight, 0, 10);
  v.number("popularity_weight", o.popularity_weight, 0, 10);
  v.number("affinity_weight", o.affinity_weight, 0, 10);
  v.number("read_penalty", o.read_penalty, 0, 10);
  v.duration("freshness_half_life", o.freshness_half_life, 1);
  v.duration("popularity_window", o.popularity_window, 1);
  v.duration("max_age", o.max_age, 0);
  v.number("relevance_threshold", o.relevance_threshold, 0, 1);
  v.number("diversity_lambda", o.diversity_lambda, 0, 1);
  v.number("duplicate_similarity", o.duplicate_similarity, 0, 1);
  v.boolean("exclude_read", o.exclude_read);
  v.count("query_terms", o.query_terms, 1, kMaxQueryTerms);
}

template <typename Visitor>
void visit_fields(TickerOptions& o, Visitor& v) {
  v.duration("default_lifetime", o.default_lifetime, 1);
  v.duration("future_tolerance", o.future_tolerance, 0);
  v.number("duplicate_text_similarity", o.duplicate_text_similarity, 0, 1);
}

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

class Writer {
 public:
  explicit Writer(Json& out) : out_(out) {}
  void duration(const char* name, Seconds& value, Seconds) { out_[name] = format_duration(value); }
  void number(const char* name, double& value, double, double, bool = false) {
    out_[name] = value;  // NaN and infinities: null.
  }
  void boolean(const char* name, bool& value) { out_[name] = value; }
  void count(const char* name, std::size_t& value, std::size_t, std::size_t) { out_[name] = value; }

 private:
  Json& out_;
};

template <typename Options>
void write_section(Json& out, const char* key, Options options) {
  Json section = Json::object();
  Writer writer(section);
  visit_fields(options, writer);
  out[key] = std::move(section);
}

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

// Reads the keys of one section object into the fields; remembers which keys it knew.
class Reader {
 public:
  Reader(const Json& object, std::string prefix, Diagnostics& diagnostics)
      : object_(object), prefix_(std::move(prefix)), diagnostics_(diagnostics) {}

  void duration(const char* name, Seconds& value, Seconds min) {
    const Json* found = find(name);
    if (!found) return;
    const Json& v = *found;
    Seconds parsed = -1;
    if (v.is_string()) {
      parsed = parse_duration(json_text(v));
    } else if (json_is_int64(v)) {
      const auto n = v.get<std::int64_t>();
      parsed = n >= 0 && n <= kMaxDuration ? n : -1;
    } else if (v.is_number() && !json_is_big_uint64(v)) {
      const double d = v.get<double>();
      parsed =
          std::isfinite(d) && d >= 0 && d <= static_cast<double>(kMaxDuration) && d == std::floor(d)
              ? static_cast<Seconds>(d)
              : -1;
    }
    if (parsed < min) {
      warn(name, std::string("expected ") + (min > 0 ? "a positive" : "a") +
                     " duration (\"90s\", \"30m\", \"6h\", \"2d\", \"1w\") or whole seconds, not " +
                     quote_value(v) + "; kept " + format_duration(value));
      return;
    }
    value = parsed;
  }

  void number(const char* name, double& value, double min, double max, bool min_exclusive = false) {
    const Json* found = find(name);
    if (!found) return;
    const Json& v = *found;
    const double d = v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
    const bool ok = std::isfinite(d) && (min_exclusive ? d > min : d >= min) && d <= max;
    if (!ok) {
      warn(name, std::string("expected a number ") +
                     (min_exclusive ? "greater than " + number_text(min) + " and at most "
                                    : "from " + number_text(min) + " to ") +
                     number_text(max) + ", not " + quote_value(v) + "; kept " + number_text(value));
      return;
    }
    value = d;
  }

  void boolean(const char* name, bool& value) {
    const Json* found = find(name);
    if (!found) return;
    const Json& v = *found;
    if (!v.is_boolean()) {
      warn(name, "expected true or false, not " + quote_value(v) + "; kept " +
                     (value ? "true" : "false"));
      return;
    }
    value = v.get<bool>();
  }

  void count(const char* name, std::size_t& value, std::size_t min, std::size_t max) {
    const Json* found = find(name);
    if (!found) return;
    const Json& v = *found;
    bool ok = false;
    std::uint64_t n = 0;
    if (json_is_big_uint64(v)) {
      n = v.get<std::uint64_t>();
      ok = true;
    } else if (json_is_int64(v)) {
      const auto i = v.get<std::int64_t>();
      ok = i >= 0;
      n = ok ? static_cast<std::uint64_t>(i) : 0;
    } else if (v.is_number()) {
      const double d = v.get<double>();
      ok = std::isfinite(d) && d >= 0 && d <= static_cast<double>(max) && d == std::floor(d);
      n = ok ? static_cast<std::uint64_t>(d) : 0;
    }
    if (!ok || n < min || n > max) {
      warn(name, "expected a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", not " + quote_value(v) + "; kept " +
                     std::to_string(value));
      return;
    }
    value = static_cast<std::size_t>(n);
  }

  // Warns about every key of the object no field asked for (in document order).
  void warn_unknown_keys() {
    for (const auto& [key, value] : object_.items()) {
      bool known = false;
      for (const std::string& k : known_) known = known || k == key;
      if (!known) {
        diagnostics_.push_back({Severity::kWarning, prefix_ + "/" + json_pointer_escape(key),
                                "unknown option; ignored", 0, 0});
      }
    }
  }

  void warn(const char* name, std::string message) {
    diagnostics_.push_back({Severity::kWarning, prefix_ + "/" + name, std::move(message), 0, 0});
  }

 private:
  // The member `name` (a null one too: it is a bad value), or nullptr when it is missing.
  const Json* find(const char* name) {
    known_.emplace_back(name);
    const auto it = object_.find(name);
    return it == object_.end() ? nullptr : &*it;
  }

  const Json& object_;
  std::string prefix_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

// Reads root[key] into `options` when present; returns the Reader's verdict through diagnostics.
template <typename Options>
void read_section(const Json& root, const char* key, Options& options, Diagnostics& diagnostics) {
  const auto found = root.find(key);
  if (found == root.end()) return;
  const Json& it = *found;
  const std::string path = std::string("/") + key;
  if (!it.is_object()) {
    diagnostics.push_back(
        {Severity::kWarning, path,
         std::string("expected an object, not ") + json_type_name(it) + "; kept the defaults", 0,
         0});
    return;
  }
  Reader reader(it, path, diagnostics);
  visit_fields(options, reader);
  reader.warn_unknown_keys();
}

}  // namespace

std::string ranking_options_to_json(const RankingOptions& options) {
  Json out = Json::object();
  write_section(out, "most_read", options.most_read);
  write_section(out, "read_next", options.read_next);
  write_section(out, "ticker", options.ticker);
  return write_json(out, /*indent=*/2);
}

RankingOptions ranking_options_from_json(std::string_view text, Diagnostics& diagnostics) {
  RankingOptions options;
  const Json root = parse_json(text);
  if (root.is_discarded()) {
    diagnostics.push_back(
        {Severity::kWarning, "", "the options are not valid JSON; using the defaults", 0, 0});
    return options;
  }
  if (!root.is_object()) {
    diagnostics.push_back({Severity::kWarning, "",
                           std::string("the options must be a JSON object, not ") +
                               json_type_name(root) + "; using the defaults",
                           0, 0});
    return options;
  }
  read_section(root, "most_read", options.most_read, diagnostics);
  read_section(root, "read_next", options.read_next, diagnostics);
  read_section(root, "ticker", options.ticker, diagnostics);
  for (const auto& [key, value] : root.items()) {
    if (key != "most_read" && key != "read_next" && key != "ticker") {
      diagnostics.push_back({Severity::kWarning, "/" + json_pointer_escape(key),
                             "unknown option group; ignored", 0, 0});
    }
  }

  MostReadOptions& m = options.most_read;
  if (m.trending_short >= m.trending_long) {
    diagnostics.push_back({Severity::kWarning, "/most_read/trending_short",
                           "trending_short (" + format_duration(m.trending_short) +
                               ") must be shorter than trending_long (" +
                               format_duration(m.trending_long) + "); kept the defaults of both",
                           0, 0});
    const MostReadOptions defaults;
    m.trending_short = defaults.trending_short;
    m.trending_long = defaults.trending_long;
  }
  return options;
}

Seconds parse_duration(std::string_view text) {
  if (text.empty()) return -1;
  Seconds unit = 1;
  switch (text.back()) {
    case 's':
      unit = 1;
      break;
    case 'm':
      unit = 60;
      break;
    case 'h':
      unit = 3600;
      break;
    case 'd':
      unit = 86400;
      break;
    case 'w':
      unit = 7 * 86400;
      break;
    default:
      unit = 0;
      break;  // No suffix: seconds.
  }
  if (unit != 0) {
    text.remove_suffix(1);
  } else {
    unit = 1;
  }
  if (text.empty()) return -1;
  Seconds value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
    if (value > kMaxDuration) return -1;  // Also keeps value * 10 far from overflow.
  }
  if (value > kMaxDuration / unit) return -1;
  return value * unit;
}

std::string format_window(Seconds w) {
  if (w % 604800 == 0 && w >= 604800 * 2) return std::to_string(w / 604800) + "w";
  if (w % 86400 == 0 && w >= 86400 * 2) return std::to_string(w / 86400) + "d";
  if (w % 3600 == 0) return std::to_string(w / 3600) + "h";
  return std::to_string(w / 60) + "m";
}

std::string format_duration(Seconds seconds) {
  // The largest unit that divides exactly gives the fewest digits.
  const std::string sign = seconds < 0 ? "-" : "";
  // Magnitude without overflow for the most negative value: work in unsigned.
  const std::uint64_t s =
      seconds < 0 ? 0 - static_cast<std::uint64_t>(seconds) : static_cast<std::uint64_t>(seconds);
  if (s != 0 && s % 86400 == 0) return sign + std::to_string(s / 86400) + "d";
  if (s != 0 && s % 3600 == 0) return sign + std::to_string(s / 3600) + "h";
  if (s != 0 && s % 60 == 0) return sign + std::to_string(s / 60) + "m";
  return sign + std::to_string(s) + "s";
}

}  // namespace newsrail
