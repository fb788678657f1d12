// newsrail CLI — `newsrail options [O.json]`: the ranking options in effect, as JSON. Its --help
// prints the table of every option (key, accepted values, default, what it does), generated from
// kRankingOptions: the README's table is a copy of that output.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "cli_feed.h"
#include "commands.h"

namespace newsrail::cli {
namespace {

int run(Args& args) {
  args.flag("--pretty");  // Accepted as every JSON command takes it: options are always indented.
  if (const std::string p = args.problem(); !p.empty()) return usage_error(p);
  if (args.rest().size() > 1) return usage_error("give at most one options file");
  RankingOptions options;
  if (!args.rest().empty() && !load_options(args.rest()[0], options)) return kExitUnusable;
  std::printf("%s\n", ranking_options_to_json(options).c_str());
  return 0;
}

constexpr std::size_t kWidth = 100;  // Columns of the table; the help column wraps within it.

// Appends `text` to `out` in lines of at most `width` characters (breaking at spaces), every line
// but the first indented by `indent` spaces.
void append_wrapped(std::string& out, std::string_view text, std::size_t indent,
                    std::size_t width) {
  std::size_t column = 0;
  while (!text.empty()) {
    const std::size_t space = text.find(' ');
    const std::string_view word = text.substr(0, space);
    if (column > 0 && column + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    text = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
  }
}

// The help: usage, then one row per option of kRankingOptions under its group's name.
std::string options_help() {
  std::string out =
      "Usage: newsrail options [O.json] [--pretty]\n\n"
      "Prints every ranking weight, half-life and threshold as JSON: the defaults, or those of\n"
      "O.json (missing keys keep their defaults; bad values are reported on stderr and ignored).\n"
      "The output is what --options, the widget's data-config and the console's export read.\n"
      "It is always indented (--pretty is accepted, as by every command that prints JSON).\n\n"
      "The options: JSON key, accepted values (outside them a value is reported and the default\n"
      "kept), default, what it does. Durations take \"90s\", \"30m\", \"6h\", \"2d\", \"1w\" or "
      "whole\n"
      "seconds. Described once in the core (kRankingOptions, shared/include/newsrail/\n"
      "ranking_options.h), which the console's sliders follow too.\n\n";
  const RankingOptions defaults;
  std::size_t key_width = 0, range_width = 0, default_width = 0;
  for (const OptionInfo& o : kRankingOptions) {
    key_width = std::max(key_width, std::string_view(o.key).size());
    range_width = std::max(range_width, option_range_text(o).size());
    default_width = std::max(default_width, option_value_text(o, defaults).size());
  }
  const std::size_t help_column = 2 + key_width + 2 + range_width + 2 + default_width + 2;
  std::string_view group;
  for (const OptionInfo& o : kRankingOptions) {
    if (group != o.group) out += std::string(group = o.group) + "\n";
    std::string row = "  " + std::string(o.key);
    row.resize(2 + key_width + 2, ' ');
    row += option_range_text(o);
    row.resize(2 + key_width + 2 + range_width + 2, ' ');
    row += option_value_text(o, defaults);
    row.resize(help_column, ' ');
    append_wrapped(row, o.help, help_column, kWidth - help_column);
    out += row + "\n";
  }
  return out;
}

}  // namespace

const Command kOptions = {"options",
                          "print the ranking options in effect (the defaults, or a file's) as JSON",
                          []() {
                            static const std::string help = options_help();
                            return help.c_str();
                          }(),
                          run};

}  // namespace newsrail::cli
