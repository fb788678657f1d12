// libFuzzer target: import_feed (RSS 2.0, Atom 1.0, RSS 1.0 through expat) on arbitrary bytes,
// then the JSON Feed it writes read back by parse_feed.
//
// Invariants (a failure traps, so libFuzzer keeps the input):
//  - an unusable result (a kError) carries no items; a usable one has no kError;
//  - every diagnostic has a message, a path "" or "/...", and both are valid UTF-8;
//  - every kept item has a non-empty id and title, unique ids, valid UTF-8, a safe URL and image;
//  - feed_to_json's output parses back usable, with the same items (ids, titles, urls) in order,
//    and without a diagnostic about any item: the importer applied the JSON reader's rules.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "fuzz_check.h"
#include "newsrail/feed_import.h"
#include "newsrail/feed_parser.h"
#include "newsrail/feed_writer.h"
#include "newsrail/url.h"
#include "newsrail/utf8.h"

using namespace newsrail;

namespace {

void check(const FeedImportResult& r) {
  for (const Diagnostic& d : r.diagnostics) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(is_valid_utf8(d.message) && is_valid_utf8(d.path));
    FUZZ_CHECK(d.path.empty() || d.path[0] == '/');
  }
  if (!r.usable()) {
    FUZZ_CHECK(r.feed.items.empty());
    return;
  }
  std::unordered_set<std::string> ids;
  for (const Article& a : r.feed.items) {
    FUZZ_CHECK(!a.id.empty() && !a.title.empty());
    FUZZ_CHECK(ids.insert(a.id).second);
    FUZZ_CHECK(is_valid_utf8(a.id) && is_valid_utf8(a.title) && is_valid_utf8(a.summary) &&
               is_valid_utf8(a.text));
    FUZZ_CHECK(a.url.empty() || is_safe_url(a.url));
    FUZZ_CHECK(a.image.url.empty() || classify_url(a.image.url) == UrlKind::kHttp);
  }
  const FeedParseResult back = parse_feed(feed_to_json(r.feed));
  FUZZ_CHECK(back.usable());
  FUZZ_CHECK(back.feed.items.size() == r.feed.items.size());
  for (std::size_t i = 0; i < r.feed.items.size(); ++i) {
    FUZZ_CHECK(back.feed.items[i].id == r.feed.items[i].id);
    FUZZ_CHECK(back.feed.items[i].title == r.feed.items[i].title);
    FUZZ_CHECK(back.feed.items[i].url == r.feed.items[i].url);
  }
  for (const Diagnostic& d : back.diagnostics) FUZZ_CHECK(d.path.rfind("/items", 0) != 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  ImportOptions options;
  check(import_feed(xml, options));
  options.section_from = SectionFrom::kPath;  // The other section rule and the small limits.
  options.limits.max_title_bytes = 16;
  options.limits.max_summary_bytes = 16;
  options.limits.max_field_bytes = 8;
  options.limits.max_list_entries = 2;
  options.limits.max_items = 3;
  check(import_feed(xml, options));
  return 0;
}
