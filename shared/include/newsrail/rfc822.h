// newsrail — RFC 822 / RFC 2822 dates as RSS feeds write them (pubDate), to UTC seconds.
#pragma once

#include <optional>
#include <string_view>

#include "newsrail/model.h"

namespace newsrail {

// Parses "Sat, 07 Sep 2002 09:42:31 GMT" and the broken forms real feeds contain: the day name
// missing, wrong, in full or without its comma; the month in full or in any case; a two-digit year
// (00-49 -> 20xx, 50-99 -> 19xx, as RFC 2822 reads obsolete years); seconds missing; the zone as
// +HHMM, +HH:MM, GMT/UT/UTC/Z, a US zone (EST EDT CST CDT MST MDT PST PDT), CET/CEST/BST, or
// missing (read as UTC). Returns UTC epoch seconds, or nullopt for anything else (the date checked
// as parse_rfc3339 checks it: real days, hours 0-23, years 0000-9999 in UTC). Never throws.
std::optional<Seconds> parse_rfc822(std::string_view text);

}  // namespace newsrail
