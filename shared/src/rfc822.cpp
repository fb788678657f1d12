// newsrail — RFC 822 dates: read into fields, then checked and converted by parse_rfc3339.
#include "newsrail/rfc822.h"

#include <cstddef>
#include <string>

#include "newsrail/rfc3339.h"

namespace newsrail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower_name) {
  if (word.size() != lower_name.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(word[i]) != lower_name[i]) return false;
  return true;
}

void skip_space(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r' || s[pos] == '\n'))
    ++pos;
}

// Reads 1 to `max` digits; returns the count read (0 = none).
int read_number(std::string_view s, std::size_t& pos, int max, int& out) {
  int n = 0;
  out = 0;
  while (pos < s.size() && is_digit(s[pos]) && n < max) {
    out = out * 10 + (s[pos++] - '0');
    ++n;
  }
  return n;
}

std::string_view read_word(std::string_view s, std::size_t& pos) {
  const std::size_t start = pos;
  while (pos < s.size() && is_alpha(s[pos])) ++pos;
  return s.substr(start, pos - start);
}

// January..December: the first three letters, or the full name.
int month_number(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (equals_lower(word, kMonths[m].substr(0, 3)) || equals_lower(word, kMonths[m])) return m + 1;
    if (m == 8 && equals_lower(word, "sept")) return 9;
  }
  return 0;
}

// Named zones: minutes east of UTC; false when unknown.
bool zone_offset(std::string_view word, int& minutes) {
  static constexpr struct {
    std::string_view name;
    int minutes;
  } kZones[] = {{"gmt", 0},       {"ut", 0},        {"utc", 0},       {"z", 0},
                {"est", -5 * 60}, {"edt", -4 * 60}, {"cst", -6 * 60}, {"cdt", -5 * 60},
                {"mst", -7 * 60}, {"mdt", -6 * 60}, {"pst", -8 * 60}, {"pdt", -7 * 60},
                {"cet", 60},      {"cest", 2 * 60}, {"bst", 60}};
  for (const auto& z : kZones)
    if (equals_lower(word, z.name)) {
      minutes = z.minutes;
      return true;
    }
  return false;
}

void append2(std::string& out, int v) {
  out += static_cast<char>('0' + v / 10 % 10);
  out += static_cast<char>('0' + v % 10);
}

}  // namespace

std::optional<Seconds> parse_rfc822(std::string_view s) {
  std::size_t pos = 0;
  skip_space(s, pos);
  // Day name (any, unchecked: feeds get it wrong), with or without its comma.
  if (pos < s.size() && is_alpha(s[pos])) {
    read_word(s, pos);
    skip_space(s, pos);
    if (pos < s.size() && s[pos] == ',') ++pos;
    skip_space(s, pos);
  }
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  if (!read_number(s, pos, 2, day)) return std::nullopt;
  skip_space(s, pos);
  if (pos < s.size() && s[pos] == '-') ++pos;  // "07-Sep-2002"
  const int month = month_number(read_word(s, pos));
  if (!month) return std::nullopt;
  if (pos < s.size() && (s[pos] == '-' || s[pos] == '.')) ++pos;
  skip_space(s, pos);
  const int year_digits = read_number(s, pos, 4, year);
  if (year_digits == 2)
    year += year < 50 ? 2000 : 1900;
  else if (year_digits != 4)
    return std::nullopt;
  skip_space(s, pos);
  if (!read_number(s, pos, 2, hour) || pos >= s.size() || s[pos++] != ':') return std::nullopt;
  if (read_number(s, pos, 2, minute) != 2) return std::nullopt;
  if (pos < s.size() && s[pos] == ':') {
    ++pos;
    if (read_number(s, pos, 2, second) != 2) return std::nullopt;
  }
  skip_space(s, pos);
  int offset = 0;  // Minutes east of UTC; no zone at all is read as UTC.
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
    const int sign = s[pos++] == '-' ? -1 : 1;
    int hh = 0, mm = 0;
    if (read_number(s, pos, 2, hh) != 2) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') ++pos;
    if (read_number(s, pos, 2, mm) != 2 || hh > 23 || mm > 59) return std::nullopt;
    offset = sign * (hh * 60 + mm);
  } else if (pos < s.size()) {
    if (!zone_offset(read_word(s, pos), offset)) return std::nullopt;
  }
  skip_space(s, pos);
  if (pos < s.size() && s[pos] == '(') {  // A comment: "+0000 (UTC)".
    const std::size_t close = s.find(')', pos);
    if (close == std::string_view::npos) return std::nullopt;
    pos = close + 1;
    skip_space(s, pos);
  }
  if (pos != s.size()) return std::nullopt;
  // "YYYY-MM-DDTHH:MM:SS+HH:MM", checked (real day, hour, minute) and converted by parse_rfc3339.
  std::string iso;
  append2(iso, year / 100);
  append2(iso, year);
  iso += '-';
  append2(iso, month);
  iso += '-';
  append2(iso, day);
  iso += 'T';
  append2(iso, hour);
  iso += ':';
  append2(iso, minute);
  iso += ':';
  append2(iso, second);
  iso += offset < 0 ? '-' : '+';
  append2(iso, (offset < 0 ? -offset : offset) / 60);
  iso += ':';
  append2(iso, (offset < 0 ? -offset : offset) % 60);
  return parse_rfc3339(iso);
}

}  // namespace newsrail
