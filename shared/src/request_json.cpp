// newsrail — ranking requests from JSON.
#include "newsrail/request_json.h"

#include <algorithm>

#include "newsrail/json_reader.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

// Parses `text` into `document` and returns its root object; anything else gives a missing
// value (every field then reads as absent: the defaults) and a warning.
JsonValue parse_object(JsonDocument& document, std::string_view text, Diagnostics& diagnostics) {
  if (text.empty()) return {};
  if (!document.parse(text) || !document.root().is_object()) {
    diagnostics.push_back(
        {Severity::kWarning, "", "a request must be a JSON object; defaults used", 0, 0});
    return {};
  }
  return document.root();
}

void warn(Diagnostics& d, const std::string& key, const std::string& message) {
  d.push_back({Severity::kWarning, "/" + key, message + "; ignored", 0, 0});
}

void read_string(JsonValue j, const char* key, std::string& out, Diagnostics& d) {
  const JsonValue it = j.find(key);
  if (it.is_null()) return;
  if (it.is_string())
    out = std::string(it.string());
  else
    warn(d, key, "must be a string");
}

void read_limit(JsonValue j, std::size_t& out, Diagnostics& d) {
  const JsonValue it = j.find("limit");
  if (it.is_null()) return;
  if (it.is_int64() && it.int64() >= 1 && it.int64() <= 1000)
    out = static_cast<std::size_t>(it.int64());
  else
    warn(d, "limit", "must be an integer from 1 to 1000");
}

void read_now(JsonValue j, Seconds& out, Diagnostics& d) {
  const JsonValue it = j.find("now");
  if (it.is_null()) return;
  // Clamped to +-1e17 s (3 billion years), so that now +- a duration cannot overflow.
  if (it.is_int64()) {
    out = std::clamp<Seconds>(it.int64(), -100000000000000000, 100000000000000000);
  } else if (it.is_number()) {
    out = static_cast<Seconds>(std::clamp(it.number(), -1e17, 1e17));
  } else if (it.is_string()) {
    if (const auto t = parse_time_argument(it.string()))
      out = *t;
    else
      warn(d, "now", "must be RFC 3339 or epoch seconds");
  } else {
    warn(d, "now", "must be RFC 3339 or epoch seconds");
  }
}

void read_ids(JsonValue j, const char* key, std::vector<std::string>& out, Diagnostics& d) {
  const JsonValue it = j.find(key);
  if (it.is_null()) return;
  if (!it.is_array()) {
    warn(d, key, "must be an array of ids");
    return;
  }
  for (const JsonValue v : it.elements())
    if (v.is_string()) out.emplace_back(v.string());
}

}  // namespace

MostReadRequest most_read_request_from_json(std::string_view text, Diagnostics& d) {
  MostReadRequest r;
  JsonDocument document;
  const JsonValue j = parse_object(document, text, d);
  if (const JsonValue it = j.find("window"); !it.is_null()) {
    const Seconds w = it.is_string()  ? parse_duration(it.string())
                      : it.is_int64() ? it.int64()
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
  if (const JsonValue it = j.find("trending"); !it.is_null()) {
    if (it.is_boolean())
      r.trending = it.boolean();
    else
      warn(d, "trending", "must be true or false");
  }
  read_now(j, r.now, d);
  return r;
}

ReadNextRequest read_next_request_from_json(std::string_view text, ReadingHistory& history,
                                            Diagnostics& d) {
  ReadNextRequest r;
  JsonDocument document;
  const JsonValue j = parse_object(document, text, d);
  read_string(j, "article", r.article, d);
  read_string(j, "context", r.context_text, d);
  read_string(j, "language", r.language, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  read_ids(j, "candidates", r.candidates, d);
  if (const JsonValue it = j.find("history"); !it.is_null()) {
    history = it.is_string() ? history_from_json(it.string(), d) : history_from_json(it, d);
  }
  return r;
}

TickerRequest ticker_request_from_json(std::string_view text, Diagnostics& d) {
  TickerRequest r;
  JsonDocument document;
  const JsonValue j = parse_object(document, text, d);
  read_limit(j, r.limit, d);
  read_now(j, r.now, d);
  return r;
}

}  // namespace newsrail
