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

 private:
  std::vector<std::string> args_;
};

// Reads a whole file ("-" = stdin). Returns nullopt and fills `error` on failure.
std::optional<std::string> read_file(const std::string& path, std::string& error);

// Prints "newsrail: <message>" to stderr; returns the exit code 2 (usage) for chaining.
int usage_error(const std::string& message);

}  // namespace newsrail::cli
