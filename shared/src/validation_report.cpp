// newsrail — validation report serialisation.
#include "newsrail/validation_report.h"

#include "newsrail/json.h"
#include "newsrail/rfc3339.h"

namespace newsrail {

std::string validation_report_json(const FeedParseResult& result, int indent) {
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : result.diagnostics)
    (d.severity == Severity::kError ? errors : warnings)++;
  Json diagnostics = Json::array();
  for (const Diagnostic& d : result.diagnostics) {
    Json one = {{"severity", severity_name(d.severity)}, {"path", d.path}, {"message", d.message}};
    if (d.line > 0) {
      one["line"] = d.line;
      one["column"] = d.column;
    }
    diagnostics.push_back(std::move(one));
  }
  const Feed& feed = result.feed;
  const Json out = {{"usable", result.usable()},
                    {"items", feed.items.size()},
                    {"breaking", feed.breaking.size()},
                    {"language", feed.language},
                    {"generated_at", feed.generated_at ? format_rfc3339(feed.generated_at) : ""},
                    {"errors", errors},
                    {"warnings", warnings},
                    {"diagnostics", std::move(diagnostics)}};
  return write_json(out, indent);
}

}  // namespace newsrail
