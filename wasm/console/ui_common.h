// newsrail console — small pieces every panel uses: the palette, time and number formatting,
// the score-breakdown bar, placement badges, tooltips. Sizes are in "em" (the font size), so the
// console looks the same at every device pixel ratio.
#pragma once

#include <string>
#include <vector>

#include "bidi_text.h"
#include "imgui.h"
#include "newsrail/model.h"
#include "newsrail/ranked.h"

namespace nrc {

using newsrail::Seconds;

// The palette (dark theme).
namespace color {
inline constexpr ImU32 kAccent = IM_COL32(94, 162, 255, 255);
inline constexpr ImU32 kGood = IM_COL32(108, 196, 120, 255);
inline constexpr ImU32 kWarn = IM_COL32(236, 178, 72, 255);
inline constexpr ImU32 kBad = IM_COL32(240, 96, 96, 255);
inline constexpr ImU32 kMuted = IM_COL32(150, 156, 168, 255);
inline constexpr ImU32 kText = IM_COL32(226, 230, 236, 255);
}  // namespace color

// Symbols outside Latin-1, with an ASCII stand-in while the UI font is Dear ImGui's built-in one
// (which has Latin-1 only).
enum class Sym { kBullet, kCheck, kCross, kDelta, kUp, kDown };
const char* Symbol(Sym symbol);
// Says whether the font has the symbols (Theme sets it when it builds the fonts).
void SetUnicodeFont(bool unicode);

// Returns `n` font sizes in pixels.
inline float Em(float n) { return n * ImGui::GetFontSize(); }

// Text in one colour of the palette.
void TextColored(ImU32 color, const char* fmt, ...) IM_FMTARGS(2);
// Muted text (secondary information).
void TextMuted(const char* fmt, ...) IM_FMTARGS(1);
// A "(?)" that explains what is beside it on hover.
void HelpMarker(const char* text);
// Feed text (titles, sections, tags, ticker lines, the feed's title) goes through these: Dear
// ImGui draws glyphs left to right without shaping, so each string is first put in visual order
// with its Arabic joined (bidi_text.h), once per string (cached). Labels of our own are English.
// Returns the prepared `text`; valid until the next call with another string.
const BidiText& Bidi(const std::string& text);
// One line of feed text, right-aligned in the available width when it reads right to left;
// `color` 0 keeps the current text colour.
void TextBidi(const std::string& text, ImU32 color = 0);
// Feed text wrapped at `wrap_width` (broken between words of the logical text, as Dear ImGui
// would, then each line prepared); a right-to-left paragraph is right-aligned.
void TextBidiWrapped(const std::string& text, float wrap_width, ImU32 color = 0);
// Text clipped to the available width with an ellipsis, full text in a tooltip (when `tooltip`)
// when clipped; Bidi() applied, so right-to-left text is right-aligned and loses its end (drawn
// on the left) to the ellipsis. Returns true when it was clipped.
bool TextClipped(const std::string& text, float width = 0, bool tooltip = true);
// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: feed text inside a line of
// our own ("Feed title · 16 items") that must not turn the line's direction.
std::string Isolate(const std::string& text);

// SameLine() when an item `width` wide still fits on the line, else nothing (a new line).
void SameLineOrWrap(float width);

// "2025-06-26 18:00:00" (UTC).
std::string FormatUtc(Seconds t);
// "2h 05m ago", "in 12m", "now": `t` relative to `now`.
std::string FormatRelative(Seconds t, Seconds now);
// "2h 05m", "in 12m": the age of `t` at `now` (for table columns headed "Age").
std::string FormatAge(Seconds t, Seconds now);
// Numbers in one formatter, so columns side by side read alike: thousands separated by a thin
// space (a comma with the built-in font), `decimals` digits after the point: "48 210",
// "1 234.50", "0.579", "-12.00".
std::string FormatNumber(double value, int decimals);
// The decimals for a number of magnitude `magnitude`: 0 from 1000, 2 from 10, else 3.
int DecimalsFor(double magnitude);
// A column of numbers, one precision for all: whole numbers (view counts) as integers, else
// DecimalsFor() the largest magnitude. The table's Score column and nrc_get's "score_text".
std::vector<std::string> FormatColumn(const std::vector<double>& values);
// One score on its own: FormatNumber() with DecimalsFor() its magnitude ("48 210", "0.579").
std::string FormatScore(double score);
// "3d 4h", "2h 05m", "45m", "30s": a length of time.
std::string FormatSpan(Seconds seconds);
// "1 234 567" — a count: FormatNumber(n, 0).
std::string FormatCount(long long n);
// A count in at most four digits: "918", "2 300", "48.2k", "12.3M", "1.5G".
std::string FormatCountShort(long long n);
// Text right-aligned in the rest of the line (table cells of numbers), in `colour`.
void TextRight(const std::string& text, ImU32 colour = color::kText);

// The colour of a score term ("text", "tags", "views", "priority" ...).
ImU32 TermColor(const std::string& name);
// The colour of a placement rule.
ImU32 PlacementColor(newsrail::Placement placement);
// A coloured placement label ("pinned", "scored", "fill-section", "fill-overall").
void PlacementBadge(newsrail::Placement placement);

// Draws the breakdown as one stacked bar: positive terms left to right in their colours, negative
// terms as a red strip under the part they take away. `scale` is the score of a full bar.
void BreakdownBar(const std::vector<newsrail::ScoreTerm>& terms, double scale, float width);
// The legend of BreakdownBar for `names`.
void BreakdownLegend(const std::vector<std::string>& names);

// The tooltip of an article: title, id, url, section, region, dates, views, tags.
void ArticleTooltip(const newsrail::Article& article, Seconds now);

// On the same line: "Limit" and a number field for `*limit` (ID "##limit"), kept in [0, max].
// Returns true when the user changed it.
bool LimitInput(int* limit, int step_fast, int max);

// A header line over a panel's body: bold-ish label in the accent colour.
void SectionLabel(const char* label);

}  // namespace nrc
