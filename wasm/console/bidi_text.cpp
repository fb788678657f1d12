// newsrail console — bidi ordering and Arabic shaping with FriBidi (see bidi_text.h).
#include "bidi_text.h"

#include <vector>

#include "newsrail/utf8.h"

#include "fribidi.h"

namespace nrc {
namespace {

// Below U+0590 every character is left-to-right or neutral (Hebrew, Arabic, the other RTL
// scripts, RLM and the explicit embeddings and isolates all lie above), so FriBidi would return
// such text unchanged.
bool MayNeedBidi(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (newsrail::decode_utf8(text, pos) >= 0x0590) return true;
  }
  return false;
}

}  // namespace

BidiText PrepareBidi(std::string_view logical) {
  BidiText out;
  if (!MayNeedBidi(logical)) {
    out.visual = std::string(logical);
    return out;
  }
  std::vector<FriBidiChar> text;
  text.reserve(logical.size());
  for (std::size_t pos = 0; pos < logical.size();)
    text.push_back(newsrail::decode_utf8(logical, pos));
  const auto len = static_cast<FriBidiStrIndex>(text.size());
  std::vector<FriBidiChar> visual(text.size());
  FriBidiParType base = FRIBIDI_PAR_ON;
  if (!fribidi_log2vis(text.data(), len, &base, visual.data(), nullptr, nullptr, nullptr)) {
    out.visual = std::string(logical);  // Out of memory: the text as it is beats none.
    return out;
  }
  const FriBidiStrIndex kept =
      fribidi_remove_bidi_marks(visual.data(), len, nullptr, nullptr, nullptr);
  out.visual.reserve(logical.size());
  for (FriBidiStrIndex i = 0; i < kept; ++i)
    newsrail::append_utf8(out.visual, visual[static_cast<std::size_t>(i)]);
  out.rtl = FRIBIDI_IS_RTL(base);
  return out;
}

const BidiText& BidiCache::Get(const std::string& logical) {
  auto it = map_.find(logical);
  if (it != map_.end()) return it->second;
  if (map_.size() >= capacity_) map_.clear();
  return map_.emplace(logical, PrepareBidi(logical)).first->second;
}

}  // namespace nrc
