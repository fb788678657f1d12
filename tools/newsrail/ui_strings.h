// newsrail CLI — the UI strings for one language, from shared/i18n/strings.json (embedded at build
// time): the headings and labels the widget's loader shows (it copies the same file's `labels`,
// scripts/strings.mjs) and what only `newsrail render` writes (the ticker list's name, dates).
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "newsrail/model.h"

namespace newsrail::cli {

struct UiStrings {
  std::string language;  // The tag asked for, as given (the fragment's lang attribute).
  bool rtl = false;      // Its primary subtag is in strings.json's `rtl`.
  std::string most_read, read_next, breaking;  // Headings / label, as the widget shows them.
  std::string breaking_list;                   // The ticker list's accessible name.
  std::string date_pattern;                    // {day} {month} {year}
  std::array<std::string, 12> months;          // Short month names, January first.
};

// True for a tag of the form the loader's Intl accepts in practice: letters (2 to 8), then
// `-`-separated parts of 1 to 8 letters or digits ("en", "es-419", "ar-EG", "zh-Hant-TW").
bool is_language_tag(std::string_view tag);

// Returns the strings for `language` by its primary subtag (case ignored); a language the file
// lacks gets English's, as in the loader. Never throws.
UiStrings ui_strings(std::string_view language);

// Returns the UTC date of `seconds` in the language's pattern, e.g. "24 Jun 2025". Never throws.
std::string format_date(Seconds seconds, const UiStrings& strings);

}  // namespace newsrail::cli
