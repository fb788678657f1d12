// newsrail — diagnostics helpers.
#include "newsrail/diagnostics.h"

namespace newsrail {

bool has_error(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::kError) return true;
  return false;
}

const char* severity_name(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = severity_name(d.severity);
  out += ": ";
  if (!d.path.empty()) {
    out += d.path;
    out += ": ";
  }
  out += d.message;
  if (d.line > 0) {
    out += " (line " + std::to_string(d.line);
    if (d.column > 0) out += ", column " + std::to_string(d.column);
    out += ')';
  }
  return out;
}

std::string json_pointer_escape(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

}  // namespace newsrail
