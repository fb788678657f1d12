#include <doctest/doctest.h>

#include "newsrail/diagnostics.h"

using namespace newsrail;

TEST_CASE("a diagnostic reads as one line naming where and why") {
  CHECK(format_diagnostic({Severity::kWarning, "/items/7/date_published", "not a date", 0, 0}) ==
        "warning: /items/7/date_published: not a date");
  CHECK(format_diagnostic({Severity::kError, "", "not valid JSON", 3, 14}) ==
        "error: not valid JSON (line 3, column 14)");
}

TEST_CASE("only errors make diagnostics fatal") {
  Diagnostics d{{Severity::kWarning, "/a", "x", 0, 0}};
  CHECK_FALSE(has_error(d));
  d.push_back({Severity::kError, "", "y", 0, 0});
  CHECK(has_error(d));
}

TEST_CASE("JSON pointer segments escape ~ and /") {
  CHECK(json_pointer_escape("a/b~c") == "a~1b~0c");
  CHECK(json_pointer_escape("24h") == "24h");
}
