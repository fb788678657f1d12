// newsrail console — the panels. Each draws its body into the current window (layout.cpp owns
// the windows) and edits the state through ConsoleState's public inputs + Changed().
#pragma once

#include <string>

#include "console_state.h"

namespace nrc {

// Feed URL, Load / Reload, load status; `now` (slider over the feed's span, steps, feed time);
// the current article.
void DrawToolbar(ConsoleState& state);
// Searchable article picker: text filter + list; click = current article, + history.
void DrawArticlesPanel(ConsoleState& state);
// Counts per section/region/language, diagnostics, missing fields, dates, duplicates, breaking.
void DrawFeedHealthPanel(ConsoleState& state);
// Most Read with window, section and trending controls, and its score table.
void DrawMostReadPanel(ConsoleState& state);
// Read Next for the current article, and its score table.
void DrawReadNextPanel(ConsoleState& state);
// The Breaking ticker, and why each other line is not shown.
void DrawTickerPanel(ConsoleState& state);
// A slider for every RankingOptions field; Export config, Reset.
void DrawTuningPanel(ConsoleState& state);
// The simulated reader's history and affinity, and how Read Next changes with them.
void DrawReaderPanel(ConsoleState& state);
// The current article's views per window, as labelled bars.
void DrawViewsPanel(ConsoleState& state);
// Until a feed is loaded (layout.cpp shows it instead of the panels): how to load one, and why
// the last attempt failed.
void DrawEmptyState(ConsoleState& state);

// The Tuning panel's "Export config": shows the options JSON in the panel, copies it to the
// clipboard and returns it.
std::string ExportConfig(ConsoleState& state);
// The text of the export box ("" while it is hidden).
const std::string& ExportedConfig();

// Panel titles with live counts ("Read Next  4 items ..."), for the window title bars; `compact`:
// the name and one count, for tabs.
std::string PanelTitle(const ConsoleState& state, const char* panel, bool compact = false);

}  // namespace nrc
