// newsrail — reads a log file line by line, plain or gzip-compressed (zlib tells them apart by
// their first bytes), without holding more than one buffer of it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace newsrail {

class LogReader {
 public:
  // Opens `path` ("-" = stdin). ok() is false, and error() says why, when it cannot be read.
  explicit LogReader(const std::string& path);
  ~LogReader();
  LogReader(const LogReader&) = delete;
  LogReader& operator=(const LogReader&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // Sets `line` to the next line without its newline (valid until the next call) and returns
  // true; false at the end or on a read error (then error() is set). A last line without a
  // newline is returned too. Memory: one buffer of 1 MiB plus the longest line.
  bool next(std::string_view& line);

 private:
  bool fill();
  struct File;
  std::unique_ptr<File> file_;
  std::string error_;
  std::string buffer_;
  std::size_t begin_ = 0;  // First unread byte in buffer_.
  bool eof_ = false;
};

}  // namespace newsrail
