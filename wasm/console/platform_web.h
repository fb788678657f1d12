// newsrail console — the browser side (EM_JS): fetching the feed and the font, a dropped .json
// file, the clipboard (navigator.clipboard out, the page's paste event in), the mouse cursor, the
// page's query string, and window.newsrailConsole (the test and scripting hook; console_api.h).
// Results come back through the C functions of console_api.cpp.
#pragma once

#include <string>

namespace nrc::platform {

// Installs the drop, paste and wheel listeners and window.newsrailConsole. Call once.
void Init();

// Fetches `url` (no cache) and hands the bytes to nrc_feed_loaded(), or the reason to
// nrc_feed_failed(). Returns at once.
void FetchFeed(const std::string& url);

// Fetches the UI font next to the console module; the bytes go to nrc_font_loaded().
void FetchFont();

// Puts `text` on the system clipboard (navigator.clipboard, else a hidden textarea + copy) and
// keeps it for GetClipboardText().
void SetClipboardText(const char* text);
// Returns the last text copied in the console or pasted into the page.
const char* GetClipboardText();
// Called by nrc_paste() with the text of the page's paste event.
void SetPastedText(const char* text);

// Hides the page's "Loading" line: the first frame with the final font has been drawn.
void MarkReady();

// Sets the CSS cursor of the canvas from an ImGuiMouseCursor value.
void SetCursor(int imgui_cursor);

// Returns the value of `name` in the page's query string ("" when absent).
std::string QueryParam(const char* name);

}  // namespace nrc::platform
