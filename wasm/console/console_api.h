// newsrail console — the C ABI the page calls (plain C, EMSCRIPTEN_KEEPALIVE, no embind):
//
//   nrc_feed_loading(source)            a fetch or a file read has started
//   nrc_feed_loaded(bytes, size, source) the feed's bytes (fetched or dropped)
//   nrc_feed_failed(source, message)    the fetch or the file read failed
//   nrc_font_loaded(ttf, size)          the UI font (ownership passes to the console); 0, 0 = none
//   nrc_paste(text)                     the text of the page's paste event
//   nrc_load_url(url)                   sets the URL field and fetches it
//   nrc_tasks_loaded(text, source)      a click task set (click_eval.h): the Tuning panel shows
//                                       Read Next's MRR on it as the options move
//   nrc_get(what) -> JSON               "status", "selection", "config", "export" (the text of
//                                       the export box), "rects", "texts", "diagnostics", "health",
//                                       "most_read", "read_next", "ticker" (ids, placements,
//                                       scores, score_text as the Score column writes them,
//                                       breakdowns and the request as the widget sends it),
//                                       "clicks" (the task set's size and MRR, HR@10, nDCG@10)
//   nrc_set(key, json) -> 1 / 0         "article", "now" (ends live), "live" (now follows the
//                                       wall clock), "window", "section", "trending",
//                                       "read" (an id), "clear_history", "page_is_read",
//                                       "options" (a config),
//                                       "<module>.<field>" (e.g. "read_next.text_weight")
//   nrc_export_config() -> JSON         what the Tuning panel's "Export config" button does
//
// window.newsrailConsole (platform_web.cpp) wraps them for scripts and the browser test.
#pragma once

#include "console_state.h"
#include "imgui.h"

namespace nrc {

class Theme;

// Gives the C ABI the state it works on and the theme that receives the font. Call once.
void BindApi(ConsoleState* state, Theme* theme);

// Records the last item's rectangle under `name` (in CSS pixels), for nrc_get("rects"): lets a
// test click a button by name instead of by guessed coordinates.
void NoteRect(const char* name);
// Records `min`..`max` (device pixels, as Dear ImGui draws) under `name`.
void NoteRect(const char* name, ImVec2 min, ImVec2 max);
// Forgets every rectangle whose name starts with `prefix` (items that may not be drawn again).
void ForgetRects(const char* prefix);
// Records a line of text as drawn under `name`, and whether it was cut off, for nrc_get("texts").
void NoteText(const char* name, const std::string& text, bool clipped);

// Starts loading `url` into the console (the toolbar's Load and Reload).
void LoadUrl(ConsoleState& state, const std::string& url);

}  // namespace nrc
