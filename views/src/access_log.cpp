// newsrail — access log lines: the combined format by hand (a fixed layout, scanned once), JSON
// lines with nlohmann-json, timestamps through the core's RFC 822 and RFC 3339 readers.
#include "newsrail/access_log.h"

#include <cstring>
#include <nlohmann/json.hpp>

#include "newsrail/rfc3339.h"
#include "newsrail/rfc822.h"

namespace newsrail {
namespace {

using Json = nlohmann::json;

// "10/Oct/2026:13:55:36 -0700" as RFC 822 reads it ("10 Oct 2026 13:55:36 -0700"). The last
// stamp read is kept: a busy log repeats each second's stamp on many lines.
std::optional<Seconds> combined_time(std::string_view stamp) {
  thread_local std::string last_stamp;
  thread_local std::optional<Seconds> last_time;
  if (stamp == last_stamp) return last_time;
  if (stamp.size() < 20 || stamp.size() > 40) return std::nullopt;
  std::string text(stamp);
  for (char& c : text)
    if (c == '/') c = ' ';
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos) return std::nullopt;
  text[colon] = ' ';
  last_stamp.assign(stamp);
  last_time = parse_rfc822(text);
  return last_time;
}

// Skips spaces from `i`.
std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Reads a field up to the next space from `i`; returns its end.
std::size_t token_end(std::string_view s, std::size_t i) {
  const void* p = std::memchr(s.data() + i, ' ', s.size() - i);
  return p ? static_cast<std::size_t>(static_cast<const char*>(p) - s.data()) : s.size();
}

// Reads a double-quoted field starting at s[i] == '"' (a backslash escapes the next byte, as
// Apache writes \" and nginx \x22). Returns the position after the closing quote, or npos.
std::size_t quoted_end(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '"')
      return i + 1;
  }
  return std::string_view::npos;
}

// Reads a 3-digit status.
int read_status(std::string_view s) {
  if (s.size() != 3) return 0;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n >= 100 && n <= 599 ? n : 0;
}

// The bracketed stamp of a combined line: [from, to) inside the brackets; false when none.
bool find_stamp(std::string_view line, std::size_t& from, std::size_t& to) {
  const std::size_t open = line.find('[');
  if (open == std::string_view::npos) return false;
  const std::size_t close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  from = open + 1;
  to = close;
  return true;
}

std::string parse_combined(std::string_view line, LogRecord& out) {
  std::size_t i = 0;
  std::size_t end = token_end(line, i);
  out.client.assign(line.substr(0, end));
  if (out.client == "-") out.client.clear();
  std::size_t from = 0, to = 0;
  if (!find_stamp(line, from, to)) return "no [time] field";
  const auto time = combined_time(line.substr(from, to - from));
  if (!time) return "the [time] field is not a date like 10/Oct/2026:13:55:36 +0000";
  out.time = *time;
  i = skip_spaces(line, to + 1);
  if (i >= line.size() || line[i] != '"') return "no quoted request after the time";
  end = quoted_end(line, i);
  if (end == std::string_view::npos) return "the request's quotes are not closed";
  const std::string_view request = line.substr(i + 1, end - i - 2);
  const std::size_t sp1 = request.find(' ');
  if (sp1 == std::string_view::npos) {  // "-" or garbage: kept as a request that never counts
    out.method.clear();
    out.path.clear();
  } else {
    out.method.assign(request.substr(0, sp1));
    std::size_t sp2 = request.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) sp2 = request.size();
    out.path.assign(request.substr(sp1 + 1, sp2 - sp1 - 1));
  }
  i = skip_spaces(line, end);
  end = token_end(line, i);
  out.status = read_status(line.substr(i, end - i));
  if (!out.status) return "no 3-digit status after the request";
  i = skip_spaces(line, end);
  end = token_end(line, i);  // bytes sent
  i = skip_spaces(line, end);
  out.user_agent.clear();
  out.purpose.clear();
  if (i < line.size() && line[i] == '"') {  // referer, then the user agent
    end = quoted_end(line, i);
    if (end == std::string_view::npos) return "the referer's quotes are not closed";
    i = skip_spaces(line, end);
    if (i < line.size() && line[i] == '"') {
      end = quoted_end(line, i);
      if (end == std::string_view::npos) return "the user agent's quotes are not closed";
      out.user_agent.assign(line.substr(i + 1, end - i - 2));
      if (out.user_agent == "-") out.user_agent.clear();
    }
  }
  return "";
}

// A JSON member as a string: strings as they are, numbers written out; "" otherwise.
bool json_string(const Json& object, const char* name, std::string& out) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return false;
  if (it->is_string())
    out = it->get_ref<const std::string&>();
  else if (it->is_number())
    out = it->dump();
  else
    return false;
  return true;
}

// "time": RFC 3339, or epoch seconds within the years RFC 3339 can write (0000-9999), so that
// time arithmetic never overflows.
std::optional<Seconds> json_time(const Json& object) {
  const auto it = object.find("time");
  if (it == object.end()) return std::nullopt;
  std::optional<Seconds> t;
  if (it->is_number_unsigned()) {
    if (it->get<std::uint64_t>() <= static_cast<std::uint64_t>(kMaxRfc3339Seconds))
      t = it->get<Seconds>();
  } else if (it->is_number_integer()) {
    t = it->get<Seconds>();
  } else if (it->is_number_float()) {
    const double d = it->get<double>();
    if (d >= static_cast<double>(kMinRfc3339Seconds) &&
        d <= static_cast<double>(kMaxRfc3339Seconds))
      t = static_cast<Seconds>(d);
  } else if (it->is_string()) {
    t = parse_time_argument(it->get_ref<const std::string&>());
  }
  if (t && (*t < kMinRfc3339Seconds || *t > kMaxRfc3339Seconds)) t.reset();
  return t;
}

std::string parse_json_line(std::string_view line, LogRecord& out) {
  const Json object = Json::parse(line.begin(), line.end(), nullptr, false);
  if (object.is_discarded() || !object.is_object()) return "not a JSON object";
  const auto time = json_time(object);
  if (!time) return "\"time\" is missing or not RFC 3339 or epoch seconds";
  out.time = *time;
  if (!json_string(object, "path", out.path) || out.path.empty())
    return "\"path\" is missing or not a string";
  std::string status;
  if (!json_string(object, "status", status) || !(out.status = read_status(status)))
    return "\"status\" is missing or not an HTTP status";
  if (!json_string(object, "method", out.method)) out.method = "GET";
  if (!json_string(object, "user_agent", out.user_agent) || out.user_agent == "-")
    out.user_agent.clear();
  if (!json_string(object, "client", out.client)) out.client.clear();
  if (!json_string(object, "purpose", out.purpose)) out.purpose.clear();
  return "";
}

}  // namespace

std::string parse_log_line(std::string_view line, LogRecord& out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.empty()) return "empty line";
  return line.front() == '{' ? parse_json_line(line, out) : parse_combined(line, out);
}

}  // namespace newsrail
