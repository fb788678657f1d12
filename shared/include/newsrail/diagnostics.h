// newsrail — diagnostics: what a parser says about its input, each naming where and why.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsrail {

enum class Severity {
  kError,    // The input cannot be used at all (e.g. not JSON, wrong version).
  kWarning,  // Something was skipped or repaired; the rest of the input was used.
};

struct Diagnostic {
  Severity severity = Severity::kWarning;
  std::string path;     // RFC 6901 JSON pointer ("/items/7/date_published"); "" = whole document.
  std::string message;  // One sentence, lower case, no trailing period.
  int line = 0;         // 1-based line for syntax errors and byte problems; 0 = not known.
  int column = 0;       // 1-based column in bytes; 0 = not known.
};

using Diagnostics = std::vector<Diagnostic>;

// Returns true when `diagnostics` holds at least one kError.
bool has_error(const Diagnostics& diagnostics);

// Returns "error" or "warning".
const char* severity_name(Severity severity);

// Returns one readable line: "warning: /items/7/url: ..." (with "line L, column C" when known).
std::string format_diagnostic(const Diagnostic& diagnostic);

// Returns `token` escaped for a JSON pointer segment ("~" -> "~0", "/" -> "~1").
std::string json_pointer_escape(std::string_view token);

}  // namespace newsrail
