// newsrail console — where the panels go: a toolbar across the top, then three columns of tiled
// panels (inputs | the three lists | tuning and health) whose widths and heights the editor can
// drag; a window narrower than kWideLayoutCss puts the panels in tabs instead. Everything is
// recomputed from the display size every frame, so the console follows window resizes.
#pragma once

#include "console_state.h"

namespace nrc {

inline constexpr float kWideLayoutCss = 1000.0f;  // Narrower (CSS pixels): tabs.

// Draws the toolbar and every panel, tiled over the whole display.
void DrawLayout(ConsoleState& state, float dpr);

}  // namespace nrc
