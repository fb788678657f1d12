// newsrail — validation report serialisation.
#include "newsrail/validation_report.h"

#include "newsrail/json.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

// The keys both forms share, in the order the report writes them.
Json report(const char* form, bool usable, std::size_t items, std::size_t breaking,
            const std::string& language, Seconds generated_at, const Diagnostics& list) {
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : list) (d.severity == Severity::kError ? errors : warnings)++;
  Json diagnostics = Json::array();
  for (const Diagnostic& d : list) {
    Json one = {{"severity", severity_name(d.severity)}, {"path", d.path}, {"message", d.message}};
    if (d.line > 0) {
      one["line"] = d.line;
      one["column"] = d.column;
    }
    diagnostics.push_back(std::move(one));
  }
  return {{"usable", usable},
          {"form", form},
          {"items", items},
          {"breaking", breaking},
          {"language", language},
          {"generated_at", generated_at ? format_rfc3339(generated_at) : ""},
          {"errors", errors},
          {"warnings", warnings},
          {"diagnostics", std::move(diagnostics)}};
}

}  // namespace

std::string validation_report_json(const FeedParseResult& result, int indent) {
  const Feed& feed = result.feed;
  return write_json(report("json", result.usable(), feed.items.size(), feed.breaking.size(),
                           feed.language, feed.generated_at, result.diagnostics),
                    indent);
}

std::string validation_report_json(const SnapshotReadResult& result, int indent) {
  const SnapshotSummary& s = result.summary;
  Json out = report("snapshot", result.index.has_value(), s.items, s.breaking, s.language,
                    s.generated_at, result.diagnostics);
  out["snapshot"] = {
      {"version", s.version}, {"bytes", s.bytes}, {"terms", s.terms}, {"labels", s.labels}};
  return write_json(out, indent);
}

}  // namespace newsrail
