// newsrail console — text made ready for Dear ImGui, which draws glyphs one by one, left to right,
// with no shaping: right-to-left runs reordered by the Unicode bidi algorithm and Arabic letters
// joined into their presentation forms, both by GNU FriBidi. No ImGui here (tested natively).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace nrc {

// One line of text as it is drawn.
struct BidiText {
  std::string visual;  // UTF-8 in visual (left-to-right drawing) order
  bool rtl = false;    // the paragraph reads right to left: draw it right-aligned
};

// Returns `logical` (UTF-8, one line) in visual order: FriBidi's log2vis with its default flags
// plus Arabic shaping (FRIBIDI_FLAGS_ARABIC: joining forms U+FB50-FEFF and lam-alef ligatures),
// the paragraph's direction taken from its first strong character; then bidi marks, embedding
// controls and the ligatures' fill characters removed (nothing to draw). Text with no code point
// at or above U+0590 (so no right-to-left letter, mark or control) comes back unchanged as
// left-to-right without calling FriBidi. Ill-formed UTF-8 reads as U+FFFD. Pure; never throws.
BidiText PrepareBidi(std::string_view logical);

// PrepareBidi() remembered per string, for text drawn every frame. When it holds `capacity`
// strings and a new one comes, it forgets them all (a new feed brings new strings).
class BidiCache {
 public:
  explicit BidiCache(std::size_t capacity = 4096) : capacity_(capacity) {}
  // Returns PrepareBidi(logical); the reference is valid until the next Get() of a new string.
  const BidiText& Get(const std::string& logical);
  std::size_t size() const { return map_.size(); }

 private:
  std::size_t capacity_;
  std::unordered_map<std::string, BidiText> map_;
};

}  // namespace nrc
