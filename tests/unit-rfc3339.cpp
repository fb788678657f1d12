#include <doctest/doctest.h>

#include "newsrail/rfc3339.h"

using newsrail::format_rfc3339;
using newsrail::kMaxRfc3339Seconds;
using newsrail::kMinRfc3339Seconds;
using newsrail::parse_rfc3339;
using newsrail::parse_time_argument;

TEST_CASE("RFC 3339 dates in UTC and with offsets give UTC epoch seconds") {
  CHECK(parse_rfc3339("1970-01-01T00:00:00Z") == 0);
  CHECK(parse_rfc3339("2025-06-26T18:00:00Z") == 1750960800);
  // The reference article: 15 Jul 2023 22:12 at +03:00 is 19:12 UTC.
  CHECK(parse_rfc3339("2023-07-15T22:12:00+03:00") == parse_rfc3339("2023-07-15T19:12:00Z"));
  CHECK(parse_rfc3339("2023-07-15T19:12:00-04:30") == parse_rfc3339("2023-07-15T23:42:00Z"));
  CHECK(parse_rfc3339("2023-07-15t19:12:00z") == parse_rfc3339("2023-07-15T19:12:00Z"));
  CHECK(parse_rfc3339("2023-07-15 19:12:00Z") == parse_rfc3339("2023-07-15T19:12:00Z"));
  CHECK(parse_rfc3339("2023-07-15T19:12:00.123456Z") == parse_rfc3339("2023-07-15T19:12:00Z"));
  CHECK(parse_rfc3339("1969-12-31T23:59:59Z") == -1);
}

TEST_CASE("leap days and the leap second are accepted, impossible dates are not") {
  CHECK(parse_rfc3339("2024-02-29T00:00:00Z").has_value());
  CHECK(parse_rfc3339("2000-02-29T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2023-02-29T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("1900-02-29T00:00:00Z").has_value());
  CHECK(parse_rfc3339("2016-12-31T23:59:60Z") == parse_rfc3339("2016-12-31T23:59:59Z"));
  CHECK_FALSE(parse_rfc3339("2023-04-31T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2023-13-01T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2023-00-01T00:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2023-01-01T24:00:00Z").has_value());
  CHECK_FALSE(parse_rfc3339("2023-01-01T12:60:00Z").has_value());
}

TEST_CASE("anything but RFC 3339 is refused") {
  for (const char* bad : {"", "2023", "2023-07-15", "2023-07-15T19:12Z", "2023-07-15T19:12:00",
                          "15 Jul 2023 22:12", "2023-07-15T19:12:00+0300", "2023-07-15T19:12:00.Z",
                          "2023-07-15T19:12:00Z ", " 2023-07-15T19:12:00Z", "2023-7-15T19:12:00Z",
                          "Sat, 15 Jul 2023 19:12:00 GMT", "2023-07-15T19:12:00+24:00"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_rfc3339(bad).has_value());
  }
}

TEST_CASE("formatting gives back what parsing read") {
  for (newsrail::Seconds t : {0LL, 1750960800LL, 951782400LL, -86400LL, 4102444799LL}) {
    CAPTURE(t);
    CHECK(parse_rfc3339(format_rfc3339(t)) == t);
  }
  CHECK(format_rfc3339(1750960800) == "2025-06-26T18:00:00Z");
  CHECK(format_rfc3339(951782400) == "2000-02-29T00:00:00Z");
}

TEST_CASE("--now accepts RFC 3339 or epoch seconds") {
  CHECK(parse_time_argument("1750960800") == 1750960800);
  CHECK(parse_time_argument("2025-06-26T18:00:00Z") == 1750960800);
  CHECK_FALSE(parse_time_argument("yesterday").has_value());
  CHECK_FALSE(parse_time_argument("12a").has_value());
  CHECK_FALSE(parse_time_argument("").has_value());
}

// Found by tests/fuzz/fuzz_feed_parser (feed_to_json round trip): a date whose UTC time fell
// outside years 0000-9999 was parsed but could not be written back; such dates are now refused.
TEST_CASE("fuzz regression: every date parsed is written back as the same time") {
  // Local times whose UTC time falls outside years 0000-9999 are refused ...
  for (const char* text : {"0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_rfc3339(text).has_value());
  }
  // ... and those just inside the range are read and written back as the same time.
  for (const char* text : {"0000-01-01T00:00:00-01:00", "9999-12-31T23:59:59+01:00",
                           "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
    CAPTURE(text);
    const auto t = parse_rfc3339(text);
    REQUIRE(t.has_value());
    CHECK(*t >= kMinRfc3339Seconds);
    CHECK(*t <= kMaxRfc3339Seconds);
    CHECK(parse_rfc3339(format_rfc3339(*t)) == t);
  }
}
