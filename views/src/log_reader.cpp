// newsrail — log files through zlib's gzread, which reads gzip and plain files alike.
#include "newsrail/log_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace newsrail {

struct LogReader::File {
  gzFile gz = nullptr;
};

namespace {
constexpr std::size_t kChunk = std::size_t{1} << 20;
}

LogReader::LogReader(const std::string& path) : file_(std::make_unique<File>()) {
  errno = 0;
  file_->gz = path == "-" ? gzdopen(dup(0), "rb") : gzopen(path.c_str(), "rb");
  if (!file_->gz) {
    error_ = "cannot read " + path + (errno ? std::string(": ") + std::strerror(errno) : "");
    return;
  }
  gzbuffer(file_->gz, 256 * 1024);
}

LogReader::~LogReader() {
  if (file_->gz) gzclose(file_->gz);
}

bool LogReader::fill() {
  if (eof_) return false;
  buffer_.erase(0, begin_);
  begin_ = 0;
  const std::size_t kept = buffer_.size();
  buffer_.resize(kept + kChunk);
  const int n = gzread(file_->gz, buffer_.data() + kept, static_cast<unsigned>(kChunk));
  if (n < 0) {
    int code = 0;
    error_ = gzerror(file_->gz, &code);
    buffer_.resize(kept);
    eof_ = true;
    return false;
  }
  buffer_.resize(kept + static_cast<std::size_t>(n));
  if (n == 0) eof_ = true;
  return n > 0;
}

bool LogReader::next(std::string_view& line) {
  if (!file_->gz) return false;
  std::size_t scanned = begin_;
  for (;;) {
    const void* nl = std::memchr(buffer_.data() + scanned, '\n', buffer_.size() - scanned);
    if (nl) {
      const std::size_t end =
          static_cast<std::size_t>(static_cast<const char*>(nl) - buffer_.data());
      line = std::string_view(buffer_.data() + begin_, end - begin_);
      begin_ = end + 1;
      return true;
    }
    scanned = buffer_.size() - begin_;  // fill() moves the unread bytes to the front
    if (!fill()) break;
  }
  if (begin_ < buffer_.size()) {
    line = std::string_view(buffer_.data() + begin_, buffer_.size() - begin_);
    begin_ = buffer_.size();
    return true;
  }
  return false;
}

}  // namespace newsrail
