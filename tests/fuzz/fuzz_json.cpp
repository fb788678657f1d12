// libFuzzer target: the core's JSON reader and writer, differentially against nlohmann-json.
//
// Invariants (a failure traps):
//  - JsonDocument::parse accepts exactly what nlohmann-json accepts (RFC 8259), except that it
//    refuses nesting deeper than JsonDocument::kMaxDepth, which nlohmann reads, and reads a number
//    beyond the double range (1e400) as an infinity, where nlohmann refuses the whole text (one
//    absurd view count must not cost a feed all its items), and refuses a NUL byte, which is
//    never JSON but where nlohmann stops reading and accepts what came before;
//  - what both accept holds the same values (numbers bit for bit, strings byte for byte, objects
//    with the last of duplicate keys);
//  - a syntax error's offset lies within the input and its message is valid UTF-8;
//  - JsonWriter's copy of the parsed value (compact and indented) is accepted by nlohmann and
//    holds the same values again, and parsing it with JsonDocument gives the same text back.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "../json_same.h"
#include "fuzz_check.h"
#include "newsrail/json_reader.h"
#include "newsrail/json_writer.h"
#include "newsrail/utf8.h"

using namespace newsrail;
using newsrail::testing::same_as_nlohmann;

namespace {

bool has_infinity(JsonValue v) {
  if (v.is_number()) return std::isinf(v.number());
  for (const JsonValue e : v.elements())
    if (has_infinity(e)) return true;
  for (const auto& [key, value] : v.members())
    if (has_infinity(value)) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  JsonDocument doc;
  const bool ours = doc.parse(text);
  if (text.find('\0') != std::string_view::npos) {
    FUZZ_CHECK(!ours);
    return 0;
  }
  const nlohmann::json theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (!ours) {
    FUZZ_CHECK(doc.error().offset <= size);
    FUZZ_CHECK(!doc.error().message.empty());
    FUZZ_CHECK(is_valid_utf8(doc.error().message));
    const bool too_deep = doc.error().message.rfind("nested deeper", 0) == 0;
    FUZZ_CHECK(too_deep || theirs.is_discarded());
    return 0;
  }
  if (theirs.is_discarded()) {
    FUZZ_CHECK(has_infinity(doc.root()));
    return 0;
  }
  FUZZ_CHECK(same_as_nlohmann(doc.root(), theirs));

  for (int indent : {-1, 2}) {
    const std::string written = JsonWriter(indent).value(doc.root()).take();
    FUZZ_CHECK(is_valid_utf8(written));
    const nlohmann::json again = nlohmann::json::parse(written, nullptr, false);
    FUZZ_CHECK(!again.is_discarded());
    JsonDocument reread;
    FUZZ_CHECK(reread.parse(written));
    FUZZ_CHECK(same_as_nlohmann(reread.root(), again));
    FUZZ_CHECK(same_as_nlohmann(reread.root(), theirs));
    FUZZ_CHECK(JsonWriter(indent).value(reread.root()).take() == written);
  }
  return 0;
}
