// newsrail — ranking options to and from JSON, and "48h"-style durations.
//
// Both the writer and the reader walk kRankingOptions (ranking_options.h), the one description of
// every option with its JSON key and range, so they cannot disagree with each other, with
// `newsrail options --help` or with the console's sliders. A value outside its range is warned
// about with its JSON pointer and the default is kept; and trending_short must be shorter than
// trending_long (else both keep their defaults).
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

// A JSON value as it may be quoted in a message: compact, at most 40 bytes.
std::string quote_value(const Json& v) { return json_excerpt(v); }

// A double for a message: "10", "0.35" (JSON's shortest digits: the same on every platform).
std::string number_text(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
    return std::to_string(static_cast<std::int64_t>(value));
  return write_json(Json(value));
}

// The groups in JSON order, as the description lists them.
std::vector<const char*> option_groups() {
  std::vector<const char*> groups;
  for (const OptionInfo& o : kRankingOptions) {
    bool seen = false;
    for (const char* g : groups) seen = seen || std::string_view(g) == o.group;
    if (!seen) groups.push_back(o.group);
  }
  return groups;
}

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

Json value_json(const OptionInfo& o, const RankingOptions& options) {
  RankingOptions copy = options;  // The accessors take a mutable RankingOptions.
  switch (o.field.kind) {
    case OptionKind::kNumber:
      return *o.field.number(copy);  // NaN and infinities: null.
    case OptionKind::kDuration:
      return format_duration(*o.field.duration(copy));
    case OptionKind::kBoolean:
      return *o.field.boolean(copy);
    case OptionKind::kCount:
      return *o.field.count(copy);
  }
  return nullptr;
}

Json options_json(const RankingOptions& options) {
  Json out = Json::object();
  for (const char* group : option_groups()) {
    Json section = Json::object();
    for (const OptionInfo& o : kRankingOptions)
      if (std::string_view(o.group) == group) section[o.key] = value_json(o, options);
    out[group] = std::move(section);
  }
  return out;
}

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

// Reads the keys of one section object into the fields; remembers which keys it knew.
class Reader {
 public:
  Reader(const Json& object, std::string prefix, Diagnostics& diagnostics)
      : object_(object), prefix_(std::move(prefix)), diagnostics_(diagnostics) {}

  // Reads the member named by `option` into its field of `options`, when present.
  void read(const OptionInfo& o, RankingOptions& options) {
    switch (o.field.kind) {
      case OptionKind::kNumber:
        return number(o.key, *o.field.number(options), o.min, o.max, o.min_exclusive);
      case OptionKind::kDuration:
        return duration(o.key, *o.field.duration(options), static_cast<Seconds>(o.min));
      case OptionKind::kBoolean:
        return boolean(o.key, *o.field.boolean(options));
      case OptionKind::kCount:
        return count(o.key, *o.field.count(options), static_cast<std::size_t>(o.min),
                     static_cast<std::size_t>(o.max));
    }
  }

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

// Reads root[group] into the group's options when present.
void read_group(const Json& root, const char* group, RankingOptions& options,
                Diagnostics& diagnostics) {
  const auto found = root.find(group);
  if (found == root.end()) return;
  const Json& it = *found;
  const std::string path = std::string("/") + group;
  if (!it.is_object()) {
    diagnostics.push_back(
        {Severity::kWarning, path,
         std::string("expected an object, not ") + json_type_name(it) + "; kept the defaults", 0,
         0});
    return;
  }
  Reader reader(it, path, diagnostics);
  for (const OptionInfo& o : kRankingOptions)
    if (std::string_view(o.group) == group) reader.read(o, options);
  reader.warn_unknown_keys();
}

}  // namespace

std::string ranking_options_to_json(const RankingOptions& options) {
  return write_json(options_json(options), /*indent=*/2);
}

std::string ranking_options_report_json(const RankingOptions& options,
                                        const Diagnostics& diagnostics) {
  Json list = Json::array();
  for (const Diagnostic& d : diagnostics)
    list.push_back(
        {{"severity", severity_name(d.severity)}, {"path", d.path}, {"message", d.message}});
  return write_json(Json{{"options", options_json(options)}, {"diagnostics", std::move(list)}});
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
  const std::vector<const char*> groups = option_groups();
  for (const char* group : groups) read_group(root, group, options, diagnostics);
  for (const auto& [key, value] : root.items()) {
    bool known = false;
    for (const char* group : groups) known = known || key == group;
    if (!known) {
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

double option_number_value(const OptionInfo& o, const RankingOptions& options) {
  RankingOptions copy = options;  // The accessors take a mutable RankingOptions.
  switch (o.field.kind) {
    case OptionKind::kNumber:
      return *o.field.number(copy);
    case OptionKind::kDuration:
      return static_cast<double>(*o.field.duration(copy));
    case OptionKind::kBoolean:
      return *o.field.boolean(copy) ? 1 : 0;
    case OptionKind::kCount:
      return static_cast<double>(*o.field.count(copy));
  }
  return 0;
}

std::string option_value_text(const OptionInfo& o, const RankingOptions& options) {
  const double v = option_number_value(o, options);
  switch (o.field.kind) {
    case OptionKind::kDuration:
      return format_duration(static_cast<Seconds>(v));
    case OptionKind::kBoolean:
      return v != 0 ? "true" : "false";
    case OptionKind::kNumber:
    case OptionKind::kCount:
      break;
  }
  return number_text(v);
}

std::string option_range_text(const OptionInfo& o) {
  switch (o.field.kind) {
    case OptionKind::kDuration:
      return format_duration(static_cast<Seconds>(o.min)) + " .. " +
             format_duration(static_cast<Seconds>(o.max));
    case OptionKind::kBoolean:
      return "true, false";
    case OptionKind::kNumber:
    case OptionKind::kCount:
      break;
  }
  return (o.min_exclusive ? "> " : "") + number_text(o.min) + " .. " + number_text(o.max);
}

double option_unit_seconds(const OptionInfo& o) {
  if (o.field.kind != OptionKind::kDuration) return 1;
  const std::string_view unit = o.unit;
  return unit == "d" ? 86400 : unit == "h" ? 3600 : unit == "min" ? 60 : 1;
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
