// newsrail — ranking requests from JSON.
#include "newsrail/request_json.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

using json = nlohmann::json;

// Parses `text` into an object; anything else gives an empty object and a warning.
json parse_object(std::string_view text, Diagnostics& diagnostics) {
  if (text.empty()) return json::object();
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    diagnostics.push_back(
        {Severity::kWarning, "", "a request must be a JSON object; defaults used", 0, 0});
    return json::object();
  }
  return j;
}

void warn(Diagnostics& d, const std::string& key, const std::string& message) {
  d.push_back({Severity::kWarning, "/" + key, message + "; ignored", 0, 0});
}

void read_string(const json& j, const char* key, std::string& out, Diagnostics& d) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (it->is_string())
    out = it->get<std::string>();
  else
    warn(d, key, "must be a string");
}

void read_limit(const json& j, std::size_t& out, Diagnostics& d) {
  const auto it = j.find("limit");
  if (it == j.end() || it->is_null()) return;
  if (it->is_number_integer() && it->get<std::int64_t>() >= 1 && it->get<std::int64_t>() <= 1000)
    out = static_cast<std::size_t>(it->get<std::int64_t>());
  else
    warn(d, "limit", "must be an integer from 1 to 1000");
}

void read_now(const json& j, Seconds& out, Diagnostics& d) {
  const auto it = j.find("now");
  if (it == j.end() || it->is_null()) return;
  // Clamped to +-1e17 s (3 billion years), so that now +- a duration cannot overflow.
  if (it->is_number_integer()) {
    out = std::clamp<Seconds>(it->get<Seconds>(), -100000000000000000, 100000000000000000);
  } else if (it->is_number_float()) {
    out = static_cast<Seconds>(std::clamp(it->get<double>(), -1e17, 1e17));
  } else if (it->is_string()) {
    if (const auto t = parse_time_argument(it->get_ref<const std::string&>()))
      out = *t;
    else
      warn(d, "now", "must be RFC 3339 or epoch seconds");
  } else {
    warn(d, "now", "must be RFC 3339 or epoch seconds");
  }
}

void read_ids(const json& j, const char* key, std::vector<std::string>& out, Diagnostics& d) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if (!it->is_array()) {
    warn(d, key, "must be an array of ids");
    return;
  }
  for (const json& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
}

}  // namespace

MostReadRequest most_read_request_from_json(std::string_view text, Diagnostics& d) {
  MostReadRequest r;
  const json j = parse_object(text, d);
  if (const auto it = j.find("window"); it != j.end() && !it->is_null()) {
    const Seconds w = it->is_string()           ? parse_duration(it->get_ref<const std::string&>())
                      : it->is_number_integer() ? it->get<Seconds>()
                                                : -1;
    if (w > 0)
      r.window = w;
    else
      warn(d, "window", "must look like 1h, 24h or 7d");
  }
  read_string(j, "section", r.section, d);
  read_string(j, "language", r.language, d);
  read_limit(j, r.limit, d);
  read_ids(j, "exclude", r.exclude, d);
  if (const auto it = j.find("trending"); it != j.end() && !it->is_null()) {
    if (it->is_boolean())
      r.trending = it->get<bool>();
    else
      warn(d, "trending", "must be true or false");
  }
  read_now(j, r.now, d);
  return r;
}

ReadNextRequest read_next_request_from_json(std::string_view text, ReadingHistory& history,
                                            Diagnostics& d) {
  ReadNextRequest r;
  const json j = parse_object(text, d);
  read_string(j, "article", r.article, d);
  read_string(j, "context", r.context_text, d);
  read_string(j, "language", r.language, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  read_ids(j, "candidates", r.candidates, d);
  if (const auto it = j.find("history"); it != j.end() && !it->is_null()) {
    history = history_from_json(it->is_string() ? it->get<std::string>() : it->dump(), d);
  }
  return r;
}

TickerRequest ticker_request_from_json(std::string_view text, Diagnostics& d) {
  TickerRequest r;
  const json j = parse_object(text, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  return r;
}

}  // namespace newsrail
