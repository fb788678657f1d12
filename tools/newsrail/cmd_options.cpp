// newsrail CLI — `newsrail options [O.json]`: the ranking options in effect, as JSON.
#include <cstdio>

#include "cli_feed.h"
#include "commands.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  args.flag("--pretty");  // Accepted as every JSON command takes it: options are always indented.
  if (const std::string f = args.unknown_flag(); !f.empty())
    return usage_error("unknown option " + f);
  if (args.rest().size() > 1) return usage_error("give at most one options file");
  RankingOptions options;
  if (!args.rest().empty() && !load_options(args.rest()[0], options)) return kExitUnusable;
  std::printf("%s\n", ranking_options_to_json(options).c_str());
  return 0;
}

}  // namespace

const Command kOptions = {
    "options", "print the ranking options in effect (the defaults, or a file's) as JSON",
    "Usage: newsrail options [O.json] [--pretty]\n\n"
    "Prints every ranking weight, half-life and threshold as JSON: the defaults, or those of\n"
    "O.json (missing keys keep their defaults; bad values are reported on stderr and ignored).\n"
    "The output is what --options, the widget's data-config and the console's export read.\n"
    "It is always indented (--pretty is accepted, as by every command that prints JSON).\n",
    run};

}  // namespace newsrail::cli
