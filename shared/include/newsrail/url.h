// newsrail — which URLs a feed may carry into a page: http(s) and relative ones, nothing else.
#pragma once

#include <string>
#include <string_view>

namespace newsrail {

enum class UrlKind {
  kEmpty,     // Nothing but whitespace.
  kHttp,      // http: or https: absolute URL.
  kRelative,  // Path, query, fragment or protocol-relative ("//host/x"): resolves to the page's
              // scheme.
  kUnsafe,    // Any other scheme (javascript:, data:, vbscript:, file:, ...) or control characters.
};

// Classifies `url` the way a browser would read it: leading/trailing spaces and C0 controls are
// ignored, tabs and newlines inside are dropped ("java\tscript:" is javascript:). Never throws.
UrlKind classify_url(std::string_view url);

// Returns true for kHttp and kRelative.
inline bool is_safe_url(std::string_view url) {
  const UrlKind kind = classify_url(url);
  return kind == UrlKind::kHttp || kind == UrlKind::kRelative;
}

// Returns `url` with surrounding whitespace removed (what the feed parser stores).
std::string trim_url(std::string_view url);

}  // namespace newsrail
