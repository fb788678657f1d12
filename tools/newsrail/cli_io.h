// newsrail CLI — argument and file helpers shared by the subcommands (platform code lives here).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsrail::cli {

// The arguments after the subcommand name, with simple --flag / --flag VALUE handling.
class Args {
 public:
  explicit Args(std::vector<std::string> args) : args_(std::move(args)) {}
  // Returns true and removes it when the flag is present.
  bool flag(const std::string& name);
  // Returns the value after `name` (or of --name=value) and removes both; nullopt when absent.
  std::optional<std::string> option(const std::string& name);
  // Returns what is left, in order; call after every flag/option was taken.
  const std::vector<std::string>& rest() const { return args_; }
  // Returns the first leftover argument that starts with "--", or "".
  std::string unknown_flag() const;
  // Set when an option was given without its value.
  std::string missing_value;
  // Once every flag and option was taken: the usage error for an option given without its value
  // or an unknown option, in that order; "" when neither.
  std::string problem() const;
  // problem(), else "give exactly one FEED file" unless exactly one argument is left: what the
  // commands that read one FEED check.
  std::string one_feed_problem() const;

 private:
  std::vector<std::string> args_;
};

// Reads a whole file ("-" = stdin). Returns nullopt, after printing "newsrail: cannot open PATH"
// (or "cannot read") to stderr, on failure.
std::optional<std::string> read_file(const std::string& path);

// Writes `text` to `path` (nullopt or "-" = stdout). Returns false, after printing "newsrail:
// cannot write PATH" to stderr, when it cannot be written whole.
bool write_output(const std::optional<std::string>& path, const std::string& text);

// Names the subcommand that is running, for usage_error: its name and its help text, whose lines
// up to the first blank one are its usage. main() calls it before the command runs.
void set_usage_command(const char* name, const char* help);

// Prints to stderr "newsrail: <command>: <message>", the command's usage lines and "Try 'newsrail
// <command> --help'." (outside a command: "newsrail: <message>" and "Try 'newsrail --help'.");
// returns the exit code 2 (usage) for chaining.
int usage_error(const std::string& message);

// Returns `value` in double quotes, cut to 40 bytes: how a usage error shows a bad argument.
std::string quoted(const std::string& value);

// Exit codes, as `newsrail --help` and the README list them.
constexpr int kExitOk = 0;
constexpr int kExitUnusable = 1;  // The input cannot be used (unreadable, not a feed ...).
constexpr int kExitUsage = 2;     // Wrong arguments.
constexpr int kExitWarnings = 3;  // `validate --strict`: the feed is usable but has warnings.

}  // namespace newsrail::cli
