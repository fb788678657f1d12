// newsrail CLI — the UI strings of shared/i18n/strings.json, read from the copy embedded at build
// time (tools/CMakeLists.txt: kUiStrings, by shared/embed_file.cmake).
#include "ui_strings.h"

#include <cctype>
#include <cstddef>

#include "newsrail/feed_index.h"
#include "newsrail/json.h"
#include "newsrail/rfc3339.h"

namespace newsrail {
extern const unsigned char kUiStrings[];
extern const std::size_t kUiStrings_size;
}  // namespace newsrail

namespace newsrail::cli {
namespace {

const Json& document() {
  static const Json parsed =
      parse_json(std::string_view(reinterpret_cast<const char*>(kUiStrings), kUiStrings_size));
  return parsed;
}

// The member `key` of `table`'s entry for `primary`, else of its "en" entry; "" when neither.
const Json* entry(const char* table, const std::string& primary) {
  const Json* languages = json_member(document(), table);
  if (!languages || !languages->is_object()) return nullptr;
  const Json* found = json_member(*languages, primary.c_str());
  return found && found->is_object() ? found : json_member(*languages, "en");
}

std::string text(const Json* object, const char* key) {
  const Json* value = object ? json_member(*object, key) : nullptr;
  return value && value->is_string() ? std::string(json_text(*value)) : std::string();
}

}  // namespace

bool is_language_tag(std::string_view tag) {
  std::size_t part = 0, length = 0;
  for (std::size_t i = 0; i <= tag.size(); ++i) {
    if (i == tag.size() || tag[i] == '-') {
      if (length < (part == 0 ? 2u : 1u) || length > 8) return false;
      ++part;
      length = 0;
      continue;
    }
    const auto c = static_cast<unsigned char>(tag[i]);
    if (!(std::isalpha(c) || (part > 0 && std::isdigit(c)))) return false;
    ++length;
  }
  return true;
}

UiStrings ui_strings(std::string_view language) {
  UiStrings out;
  out.language = std::string(language);
  const std::string primary = primary_subtag(language);
  if (const Json* rtl = json_member(document(), "rtl"); rtl && rtl->is_array())
    for (const Json& code : *rtl)
      if (code.is_string() && json_text(code) == primary) out.rtl = true;
  const Json* labels = entry("labels", primary);
  out.most_read = text(labels, "most_read");
  out.read_next = text(labels, "read_next");
  out.breaking = text(labels, "breaking");
  const Json* fallback = entry("fallback", primary);
  out.breaking_list = text(fallback, "breaking_list");
  out.date_pattern = text(fallback, "date");
  const Json* months = fallback ? json_member(*fallback, "months") : nullptr;
  for (std::size_t m = 0; months && months->is_array() && m < months->size() && m < 12; ++m)
    if ((*months)[m].is_string()) out.months[m] = std::string(json_text((*months)[m]));
  return out;
}

std::string format_date(Seconds seconds, const UiStrings& strings) {
  const std::string iso = format_rfc3339(seconds);  // YYYY-MM-DDTHH:MM:SSZ
  const int month = std::stoi(iso.substr(5, 2));
  std::string day = iso.substr(8, 2);
  if (day[0] == '0') day.erase(0, 1);
  std::string out = strings.date_pattern;
  const auto put = [&out](std::string_view key, const std::string& value) {
    if (const auto at = out.find(key); at != std::string::npos) out.replace(at, key.size(), value);
  };
  put("{day}", day);
  put("{month}", strings.months[static_cast<std::size_t>(month - 1)]);
  put("{year}", iso.substr(0, 4));
  return out;
}

}  // namespace newsrail::cli
