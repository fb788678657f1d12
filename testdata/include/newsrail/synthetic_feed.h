// newsrail — synthetic feeds for tests and benchmarks: a realistic JSON Feed 1.1 document with the
// _newsrail extension (stories, three languages, heavy-tailed views, breaking items), generated
// from a seed with integer arithmetic only, so the bytes are the same on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace newsrail {

struct SyntheticOptions {
  std::size_t articles = 1000;    // Number of items, exactly.
  std::uint64_t seed = 1;         // Same options => same bytes (native and WebAssembly alike).
  std::int64_t now = 1750960800;  // generated_at, UTC epoch seconds (2025-06-26T18:00:00Z).
  std::size_t breaking = 12;      // Number of breaking items, exactly.
  bool full_text = true;          // Include content_text bodies (false: title + summary only).
  int percent_spanish = 15;       // Share of articles in Spanish, clamped to 0..100.
  int percent_arabic = 15;        // Share in Arabic, clamped to 0..100 - Spanish; rest English.
  int indent = -1;                // Spaces per level; -1 = one line.
};

// Returns a JSON Feed 1.1 document with the _newsrail extension, as UTF-8 text. Deterministic.
std::string make_synthetic_feed(const SyntheticOptions& options);

}  // namespace newsrail
