// newsrail — validation report serialisation.
#include "newsrail/validation_report.h"

#include "newsrail/json_writer.h"
#include "newsrail/rfc3339.h"

namespace newsrail {

std::string validation_report_json(const FeedParseResult& result, int indent) {
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : result.diagnostics)
    (d.severity == Severity::kError ? errors : warnings)++;
  JsonWriter out(indent);
  out.begin_object();
  out.member("usable", result.usable());
  out.member("items", result.feed.items.size()).member("breaking", result.feed.breaking.size());
  out.member("language", result.feed.language);
  out.member("generated_at",
             result.feed.generated_at ? format_rfc3339(result.feed.generated_at) : "");
  out.member("errors", errors).member("warnings", warnings);
  out.key("diagnostics").begin_array();
  for (const Diagnostic& d : result.diagnostics) {
    out.begin_object().member("severity", severity_name(d.severity)).member("path", d.path);
    out.member("message", d.message);
    if (d.line > 0) out.member("line", d.line).member("column", d.column);
    out.end_object();
  }
  out.end_array().end_object();
  return out.take();
}

}  // namespace newsrail
