// newsrail CLI — entry point: dispatches to one subcommand per file (cmd_*.cpp).
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"

namespace {

using newsrail::cli::Command;

const Command* const kCommands[] = {&newsrail::cli::kValidate, &newsrail::cli::kMostRead,
                                    &newsrail::cli::kReadNext, &newsrail::cli::kTicker,
                                    &newsrail::cli::kRender,   &newsrail::cli::kPack,
                                    &newsrail::cli::kOptions,  &newsrail::cli::kSynth,
                                    &newsrail::cli::kImport,   &newsrail::cli::kViews};

void print_help() {
  std::printf(
      "newsrail — rank a news feed the way the newsrail widget does.\n\n"
      "Usage: newsrail COMMAND [OPTIONS] ...\n\nCommands:\n");
  for (const Command* c : kCommands) std::printf("  %-12s %s\n", c->name, c->summary);
  std::printf(
      "\nRun 'newsrail COMMAND --help' for a command's options.\n"
      "Feeds are JSON Feed 1.1 files with the _newsrail extension (see README.md).\n"
      "Commands that print JSON take --pretty (indented).\n"
      "Exit codes: 0 success, 1 the input is unusable, 2 wrong usage, 3 'validate --strict'\n"
      "found warnings.\n");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") ||
      !std::strcmp(argv[1], "help")) {
    print_help();
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::printf("newsrail 0.1.0\n");
    return 0;
  }
  for (const Command* c : kCommands) {
    if (std::strcmp(argv[1], c->name) != 0) continue;
    newsrail::cli::Args args(std::vector<std::string>(argv + 2, argv + argc));
    if (args.flag("--help") || args.flag("-h")) {
      std::printf("%s", c->help);
      return 0;
    }
    newsrail::cli::set_usage_command(c->name, c->help);
    return c->run(args);
  }
  return newsrail::cli::usage_error(std::string("unknown command '") + argv[1] + "'");
}
