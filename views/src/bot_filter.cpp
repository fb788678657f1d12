// newsrail — bot user agents: the crawler-user-agents patterns through PCRE2 with JIT.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "newsrail/bot_filter.h"

#include <pcre2.h>

#include <nlohmann/json.hpp>

namespace newsrail {

extern const unsigned char kCrawlerUserAgents[];
extern const std::size_t kCrawlerUserAgents_size;

std::string_view embedded_bot_list() {
  return {reinterpret_cast<const char*>(kCrawlerUserAgents), kCrawlerUserAgents_size};
}

std::string portable_bot_pattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern.substr(i, 6) == "[\\s\\S]") {
      out += '.';
      i += 5;
    } else if (pattern[i] == '\\' && i + 1 < pattern.size() &&
               (pattern[i + 1] == '/' || pattern[i + 1] == '!')) {
      out += pattern[++i];
    } else if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out += pattern[i];
      out += pattern[++i];
    } else {
      out += pattern[i];
    }
  }
  return out;
}

struct BotFilter::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_data* data = nullptr;
  ~Compiled() {
    pcre2_match_data_free(data);
    pcre2_code_free(code);
  }
};

namespace {

// Compiles `pattern`; nullptr and `error` set when PCRE2 refuses it.
pcre2_code* compile(const std::string& pattern, std::string& error) {
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                 PCRE2_DOLLAR_ENDONLY, &code, &offset, nullptr);
  if (!re) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(code, message, sizeof message);
    error = reinterpret_cast<const char*>(message);
  }
  return re;
}

}  // namespace

BotFilter::BotFilter(std::string_view list_json) {
  const auto list = nlohmann::json::parse(list_json.begin(), list_json.end(), nullptr, false);
  if (list.is_discarded() || !list.is_array()) {
    diagnostics_.push_back(
        {Severity::kError, "", "not a JSON array of {\"pattern\": ...} objects"});
    return;
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& entry = list[i];
    const std::string where = "/" + std::to_string(i) + "/pattern";
    if (!entry.is_object() || !entry.contains("pattern") || !entry["pattern"].is_string()) {
      diagnostics_.push_back({Severity::kWarning, where, "no pattern string; entry ignored"});
      continue;
    }
    std::string pattern = portable_bot_pattern(entry["pattern"].get_ref<const std::string&>());
    std::string error;
    pcre2_code* alone = compile(pattern, error);
    if (!alone) {
      diagnostics_.push_back({Severity::kWarning, where, "pcre2: " + error + "; ignored"});
      continue;
    }
    pcre2_code_free(alone);
    patterns_.push_back(std::move(pattern));
  }
  // Alternations of up to 256 patterns (a compiled pattern has a size limit); halved when PCRE2
  // finds one too large.
  std::size_t chunk = 256;
  for (std::size_t from = 0; from < patterns_.size();) {
    const std::size_t to = std::min(patterns_.size(), from + chunk);
    std::string joined;
    for (std::size_t i = from; i < to; ++i)
      joined += (i > from ? "|(?:" : "(?:") + patterns_[i] + ")";
    std::string error;
    pcre2_code* re = compile(joined, error);
    if (!re && chunk > 1) {
      chunk /= 2;
      continue;
    }
    if (!re) {
      diagnostics_.push_back({Severity::kError, "", "pcre2: " + error});
      return;
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);  // without JIT (unsupported CPU) it still matches
    auto c = std::make_unique<Compiled>();
    c->code = re;
    c->data = pcre2_match_data_create_from_pattern(re, nullptr);
    compiled_.push_back(std::move(c));
    from = to;
  }
  ok_ = true;
}

BotFilter::~BotFilter() = default;
BotFilter::BotFilter(BotFilter&&) noexcept = default;
BotFilter& BotFilter::operator=(BotFilter&&) noexcept = default;

bool BotFilter::match(std::string_view user_agent) const {
  for (const auto& c : compiled_) {
    const int rc = pcre2_match(c->code, reinterpret_cast<PCRE2_SPTR>(user_agent.data()),
                               user_agent.size(), 0, 0, c->data, nullptr);
    if (rc >= 0) return true;
  }
  return false;
}

bool BotFilter::is_bot(std::string_view user_agent) {
  if (user_agent.empty()) return false;
  thread_local std::string key;
  key.assign(user_agent);
  const auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  if (cache_.size() >= kCacheSize) cache_.clear();
  const bool bot = match(user_agent);
  cache_.emplace(key, bot);
  return bot;
}

}  // namespace newsrail
