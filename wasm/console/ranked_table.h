// newsrail console — the sortable score table of an article list (Most Read, Read Next): one row
// per item in the widget's order, its placement, score, a stacked bar of the score's terms and
// one column per term. Sorting only reorders the rows on screen; "#" is the widget's rank.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "console_state.h"
#include "newsrail/ranked.h"

namespace nrc {

struct RankedTableSpec {
  const char* id = "table";
  std::vector<std::string> terms;  // Breakdown columns, in order; terms the list has beyond them
                                   // are added after them.
  Seconds views_window = 0;        // Adds a column of views in this window (0 = none).
  bool placement = true;           // Adds the placement column.
  bool change_column = false;      // Adds a "Δ" column: rows new or moved against `baseline`.
  const newsrail::RankedList* baseline = nullptr;  // nullptr: the Δ column stays empty.
};

// Draws `list` filling the rest of the window. Double-click a row: make it the current article;
// right-click: make current, add to the reader's history, copy its id.
void DrawRankedTable(ConsoleState& state, const newsrail::RankedList& list,
                     const RankedTableSpec& spec);

// The "Dup" cell of a row: "-" when nothing was folded into it, else "+N"; on hover, a tooltip
// with `heading` and a bullet per folded id, `describe(id)` its text (nullptr: no bullet).
void DrawDupCell(const std::vector<std::string>& collapsed, const char* heading,
                 const std::function<const char*(const std::string&)>& describe);

// Draws the list's notes (what the ranking had to decide), one muted line each.
void DrawNotes(const newsrail::RankedList& list);

// "Copy request" and the request as the widget sends it to the wasm core (`function`: nr_ name).
void DrawRequestLine(const char* function, const std::string& request_json);

// The article row context menu, shared by the tables and the picker.
void ArticleContextMenu(ConsoleState& state, std::size_t article);

}  // namespace nrc
