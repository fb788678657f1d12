// newsrail — URL scheme checks, following the WHATWG URL parser's view of schemes.
#include "newsrail/url.h"

namespace newsrail {
namespace {

bool is_c0_or_space(unsigned char c) { return c <= 0x20; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string trim_url(std::string_view url) {
  std::size_t b = 0, e = url.size();
  while (b < e && is_c0_or_space(static_cast<unsigned char>(url[b]))) ++b;
  while (e > b && is_c0_or_space(static_cast<unsigned char>(url[e - 1]))) --e;
  return std::string(url.substr(b, e - b));
}

UrlKind classify_url(std::string_view url) {
  const std::string trimmed = trim_url(url);
  std::string s;
  s.reserve(trimmed.size());
  for (char c : trimmed) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return UrlKind::kUnsafe;
    s += c;
  }
  if (s.empty()) return UrlKind::kEmpty;
  // A scheme is ALPHA *(ALPHA / DIGIT / "+" / "-" / ".") followed by ':'.
  if (is_alpha(s[0])) {
    std::size_t i = 1;
    while (i < s.size() && (is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
                            s[i] == '-' || s[i] == '.'))
      ++i;
    if (i < s.size() && s[i] == ':') {
      std::string scheme;
      for (std::size_t k = 0; k < i; ++k) scheme += lower(s[k]);
      if (scheme == "http" || scheme == "https") {
        // "http:foo" without "//" is odd but harmless; require an authority to be strict.
        return s.compare(i + 1, 2, "//") == 0 ? UrlKind::kHttp : UrlKind::kUnsafe;
      }
      return UrlKind::kUnsafe;
    }
  }
  return UrlKind::kRelative;
}

}  // namespace newsrail
