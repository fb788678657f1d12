#include <doctest/doctest.h>

#include "newsrail/rfc3339.h"
#include "newsrail/rfc822.h"

using newsrail::parse_rfc3339;
using newsrail::parse_rfc822;

TEST_CASE("RFC 822 dates as RSS writes them give UTC epoch seconds") {
  CHECK(parse_rfc822("Sat, 07 Sep 2002 00:00:01 GMT") == parse_rfc3339("2002-09-07T00:00:01Z"));
  CHECK(parse_rfc822("Fri, 04 Dec 2026 14:05:00 +0300") == parse_rfc3339("2026-12-04T11:05:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 20:01:33 -0000") == parse_rfc3339("2026-12-03T20:01:33Z"));
  CHECK(parse_rfc822("Mon, 1 Jan 2024 00:00:00 -0930") == parse_rfc3339("2024-01-01T09:30:00Z"));
}

TEST_CASE("the broken forms real feeds contain are read") {
  const auto noon = parse_rfc3339("2026-12-03T12:00:00Z");
  CHECK(parse_rfc822("Thu, 03 Dec 2026 12:00 GMT") == noon);              // no seconds
  CHECK(parse_rfc822("03 Dec 2026 12:00:00 +0000") == noon);              // no day name
  CHECK(parse_rfc822("Thursday, 3 December 2026 12:00:00 UTC") == noon);  // names in full
  CHECK(parse_rfc822("Mon, 03 Dec 2026 12:00:00 GMT") == noon);           // wrong day name
  CHECK(parse_rfc822("thu 03 DEC 2026 12:00:00 z") == noon);              // case, no comma
  CHECK(parse_rfc822("Thu, 03 Dec 26 12:00:00 GMT") == noon);             // two-digit year
  CHECK(parse_rfc822("Thu, 03 Dec 99 12:00:00 GMT") == parse_rfc3339("1999-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 12:00:00 +00:00") == noon);       // colon in the zone
  CHECK(parse_rfc822("Thu, 03 Dec 2026 12:00:00") == noon);              // no zone: UTC
  CHECK(parse_rfc822("Thu, 03 Dec 2026 12:00:00 +0000 (UTC)") == noon);  // a comment
  CHECK(parse_rfc822("  Thu, 03 Dec 2026 12:00:00 GMT \n") == noon);
  CHECK(parse_rfc822("Thu, 03 Sept 2026 12:00:00 GMT") == parse_rfc3339("2026-09-03T12:00:00Z"));
}

TEST_CASE("named zones give their offsets") {
  CHECK(parse_rfc822("Thu, 03 Dec 2026 07:00:00 EST") == parse_rfc3339("2026-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 08:00:00 EDT") == parse_rfc3339("2026-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 05:00:00 PDT") == parse_rfc3339("2026-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 04:00:00 PST") == parse_rfc3339("2026-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 13:00:00 CET") == parse_rfc3339("2026-12-03T12:00:00Z"));
  CHECK(parse_rfc822("Thu, 03 Dec 2026 06:00:00 CST") == parse_rfc3339("2026-12-03T12:00:00Z"));
}

TEST_CASE("what is not an RFC 822 date is refused") {
  CHECK_FALSE(parse_rfc822("").has_value());
  CHECK_FALSE(parse_rfc822("Thursday, December the 3rd").has_value());
  CHECK_FALSE(parse_rfc822("2026-12-03T12:00:00Z").has_value());  // RFC 3339 is parse_rfc3339's
  CHECK_FALSE(parse_rfc822("Thu, 31 Feb 2026 12:00:00 GMT").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 25:00:00 GMT").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 12:60:00 GMT").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Foo 2026 12:00:00 GMT").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 12:00:00 XYZ").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 12:00:00 +0000 trailing").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 12:00:00 +0000 (unclosed").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 202 12:00:00 GMT").has_value());
  CHECK_FALSE(parse_rfc822("Thu, 03 Dec 2026 12 GMT").has_value());
}
