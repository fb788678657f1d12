// newsrail CLI — `newsrail validate FEED`: the feed parser's diagnostics.
#include <cstdio>

#include "commands.h"
#include "newsrail/rfc3339.h"
#include "newsrail/service.h"
#include "newsrail/service_json.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  const bool as_json = args.flag("--json");
  const bool strict = args.flag("--strict");
  const bool pretty = args.flag("--pretty");
  if (const std::string p = args.one_feed_problem(); !p.empty()) return usage_error(p);
  if (pretty && !as_json) return usage_error("--pretty indents the JSON of --json; add --json");
  const std::string& path = args.rest()[0];
  const auto bytes = read_file(path);
  if (!bytes) return kExitUnusable;
  const ValidateAnswer answer = validate(*bytes);
  const Diagnostics& diagnostics = answer.diagnostics();
  // Usable with warnings: fine, unless --strict (a CI pipeline) makes any warning fail.
  const int status = !answer.usable()                 ? kExitUnusable
                     : strict && !diagnostics.empty() ? kExitWarnings
                                                      : kExitOk;
  if (as_json) {
    std::printf("%s\n", answer_to_json(answer, pretty ? 2 : -1).c_str());
    return status;
  }
  std::size_t errors = 0;
  for (const Diagnostic& d : diagnostics) {
    errors += d.severity == Severity::kError;
    std::printf("%s: %s\n", path.c_str(), format_diagnostic(d).c_str());
  }
  if (answer.snapshot && answer.usable()) {
    const SnapshotSummary& s = answer.snapshot->summary;
    std::printf(
        "%s: usable snapshot (format %u, %zu bytes): %zu items, %zu breaking lines, %zu terms, "
        "%zu labels, language %s, generated %s\n",
        path.c_str(), s.version, s.bytes, s.items, s.breaking, s.terms, s.labels,
        s.language.empty() ? "not given" : s.language.c_str(),
        s.generated_at ? format_rfc3339(s.generated_at).c_str() : "at an unknown time");
  } else if (answer.usable()) {
    std::printf("%s: usable: %zu items, %zu breaking lines, %zu warnings%s\n", path.c_str(),
                answer.parsed.feed.items.size(), answer.parsed.feed.breaking.size(),
                diagnostics.size(), status == kExitWarnings ? " (--strict: warnings fail)" : "");
  } else {
    std::printf("%s: not usable: %zu error(s)\n", path.c_str(), errors);
  }
  return status;
}

}  // namespace

const Command kValidate = {
    "validate", "check a feed and list what is wrong with it, with JSON pointers",
    "Usage: newsrail validate [--strict] [--json [--pretty]] FEED\n\n"
    "Reads FEED (a JSON Feed 1.1 file with the _newsrail extension; '-' reads stdin) and prints\n"
    "every diagnostic: errors make the feed unusable; warnings name an item or field that was\n"
    "skipped or repaired (e.g. /items/7/date_published) while the rest of the feed loads.\n"
    "A snapshot (pack --format binary) is verified and summarised: its format version, size,\n"
    "items, breaking lines, terms and labels; a corrupt one is not usable.\n\n"
    "Options:\n"
    "  --strict  fail on warnings too (exit status 3), e.g. in a CI pipeline\n"
    "  --json    print one JSON object: {usable, form, items, breaking, errors, warnings,\n"
    "            diagnostics} (a snapshot adds snapshot: {version, bytes, terms, labels})\n"
    "  --pretty  indent that JSON\n\n"
    "Exit status: 0 when the feed is usable (warnings allowed without --strict), 1 when it is\n"
    "not, 2 on wrong usage, 3 when --strict and the feed has warnings (with --json too).\n",
    run};

}  // namespace newsrail::cli
