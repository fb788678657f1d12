// newsrail — ranking requests from JSON.
#include "newsrail/request_json.h"

#include <algorithm>

#include "newsrail/json.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

// Parses `text` and returns it when it is an object; anything else gives an empty object (every
// field then reads as absent: the defaults) and a warning.
Json parse_object(std::string_view text, Diagnostics& diagnostics) {
  if (text.empty()) return Json::object();
  Json j = parse_json(text);
  if (!j.is_object()) {
    diagnostics.push_back(
        {Severity::kWarning, "", "a request must be a JSON object; defaults used", 0, 0});
    return Json::object();
  }
  return j;
}

void warn(Diagnostics& d, const std::string& key, const std::string& message) {
  d.push_back({Severity::kWarning, "/" + key, message + "; ignored", 0, 0});
}

void read_string(const Json& j, const char* key, std::string& out, Diagnostics& d) {
  const Json* it = json_member(j, key);
  if (!it) return;
  if (it->is_string())
    out = json_text(*it);
  else
    warn(d, key, "must be a string");
}

void read_limit(const Json& j, std::size_t& out, Diagnostics& d) {
  const Json* it = json_member(j, "limit");
  if (!it) return;
  if (json_is_int64(*it) && it->get<std::int64_t>() >= static_cast<std::int64_t>(kMinListLimit) &&
      it->get<std::int64_t>() <= static_cast<std::int64_t>(kMaxListLimit))
    out = static_cast<std::size_t>(it->get<std::int64_t>());
  else
    warn(d, "limit",
         "must be an integer from " + std::to_string(kMinListLimit) + " to " +
             std::to_string(kMaxListLimit));
}

void read_now(const Json& j, Seconds& out, Diagnostics& d) {
  const Json* it = json_member(j, "now");
  if (!it) return;
  // Clamped to +-1e17 s (3 billion years), so that now +- a duration cannot overflow.
  if (json_is_int64(*it)) {
    out = std::clamp<Seconds>(it->get<std::int64_t>(), -100000000000000000, 100000000000000000);
  } else if (it->is_number()) {
    out = static_cast<Seconds>(std::clamp(it->get<double>(), -1e17, 1e17));
  } else if (it->is_string()) {
    if (const auto t = parse_time_argument(json_text(*it)))
      out = *t;
    else
      warn(d, "now", "must be RFC 3339 or epoch seconds");
  } else {
    warn(d, "now", "must be RFC 3339 or epoch seconds");
  }
}

void read_ids(const Json& j, const char* key, std::vector<std::string>& out, Diagnostics& d) {
  const Json* it = json_member(j, key);
  if (!it) return;
  if (!it->is_array()) {
    warn(d, key, "must be an array of ids");
    return;
  }
  for (const Json& v : *it)
    if (v.is_string()) out.emplace_back(json_text(v));
}

}  // namespace

MostReadRequest most_read_request_from_json(std::string_view text, Diagnostics& d) {
  MostReadRequest r;
  const Json j = parse_object(text, d);
  if (const Json* it = json_member(j, "window")) {
    const Seconds w = it->is_string()      ? parse_duration(json_text(*it))
                      : json_is_int64(*it) ? it->get<std::int64_t>()
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
  read_string(j, "context", r.context_text, d);
  if (const Json* it = json_member(j, "trending")) {
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
  const Json j = parse_object(text, d);
  read_string(j, "article", r.article, d);
  read_string(j, "context", r.context_text, d);
  read_string(j, "language", r.language, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  read_ids(j, "candidates", r.candidates, d);
  if (const Json* it = json_member(j, "history")) {
    history = it->is_string() ? history_from_json(json_text(*it), d) : history_from_value(*it, d);
  }
  return r;
}

TickerRequest ticker_request_from_json(std::string_view text, Diagnostics& d) {
  TickerRequest r;
  const Json j = parse_object(text, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  return r;
}

Json to_json(const MostReadRequest& r) {
  Json j = {{"window", format_window(r.window)}};
  if (!r.section.empty()) j["section"] = r.section;
  if (!r.language.empty()) j["language"] = r.language;
  j["limit"] = r.limit;
  if (!r.exclude.empty()) j["exclude"] = r.exclude;
  if (!r.context_text.empty()) j["context"] = r.context_text;
  j["trending"] = r.trending;
  j["now"] = r.now;
  return j;
}

Json to_json(const ReadNextRequest& r, const ReadingHistory& history) {
  Json j = Json::object();
  if (!r.article.empty()) j["article"] = r.article;
  if (!r.context_text.empty()) j["context"] = r.context_text;
  if (!r.language.empty()) j["language"] = r.language;
  j["limit"] = r.limit;
  j["now"] = r.now;
  if (!r.candidates.empty()) j["candidates"] = r.candidates;
  if (!history.entries.empty()) j["history"] = history;
  return j;
}

Json to_json(const TickerRequest& r) { return {{"limit", r.limit}, {"now", r.now}}; }

}  // namespace newsrail
