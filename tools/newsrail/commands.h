// newsrail CLI — the subcommands. Each returns the process exit code and never throws.
#pragma once

#include "cli_io.h"

namespace newsrail::cli {

struct Command {
  const char* name;
  const char* summary;  // One line for `newsrail --help`.
  const char* help;     // Full text for `newsrail NAME --help`.
  int (*run)(Args& args);
};

extern const Command kValidate;
extern const Command kImport;
extern const Command kMostRead;
extern const Command kReadNext;
extern const Command kTicker;
extern const Command kRender;
extern const Command kPack;
extern const Command kOptions;
extern const Command kSynth;
extern const Command kViews;

}  // namespace newsrail::cli
