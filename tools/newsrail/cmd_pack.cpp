// newsrail CLI — `newsrail pack FEED`: the browser-ready feed (no full texts, top terms kept).
#include <cstdio>
#include <string>

#include "cli_feed.h"
#include "commands.h"
#include "newsrail/model.h"
#include "newsrail/pack.h"
#include "newsrail/service.h"
#include "newsrail/snapshot.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  PackOptions options;
  const auto terms = args.option("--terms");
  const auto format = args.option("--format");
  if (args.flag("--pretty")) options.indent = 2;
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (terms &&
      (!parse_limit(terms, options.terms_per_item) || options.terms_per_item > kMaxItemTerms))
    return usage_error("--terms must be 1 to " + std::to_string(kMaxItemTerms) + ", not " +
                       quoted(*terms) + " (feed readers keep at most " +
                       std::to_string(kMaxItemTerms) + " terms an item and drop the rest)");
  const bool binary = format && *format == "binary";
  if (format && !binary && *format != "json")
    return usage_error("--format must be json or binary, not " + quoted(*format));
  if (binary && options.indent >= 0) return usage_error("--pretty indents JSON, not a snapshot");
  const auto index = load_index(args.rest()[0]);
  if (!index) return kExitUnusable;
  const std::string out = pack_feed(*index, options);
  if (binary) {
    // The snapshot of the packed feed's index: the lists it gives are the packed JSON feed's.
    LoadAnswer packed = load(out);
    if (!packed.index) {
      for (const Diagnostic& d : packed.diagnostics)
        std::fprintf(stderr, "newsrail: packed feed: %s\n", format_diagnostic(d).c_str());
      return kExitUnusable;
    }
    const std::string snapshot = write_snapshot(*packed.index);
    std::fwrite(snapshot.data(), 1, snapshot.size(), stdout);
    return std::ferror(stdout) ? kExitUnusable : 0;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace

const Command kPack = {
    "pack", "write a browser-ready feed: texts dropped, each item's top terms kept",
    "Usage: newsrail pack FEED [--terms N] [--pretty] > small.json\n"
    "       newsrail pack FEED --format binary [--terms N] > feed.nrs\n\n"
    "Writes FEED without content_text/content_html; each item keeps its N strongest terms\n"
    "(count x IDF, default 24) in _newsrail.terms, which Read Next uses in place of the text.\n"
    "Invalid items are left out (as every reader of the feed would skip them).\n\n"
    "--format binary writes the packed feed's index instead: a snapshot (FlatBuffers; validate\n"
    "shows its format version) the widget ranks from without parsing or tokenising; its lists\n"
    "are the packed JSON feed's. Serve it as data-feed; write it again whenever the feed "
    "changes.\n\n"
    "Options:\n"
    "  --terms N   terms kept per item, 1 to 64 (default 24): readers keep at most 64 and\n"
    "              drop the rest with a warning, so more are refused\n"
    "  --format F  json (the default) or binary (a snapshot)\n"
    "  --pretty    indent the JSON\n",
    run};

}  // namespace newsrail::cli
