#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "newsrail/validation_report.h"

using namespace newsrail;

TEST_CASE("the validation report counts and lists every diagnostic") {
  const auto r = parse_feed(R"({"version": "https://jsonfeed.org/version/1.1", "title": "T",
    "items": [{"id": "1", "title": "A"}, {"id": "1", "title": "B"}]})");
  const auto report = nlohmann::json::parse(validation_report_json(r));
  CHECK(report["usable"] == true);
  CHECK(report["items"] == 1);
  CHECK(report["warnings"] == 1);
  CHECK(report["errors"] == 0);
  CHECK(report["diagnostics"][0]["path"] == "/items/1/id");
  CHECK(report["diagnostics"][0]["severity"] == "warning");
  CHECK_FALSE(report["diagnostics"][0].contains("line"));
}

TEST_CASE("a syntax error in the report carries line and column") {
  const auto report = nlohmann::json::parse(validation_report_json(parse_feed("{\n  x")));
  CHECK(report["usable"] == false);
  CHECK(report["errors"] == 1);
  CHECK(report["diagnostics"][0]["line"] == 2);
  CHECK(report["diagnostics"][0]["column"] == 3);
}
