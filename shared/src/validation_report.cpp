// newsrail — validation report serialisation.
#include "newsrail/validation_report.h"

#include <nlohmann/json.hpp>

#include "newsrail/rfc3339.h"

namespace newsrail {

std::string validation_report_json(const FeedParseResult& result) {
  nlohmann::json diagnostics = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : result.diagnostics) {
    (d.severity == Severity::kError ? errors : warnings)++;
    nlohmann::json entry = {
        {"severity", severity_name(d.severity)}, {"path", d.path}, {"message", d.message}};
    if (d.line > 0) {
      entry["line"] = d.line;
      entry["column"] = d.column;
    }
    diagnostics.push_back(std::move(entry));
  }
  const nlohmann::json report = {
      {"usable", result.usable()},
      {"items", result.feed.items.size()},
      {"breaking", result.feed.breaking.size()},
      {"language", result.feed.language},
      {"generated_at", result.feed.generated_at ? format_rfc3339(result.feed.generated_at) : ""},
      {"errors", errors},
      {"warnings", warnings},
      {"diagnostics", std::move(diagnostics)}};
  return report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace newsrail
