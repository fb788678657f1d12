// newsrail — one line of a web server's access log: the combined format nginx and Apache write by
// default, or a JSON object per line. What `newsrail views` reads (log_reader.h gives the lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newsrail/model.h"

namespace newsrail {

// One request. Parsing into an existing record reuses its strings' storage.
struct LogRecord {
  Seconds time = 0;        // UTC seconds since the epoch.
  std::string method;      // "GET"; "" when the request line was unreadable ("-").
  std::string path;        // As requested: path, query and fragment ("" when unreadable).
  int status = 0;          // HTTP status, 100..599.
  std::string user_agent;  // "" when absent or "-".
  std::string client;      // Client address as logged; "" when absent.
  std::string purpose;     // Sec-Purpose / Purpose header when the log has it (JSON lines only).
};

// Parses one line (without its newline) into `out`. A line starting with '{' is a JSON object
// with the members "time" (RFC 3339 string or epoch seconds), "path", "status" (number or
// string), and optionally "method" (default "GET"), "user_agent", "client", "purpose"; any other
// line is the combined format:
//   CLIENT IDENT USER [10/Oct/2026:13:55:36 -0700] "GET /path HTTP/1.1" 200 2326 "REFERER" "UA"
// (the common format, without referer and user agent, is read too). Returns "" on success, else
// why the line is unusable (one lower-case phrase, naming the field). Never throws.
std::string parse_log_line(std::string_view line, LogRecord& out);

}  // namespace newsrail
