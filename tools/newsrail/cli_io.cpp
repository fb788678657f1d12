// newsrail CLI — argument and file helpers.
#include "cli_io.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "newsrail/utf8.h"

namespace newsrail::cli {

bool Args::flag(const std::string& name) {
  for (auto it = args_.begin(); it != args_.end(); ++it)
    if (*it == name) {
      args_.erase(it);
      return true;
    }
  return false;
}

std::optional<std::string> Args::option(const std::string& name) {
  for (auto it = args_.begin(); it != args_.end(); ++it) {
    if (*it == name) {
      if (std::next(it) == args_.end()) {
        missing_value = name;
        args_.erase(it);
        return std::nullopt;
      }
      std::string value = *std::next(it);
      args_.erase(it, it + 2);
      return value;
    }
    if (it->rfind(name + "=", 0) == 0) {
      std::string value = it->substr(name.size() + 1);
      args_.erase(it);
      return value;
    }
  }
  return std::nullopt;
}

std::string Args::unknown_flag() const {
  for (const std::string& a : args_)
    if (a.size() > 1 && a[0] == '-' && a != "-") return a;
  return {};
}

std::string Args::problem() const {
  if (!missing_value.empty()) return missing_value + " needs a value";
  if (const std::string f = unknown_flag(); !f.empty()) return "unknown option " + f;
  return {};
}

std::string Args::one_feed_problem() const {
  if (std::string p = problem(); !p.empty()) return p;
  return rest().size() == 1 ? std::string() : "give exactly one FEED file";
}

std::optional<std::string> read_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "newsrail: cannot open %s\n", path.c_str());
    return std::nullopt;
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    std::fprintf(stderr, "newsrail: cannot read %s\n", path.c_str());
    return std::nullopt;
  }
  return data;
}

bool write_output(const std::optional<std::string>& path, const std::string& text) {
  const bool to_stdout = !path || *path == "-";
  std::FILE* out = to_stdout ? stdout : std::fopen(path->c_str(), "wb");
  bool ok = out != nullptr;
  if (ok) {
    ok = std::fwrite(text.data(), 1, text.size(), out) == text.size();
    ok = (to_stdout ? std::fflush(out) == 0 : std::fclose(out) == 0) && ok;
  }
  if (!ok)
    std::fprintf(stderr, "newsrail: cannot write %s\n", to_stdout ? "stdout" : path->c_str());
  return ok;
}

namespace {

const char* g_command = nullptr;  // The running subcommand (set_usage_command), or none.
const char* g_help = nullptr;

}  // namespace

void set_usage_command(const char* name, const char* help) {
  g_command = name;
  g_help = help;
}

int usage_error(const std::string& message) {
  if (!g_command) {
    std::fprintf(stderr, "newsrail: %s\nTry 'newsrail --help'.\n", message.c_str());
    return kExitUsage;
  }
  const std::string help = g_help ? g_help : "";
  const std::size_t blank = help.find("\n\n");
  const std::string usage = help.substr(0, blank == std::string::npos ? help.size() : blank + 1);
  std::fprintf(stderr, "newsrail: %s: %s\n%sTry 'newsrail %s --help'.\n", g_command,
               message.c_str(), usage.c_str(), g_command);
  return kExitUsage;
}

std::string quoted(const std::string& value) {
  if (value.size() <= 40) return "\"" + value + "\"";
  return "\"" + std::string(truncate_utf8(value, 37)) + "...\"";
}

}  // namespace newsrail::cli
