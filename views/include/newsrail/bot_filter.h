// newsrail — which user agents are bots: the crawler-user-agents list (npm package
// `crawler-user-agents`, embedded at build time, or another copy of its JSON file), matched with
// PCRE2 (JIT), the patterns joined in alternations, the verdict cached per user agent.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newsrail/diagnostics.h"

namespace newsrail {

// The list `newsrail views` uses unless given --bots FILE: crawler-user-agents.json as the npm
// package ships it (see views/CMakeLists.txt for the version).
std::string_view embedded_bot_list();

// Returns a pattern of the list in the form SQLite's REGEXP, PCRE2 and RE2 (ClickHouse's match(),
// BigQuery's REGEXP_CONTAINS) all read the same way: the escapes "\/" and "\!" written as "/" and
// "!", and "[\s\S]" as "." (a user agent has no newline). The list itself is JavaScript regex
// syntax; these are the only constructs in it that SQLite's REGEXP refuses.
std::string portable_bot_pattern(std::string_view pattern);

class BotFilter {
 public:
  // Reads a crawler-user-agents JSON file (an array of objects with a "pattern" string) and
  // compiles its patterns, in their portable form, case-sensitive as the list means them. An
  // entry without a pattern, or one PCRE2 refuses, is reported in diagnostics() and left out.
  // ok() is false when the text is not such a list. Never throws.
  explicit BotFilter(std::string_view list_json);
  ~BotFilter();
  BotFilter(BotFilter&&) noexcept;
  BotFilter& operator=(BotFilter&&) noexcept;

  bool ok() const { return ok_; }
  const Diagnostics& diagnostics() const { return diagnostics_; }
  // The patterns in use, portable form, in the list's order.
  const std::vector<std::string>& patterns() const { return patterns_; }

  // Returns true when some pattern matches `user_agent` anywhere (an empty user agent is no
  // bot). Cached: at most kCacheSize user agents are remembered, then the cache starts over.
  bool is_bot(std::string_view user_agent);
  static constexpr std::size_t kCacheSize = std::size_t{1} << 16;

 private:
  bool match(std::string_view user_agent) const;
  struct Compiled;
  std::vector<std::unique_ptr<Compiled>> compiled_;
  std::vector<std::string> patterns_;
  Diagnostics diagnostics_;
  bool ok_ = false;
  std::unordered_map<std::string, bool> cache_;
};

}  // namespace newsrail
