// newsrail console — fonts and style, both scaled to the device pixel ratio. The console draws in
// device pixels (the canvas' backing store is CSS size x devicePixelRatio), so text is rasterised
// at its final size and stays sharp on HiDPI screens; a DPR change (browser zoom, moving the
// window to another screen) rebuilds the font atlas and rescales the style.
#pragma once

#include <cstddef>
#include <vector>

namespace nrc {

inline constexpr float kFontSizeCss = 14.0f;  // UI text size in CSS pixels.

class Theme {
 public:
  // Takes the bytes of a TrueType font (malloc'd; Theme frees them). nullptr: stay with the
  // built-in font. Applied at the next Apply().
  void SetFont(unsigned char* ttf, std::size_t size);
  bool font_loaded() const { return !ttf_.empty(); }
  bool font_settled() const { return font_settled_; }  // The font fetch has finished.

  // Rebuilds fonts and style when the DPR or the font changed. Call before NewFrame(); returns
  // true when the font texture must be uploaded again.
  bool Apply(float dpr);
  float dpr() const { return dpr_; }

 private:
  std::vector<unsigned char> ttf_;
  float dpr_ = 0;
  bool dirty_ = true;
  bool font_settled_ = false;
};

}  // namespace nrc
