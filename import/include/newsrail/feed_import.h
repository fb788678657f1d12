// newsrail — imports an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) document into a Feed, which
// feed_to_json() writes as the JSON Feed + `_newsrail` that every reader of newsrail takes.
//
// Native only (newsrail::import, which links Debian's expat): the widget's WebAssembly module never
// reads XML. Bad input is handled like parse_feed handles JSON: a document that cannot be used at
// all gives one kError; an item that cannot be used is skipped with a kWarning naming it
// ("/items/N", N its position among the document's items, with expat's line and column) and the
// rest of the feed is imported; a bad optional field is dropped with a kWarning and its item kept.
#pragma once

#include <string>
#include <string_view>

#include "newsrail/diagnostics.h"
#include "newsrail/feed_parser.h"
#include "newsrail/model.h"

namespace newsrail {

enum class FeedFormat { kUnknown, kRss2, kAtom, kRss1 };

// Returns "RSS 2.0", "Atom 1.0", "RSS 1.0" or "unknown".
const char* feed_format_name(FeedFormat format);

// Where an item's section comes from.
enum class SectionFrom {
  kCategory,  // Its first category (RSS category, Atom category@term, RSS 1.0 dc:subject).
  kPath,      // The first segment of its URL's path, when the path has more than one.
  kNone,      // No section.
};

struct ImportOptions {
  SectionFrom section_from = SectionFrom::kCategory;
  std::string language;  // Non-empty: the feed's language, in place of the document's.
  ParseLimits limits;    // The JSON parser's limits, applied so its reading of the output agrees.
};

struct FeedImportResult {
  Feed feed;                // Whatever could be imported; empty when usable() is false.
  Diagnostics diagnostics;  // In document order.
  FeedFormat format = FeedFormat::kUnknown;
  std::size_t skipped = 0;  // Items of the document left out (each has a kWarning).
  // Returns true when the feed could be read (no kError); it may still hold warnings.
  bool usable() const { return !has_error(diagnostics); }
};

// Imports `xml` (UTF-8, UTF-16, ISO-8859-1 and US-ASCII, as expat reads them, and windows-1252).
// Namespaces are matched by URI, not prefix. A DTD that declares any entity (the door to external
// entities and to entity expansion bombs) stops the import with a kError; nothing is ever fetched.
// Never throws. Cost: one expat pass building a small tree of the document, then one walk over it.
FeedImportResult import_feed(std::string_view xml, const ImportOptions& options = {});

}  // namespace newsrail
