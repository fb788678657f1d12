// libFuzzer target: parse_log_line (views/: `newsrail views`'s access log lines) on each line of
// arbitrary bytes, and read_view_counts_csv (`newsrail views --counts`) on the whole input.
//
// Invariants, a failure traps:
//  - a line is either read (reason "") or refused with a reason, never both, never a crash;
//  - a line read has a status of 100..599, and its fields hold no newline (they come from one
//    line) and are no longer than the line;
//  - the CSV's counts have one entry per item and window, each >= 0; bad rows reported <= 10,
//    each with a line number within the input's.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "../fixtures.h"
#include "fuzz_check.h"
#include "newsrail/access_log.h"
#include "newsrail/view_counts_csv.h"

using namespace newsrail;

namespace {

const FeedIndex& index() {
  static const FeedIndex built(
      fixtures::feed({fixtures::article("a", "Story a"), fixtures::article("b", "Story b"),
                      fixtures::article("c", "Story c")}));
  return built;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  LogRecord record;
  std::size_t from = 0;
  while (from <= input.size()) {
    std::size_t end = input.find('\n', from);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(from, end - from);
    const std::string why = parse_log_line(line, record);
    if (why.empty()) {
      FUZZ_CHECK(record.status >= 100 && record.status <= 599);
      for (const std::string* f :
           {&record.method, &record.path, &record.user_agent, &record.client, &record.purpose}) {
        FUZZ_CHECK(f->find('\n') == std::string::npos);
        FUZZ_CHECK(f->size() <= line.size() + 24);  // a JSON number written out may grow
      }
    }
    from = end + 1;
  }

  const std::vector<Seconds> windows = {3600, 86400};
  const ViewCountsResult counts = read_view_counts_csv(input, index(), windows);
  FUZZ_CHECK(counts.counts.size() == index().size() * windows.size());
  FUZZ_CHECK(std::all_of(counts.counts.begin(), counts.counts.end(),
                         [](std::int64_t v) { return v >= 0; }));
  FUZZ_CHECK(counts.diagnostics.size() <= 10 && counts.diagnostics.size() <= counts.bad_rows);
  const auto lines = static_cast<std::size_t>(std::count(input.begin(), input.end(), '\n')) + 1;
  for (const Diagnostic& d : counts.diagnostics)
    FUZZ_CHECK(d.line >= 1 && static_cast<std::size_t>(d.line) <= lines);
  return 0;
}
