// newsrail CLI — `newsrail import FEED.xml`: RSS 2.0, Atom 1.0 or RSS 1.0 in, the JSON Feed out.
#include <cstdio>
#include <string>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/feed_import.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  ImportOptions options;
  const auto section_from = args.option("--section-from");
  const auto language = args.option("--language");
  const auto out_path = args.option("-o");
  const bool strict = args.flag("--strict");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (section_from) {
    if (*section_from == "category")
      options.section_from = SectionFrom::kCategory;
    else if (*section_from == "path")
      options.section_from = SectionFrom::kPath;
    else if (*section_from == "none")
      options.section_from = SectionFrom::kNone;
    else
      return usage_error("--section-from must be category, path or none, not " +
                         quoted(*section_from));
  }
  if (language) {
    if (language->empty() || language->size() > 64)
      return usage_error("--language must be a BCP 47 tag such as en or ar, not " +
                         quoted(*language));
    options.language = *language;
  }
  const std::string& path = args.rest()[0];
  const auto bytes = read_file(path);
  if (!bytes) return kExitUnusable;
  const FeedImportResult result = import_feed(*bytes, options);
  for (const Diagnostic& d : result.diagnostics)
    std::fprintf(stderr, "%s: %s\n", path.c_str(), format_diagnostic(d).c_str());
  if (!result.usable()) {
    std::fprintf(stderr, "%s: not usable\n", path.c_str());
    return kExitUnusable;
  }
  const int status = strict && !result.diagnostics.empty() ? kExitWarnings : kExitOk;
  std::fprintf(stderr, "%s: %s: %zu items imported, %zu skipped, %zu warnings%s\n", path.c_str(),
               feed_format_name(result.format), result.feed.items.size(), result.skipped,
               result.diagnostics.size(),
               status == kExitWarnings ? " (--strict: warnings fail, nothing written)" : "");
  if (status != kExitOk) return status;
  return write_feed(result.feed, pretty, out_path);
}

}  // namespace

const Command kImport = {
    "import", "turn an RSS 2.0, Atom 1.0 or RSS 1.0 feed into a newsrail JSON Feed",
    "Usage: newsrail import FEED.xml [--section-from category|path|none] [--language L]\n"
    "                       [--strict] [--pretty] [-o OUT]\n\n"
    "Reads FEED.xml ('-' reads stdin), an RSS 2.0 (with content:encoded, dc:, media: and\n"
    "enclosure), Atom 1.0 or RSS 1.0 (RDF) feed, and writes the JSON Feed 1.1 with the _newsrail\n"
    "extension that validate, pack, views and the widget take (README.md, \"Importing RSS and\n"
    "Atom\", has the mapping). Diagnostics go to stderr: an item without a title, or without a\n"
    "guid/id and a usable link, is skipped with a warning naming it (/items/N, line and column);\n"
    "a bad date or image is dropped and its item kept. A DTD that declares entities is refused.\n\n"
    "Options:\n"
    "  --section-from S  category (default): the item's first category; path: its URL's first\n"
    "                    path segment (/news/x -> news); none\n"
    "  --language L      the feed's language (BCP 47), in place of the channel's\n"
    "  --strict          fail on warnings too (exit status 3, nothing written)\n"
    "  --pretty          indent the JSON\n"
    "  -o OUT            write to OUT instead of stdout\n\n"
    "Exit status: 0 imported (warnings allowed without --strict), 1 the feed is not usable (not\n"
    "XML, not a feed, entities declared), 2 wrong usage, 3 --strict and there were warnings.\n",
    run};

}  // namespace newsrail::cli
