// newsrail — RFC 3339 timestamps <-> UTC seconds since the Unix epoch.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsrail/model.h"

namespace newsrail {

// The times format_rfc3339 writes as they are and parse_rfc3339 accepts (UTC epoch seconds): UTC
// years 0000 to 9999.
constexpr Seconds kMinRfc3339Seconds = -62167219200;  // 0000-01-01T00:00:00Z
constexpr Seconds kMaxRfc3339Seconds = 253402300799;  // 9999-12-31T23:59:59Z

// Parses "2023-07-15T22:12:00+03:00" (also 't'/' ' separator, 'z', fractional seconds, leap
// second 60 read as 59). Returns UTC epoch seconds, or nullopt for anything else (including times
// outside UTC years 0000-9999, which could not be written back). Never throws.
std::optional<Seconds> parse_rfc3339(std::string_view text);

// Returns "YYYY-MM-DDTHH:MM:SSZ" for UTC epoch seconds (years 0000-9999; outside that, clamped).
std::string format_rfc3339(Seconds seconds);

// Parses what the CLI's --now accepts: RFC 3339 or integer epoch seconds. nullopt when neither.
std::optional<Seconds> parse_time_argument(std::string_view text);

}  // namespace newsrail
