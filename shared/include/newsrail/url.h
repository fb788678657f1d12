// newsrail — which URLs a feed may carry into a page (http(s) and relative ones, nothing else),
// and which spellings of a URL name the same article (the key a page's URL is matched by).
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

// Query parameters that say where a reader came from, never which article: a shared link carries
// them (`?utm_source=facebook`, `?fbclid=...`) and they are removed from both sides before a URL
// is matched to a feed item. Every name whose lower case starts with "utm_", and these (compared
// without case): what is_tracking_parameter() tests and the README lists.
inline constexpr std::string_view kTrackingParameters[] = {
    "fbclid", "gclid",  "dclid",  "gbraid",    "wbraid",  "msclkid", "twclid",
    "ttclid", "yclid",  "igshid", "li_fat_id", "mc_cid",  "mc_eid",  "_ga",
    "_gl",    "_hsenc", "_hsmi",  "mkt_tok",   "ref_src", "s_cid",
};
inline constexpr std::string_view kTrackingPrefix = "utm_";

// Returns true when the query parameter named `name` (as written, not percent-decoded) is a
// tracking parameter: kTrackingPrefix + anything, or one of kTrackingParameters, case-insensitive.
bool is_tracking_parameter(std::string_view name);

// A URL as it is matched to the feed's item URLs: the scheme, "www.", the host's case, the
// fragment, a trailing slash of the path, and empty and tracking query parameters are ignored;
// percent-escapes are compared as RFC 3986 normalises them (unreserved characters decoded, hex
// digits in upper case). Never throws.
struct UrlMatchKey {
  std::string host;   // Lower case, without "www." (a port stays); "" for a relative URL.
  std::string path;   // Starts with "/"; no trailing slash except the root "/".
  std::string query;  // The remaining parameters in their order, joined by "&"; "" = none.
};
UrlMatchKey url_match_key(std::string_view url);

// True when a relative URL starts with what looks like a host name ("www.site.example/news/x",
// "site.example/x"): a browser reads it as a path of the page, so the link breaks. A first
// segment looks like a host when it starts with "www." or is dot-separated labels of letters,
// digits and '-' whose last label is 2 to 24 letters and not a file extension ("index.html",
// "story.php?id=3" are paths). Never throws.
bool looks_like_host_without_scheme(std::string_view url);

}  // namespace newsrail
