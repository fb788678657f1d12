// newsrail — URL scheme checks, following the WHATWG URL parser's view of schemes; the key a URL
// is matched to the feed's item URLs by.
#include "newsrail/url.h"

#include <algorithm>
#include <iterator>

namespace newsrail {
namespace {

bool is_c0_or_space(unsigned char c) { return c <= 0x20; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  c = lower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// Appends `part` with its percent-escapes normalised (RFC 3986 6.2.2): an escaped unreserved
// character (ALPHA / DIGIT / "-" / "." / "_" / "~") decoded, the other escapes' hex in upper case.
void append_normalised(std::string& out, std::string_view part) {
  out.reserve(out.size() + part.size());
  for (std::size_t i = 0; i < part.size();) {
    // The run up to the next '%' as it is (most URLs have none: one append).
    const std::size_t percent = part.find('%', i);
    const std::size_t run_end = percent == std::string_view::npos ? part.size() : percent;
    out.append(part.data() + i, run_end - i);
    i = run_end;
    if (i == part.size()) break;
    const int hi = i + 2 < part.size() ? hex_value(part[i + 1]) : -1;
    const int lo = hi >= 0 ? hex_value(part[i + 2]) : -1;
    if (lo < 0) {
      out += part[i++];
      continue;
    }
    const char c = static_cast<char>(hi * 16 + lo);
    if (is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[hi];
      out += kHex[lo];
    }
    i += 3;
  }
}

}  // namespace

std::string trim_url(std::string_view url) {
  std::size_t b = 0, e = url.size();
  while (b < e && is_c0_or_space(static_cast<unsigned char>(url[b]))) ++b;
  while (e > b && is_c0_or_space(static_cast<unsigned char>(url[e - 1]))) --e;
  return std::string(url.substr(b, e - b));
}

UrlKind classify_url(std::string_view url) {
  // Reads the URL in place (no copy unless tabs or newlines must be dropped): every feed item's
  // URLs pass here, in the feed parser and the snapshot reader alike.
  std::size_t b = 0, e = url.size();
  while (b < e && is_c0_or_space(static_cast<unsigned char>(url[b]))) ++b;
  while (e > b && is_c0_or_space(static_cast<unsigned char>(url[e - 1]))) --e;
  std::string_view s = url.substr(b, e - b);
  bool dropped = false;
  for (char c : s) {
    if (c == '\t' || c == '\n' || c == '\r') {
      dropped = true;
      continue;
    }
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return UrlKind::kUnsafe;
  }
  std::string kept;  // `s` without its tabs and newlines, when it has any.
  if (dropped) {
    kept.reserve(s.size());
    for (char c : s)
      if (c != '\t' && c != '\n' && c != '\r') kept += c;
    s = kept;
  }
  if (s.empty()) return UrlKind::kEmpty;
  // A scheme is ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") followed by ':'.
  if (is_alpha(s[0])) {
    std::size_t i = 1;
    while (i < s.size() && (is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
                            s[i] == '-' || s[i] == '.'))
      ++i;
    if (i < s.size() && s[i] == ':') {
      const auto scheme_is = [&](std::string_view name) {
        if (i != name.size()) return false;
        for (std::size_t k = 0; k < i; ++k)
          if (lower(s[k]) != name[k]) return false;
        return true;
      };
      if (scheme_is("http") || scheme_is("https")) {
        // "http:foo" without "//" is odd but harmless; require an authority to be strict.
        return s.compare(i + 1, 2, "//") == 0 ? UrlKind::kHttp : UrlKind::kUnsafe;
      }
      return UrlKind::kUnsafe;
    }
  }
  return UrlKind::kRelative;
}

bool is_tracking_parameter(std::string_view name) {
  const auto equal_lower = [](std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (lower(a[i]) != lower_b[i]) return false;
    return true;
  };
  if (name.size() > kTrackingPrefix.size() &&
      equal_lower(name.substr(0, kTrackingPrefix.size()), kTrackingPrefix))
    return true;
  for (std::string_view p : kTrackingParameters)
    if (equal_lower(name, p)) return true;
  return false;
}

UrlMatchKey url_match_key(std::string_view url) {
  UrlMatchKey key;
  if (const std::size_t hash = url.find('#'); hash != std::string_view::npos)
    url = url.substr(0, hash);
  // "scheme://host..." (a "://" before any "/") or "//host...": the host runs to "/" or "?".
  std::string_view host;
  std::size_t authority = std::string_view::npos;
  if (const std::size_t scheme = url.find("://");
      scheme != std::string_view::npos && url.find('/') > scheme)
    authority = scheme + 3;
  else if (url.substr(0, 2) == "//")
    authority = 2;
  if (authority != std::string_view::npos) {
    url.remove_prefix(authority);
    const std::size_t end = url.find_first_of("/?");
    host = url.substr(0, end);
    url = end == std::string_view::npos ? std::string_view() : url.substr(end);
  }
  key.host.assign(host);
  for (char& c : key.host) c = lower(c);
  if (key.host.compare(0, 4, "www.") == 0) key.host.erase(0, 4);

  const std::size_t question = url.find('?');
  const std::string_view path = url.substr(0, question);
  if (path.empty() || path[0] != '/') key.path += '/';
  append_normalised(key.path, path);
  while (key.path.size() > 1 && key.path.back() == '/') key.path.pop_back();

  if (question == std::string_view::npos) return key;
  std::string_view query = url.substr(question + 1);
  while (!query.empty()) {
    const std::size_t amp = query.find('&');
    const std::string_view param = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (param.empty() || is_tracking_parameter(param.substr(0, param.find('=')))) continue;
    if (!key.query.empty()) key.query += '&';
    append_normalised(key.query, param);
  }
  return key;
}

namespace {

// File name endings that make "index.html" or "story.php?id=3" a relative path, not a host.
constexpr std::string_view kFileExtensions[] = {"asp", "aspx", "cgi",  "htm",   "html", "jpeg",
                                                "jpg", "json", "jsp",  "php",   "png",  "shtml",
                                                "svg", "txt",  "webp", "xhtml", "xml"};

}  // namespace

bool looks_like_host_without_scheme(std::string_view url) {
  const std::string_view host = url.substr(0, url.find_first_of("/?#"));
  if (host.find('.') == std::string_view::npos) return false;
  std::size_t label = 0;  // Length of the current label.
  for (const char c : host) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if (alnum || c == '-') {
      ++label;
    } else {
      return false;
    }
  }
  if (label == 0) return false;
  if (host.size() > 4 && (host.substr(0, 4) == "www." || host.substr(0, 4) == "WWW.")) return true;
  const std::string_view last = host.substr(host.size() - label);
  if (last.size() < 2 || last.size() > 24) return false;
  std::string lower;
  for (const char c : last) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    lower += static_cast<char>(c | 0x20);
  }
  return !std::binary_search(std::begin(kFileExtensions), std::end(kFileExtensions), lower);
}

}  // namespace newsrail
