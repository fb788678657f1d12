// Small hand-built feeds for the ranking tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsrail/model.h"

namespace newsrail::fixtures {

constexpr Seconds kNow = 1750960800;  // 2025-06-26T18:00:00Z
constexpr Seconds kHour = 3600;
constexpr Seconds kDay = 86400;

// An article published `hours_ago` before kNow with 24h views.
inline Article article(std::string id, std::string title, std::string section = "Politics",
                       std::vector<std::string> tags = {}, double hours_ago = 1,
                       std::int64_t views_24h = 0, std::string text = {}) {
  Article a;
  a.id = std::move(id);
  a.url = "https://news.example/" + a.id;
  a.title = std::move(title);
  a.section = std::move(section);
  a.tags = std::move(tags);
  a.text = std::move(text);
  a.language = "en";
  a.published = kNow - static_cast<Seconds>(hours_ago * kHour);
  a.modified = a.published;
  a.views = {{kDay, views_24h}};
  return a;
}

// The bytes of the file at `path` ("" when it cannot be read).
inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline Feed feed(std::vector<Article> items) {
  Feed f;
  f.title = "Fixture";
  f.language = "en";
  f.generated_at = kNow;
  f.items = std::move(items);
  return f;
}

}  // namespace newsrail::fixtures
