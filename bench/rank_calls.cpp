// newsrail bench — the ranking calls of bench/native_vs_wasm.sh, natively: reads a snapshot and a
// list of requests (one "question<TAB>request JSON" a line), answers each through answer_json
// (what the wasm modules' nr_most_read, nr_read_next, nr_ticker, nr_record_read call) REPS times,
// and prints one JSON object: per question, the median over the repetitions of the time to answer
// all its requests, in microseconds, plus a hash of every answer (bench/rank-calls.mjs prints the
// same for the wasm module, so the two can be checked equal). A measurement, never a test.
//
//   rank_calls SNAPSHOT REQUESTS [REPS]
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "newsrail/ranking_options.h"
#include "newsrail/service_json.h"
#include "newsrail/snapshot.h"

namespace {

std::string read_all(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// FNV-1a over the answers: equal on both sides when every answer is byte for byte the same.
std::uint32_t fnv(std::uint32_t h, const std::string& s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: rank_calls SNAPSHOT REQUESTS [REPS]\n");
    return 2;
  }
  const int reps = argc > 3 ? std::max(3, std::atoi(argv[3])) : 30;
  newsrail::SnapshotReadResult read = newsrail::read_snapshot(read_all(argv[1]));
  if (!read.index) {
    std::fprintf(stderr, "rank_calls: %s is not a usable snapshot\n", argv[1]);
    return 1;
  }
  const std::map<std::string, newsrail::Question> questions = {
      {"most_read", newsrail::Question::kMostRead},
      {"read_next", newsrail::Question::kReadNext},
      {"ticker", newsrail::Question::kTicker},
      {"record_read", newsrail::Question::kRecordRead}};
  std::map<std::string, std::vector<std::string>> requests;
  std::istringstream lines(read_all(argv[2]));
  for (std::string line; std::getline(lines, line);) {
    const std::size_t tab = line.find('\t');
    if (tab != std::string::npos) requests[line.substr(0, tab)].push_back(line.substr(tab + 1));
  }
  const newsrail::RankingOptions options;
  std::printf("{");
  bool first = true;
  for (const auto& [name, list] : requests) {
    const newsrail::Question q = questions.at(name);
    std::vector<double> times;
    std::uint32_t hash = 2166136261u;
    for (int r = 0; r < reps; ++r) {
      const auto start = std::chrono::steady_clock::now();
      for (const std::string& request : list) {
        const std::string answer = newsrail::answer_json(*read.index, options, q, request);
        if (r == 0) hash = fnv(hash, answer);
      }
      times.push_back(
          std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
              .count());
    }
    std::sort(times.begin(), times.end());
    std::printf("%s\"%s\":{\"calls\":%zu,\"median_us\":%.1f,\"hash\":%u}", first ? "" : ",",
                name.c_str(), list.size(), times[times.size() / 2], hash);
    first = false;
  }
  std::printf("}\n");
  return 0;
}
