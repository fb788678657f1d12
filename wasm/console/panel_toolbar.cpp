// newsrail console — the toolbar: the feed (URL field, Load, Reload, load status) on the first
// row; `now` (a slider over the feed's time span, steps, "Feed time", "Live": follow the wall
// clock) and the current article on the second. Keys (outside text fields): [ and ] step now by
// an hour, with Shift by a day. Any change of now but Live ends Live.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <string>
#include <vector>

#include "console_api.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {
namespace {

int Warnings(const ConsoleState& state) {
  int warnings = 0;
  for (const newsrail::Diagnostic& d : state.diagnostics())
    if (d.severity == newsrail::Severity::kWarning) ++warnings;
  return warnings;
}

// The parts of the status line of a loaded feed, in order, and which are dropped first when the
// line is too wide (timings, size, breaking lines, title; items and warnings always stay).
enum Part : unsigned {
  kTitle = 1,
  kItems = 2,
  kBreaking = 4,
  kWarnings = 8,
  kSize = 16,
  kTimes = 32,
  kAllParts = 63
};
constexpr unsigned kDropOrder[] = {kTimes, kSize, kBreaking, kTitle};

std::vector<std::string> StatusParts(const ConsoleState& state) {
  if (!state.has_feed()) return {};
  const newsrail::Feed& feed = state.feed();
  const LoadStatus& st = state.status();
  const int warnings = Warnings(state);
  char text[96];
  std::vector<std::string> parts;
  parts.push_back(feed.title.empty() ? "(untitled feed)" : Isolate(feed.title));
  parts.push_back(FormatCount(static_cast<long long>(feed.items.size())) + " items");
  parts.push_back(FormatCount(static_cast<long long>(feed.breaking.size())) + " breaking");
  parts.push_back(std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings"));
  std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(st.bytes) / 1024.0);
  parts.push_back(text);
  std::snprintf(text, sizeof text, "parse %.1f ms, index %.1f ms", st.parse_ms, st.index_ms);
  parts.push_back(text);
  return parts;
}

// The parts whose bit is in `mask`, joined by " · ".
std::string JoinParts(const std::vector<std::string>& parts, unsigned mask) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (mask & (1u << i)) out += (out.empty() ? "" : "  \xC2\xB7  ") + parts[i];
  return out;
}

void FeedRow(ConsoleState& state) {
  TextColored(color::kAccent, "newsrail");
  ImGui::SameLine(0, Em(0.3f));
  TextMuted("console");
  ImGui::SameLine(0, Em(1.2f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Feed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(22));
  const bool enter = ImGui::InputTextWithHint("##feed_url", "URL of a JSON feed", &state.feed_url,
                                              ImGuiInputTextFlags_EnterReturnsTrue);
  NoteRect("feed_url");
  ImGui::SameLine();
  if ((ImGui::Button("Load") || enter) && !state.feed_url.empty()) LoadUrl(state, state.feed_url);
  NoteRect("load");
  ImGui::SameLine();
  ImGui::BeginDisabled(state.status().loading || state.feed_url.empty());
  if (ImGui::Button("Reload")) LoadUrl(state, state.feed_url);
  ImGui::EndDisabled();
  NoteRect("reload");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Fetch the URL again (no cache) and recompute everything");

  ImGui::SameLine(0, Em(1));
  const LoadStatus& st = state.status();
  // The status takes what is left; the drop hint only when the whole status fits beside it.
  const char* hint = "drop a .json feed anywhere";
  const float hint_w = ImGui::CalcTextSize(hint).x + Em(1);
  const std::vector<std::string> parts = StatusParts(state);
  const std::string full = JoinParts(parts, kAllParts);
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool show_hint =
      avail - hint_w >= ImGui::CalcTextSize(Bidi(full).visual.c_str()).x + Em(1.6f);
  const float status_w = avail - (show_hint ? hint_w : 0);
  ImGui::BeginGroup();
  if (st.loading) {
    TextMuted("loading %s ...", st.source.c_str());
  } else if (!st.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::kBad);
    TextClipped(std::string(Symbol(Sym::kCross)) + " " + st.source + ": " + st.error +
                    (state.has_feed() ? "  (still showing " + st.loaded_from + ")" : ""),
                status_w);
    ImGui::PopStyleColor();
  } else if (state.has_feed()) {
    const int warnings = Warnings(state);
    TextColored(warnings ? color::kWarn : color::kGood, "%s", Symbol(Sym::kBullet));
    ImGui::SameLine(0, Em(0.4f));
    // Abbreviated rather than cut: the least useful parts go first while the line is too wide.
    const float width = std::max(status_w - Em(1.2f), Em(4));
    unsigned shown = kAllParts;
    for (unsigned drop : kDropOrder)
      if (ImGui::CalcTextSize(Bidi(JoinParts(parts, shown)).visual.c_str()).x > width)
        shown &= ~drop;
    const std::string line = JoinParts(parts, shown);
    NoteText("status_line", line, TextClipped(line, width));
  }
  ImGui::EndGroup();
  if (ImGui::IsItemHovered() && !st.loaded_from.empty())
    ImGui::SetTooltip("%s\nLoaded from %s", Bidi(full).visual.c_str(), st.loaded_from.c_str());
  if (show_hint) {
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - hint_w + Em(1));
    TextMuted("%s", hint);
  }
}

void NowRow(ConsoleState& state) {
  Selection& sel = state.selection;
  const Seconds before = sel.now;
  ImGui::BeginDisabled(!state.has_feed());  // Nothing to rank before a feed is loaded.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Now");
  HelpMarker(
      "The time every list is ranked at (UTC). The slider spans the feed: its first article to the "
      "last expiry of a breaking line.\nKeys: [ and ] step by an hour, Shift+[ and Shift+] by a "
      "day.");
  ImGui::SameLine();
  struct Step {
    const char* label;
    Seconds delta;
  };
  static const Step kBack[] = {{"-1d", -86400}, {"-1h", -3600}, {"-10m", -600}};
  static const Step kForward[] = {{"+10m", 600}, {"+1h", 3600}, {"+1d", 86400}};
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(Em(0.15f), ImGui::GetStyle().ItemSpacing.y));
  for (const Step& s : kBack) {
    if (ImGui::SmallButton(s.label)) sel.now += s.delta;
    ImGui::SameLine();
  }
  ImGui::PopStyleVar();

  const Seconds lo = state.span_begin(), hi = state.span_end();
  const Seconds offset = sel.now - state.feed_time();
  std::string label;
  if (!state.has_feed())
    label = "(no feed)";
  else if (sel.live)
    label = FormatUtc(sel.now) + " UTC   (live: the wall clock)";
  else if (offset != 0)
    label = FormatUtc(sel.now) + " UTC   (feed time " + (offset > 0 ? "+" : "-") +
            FormatSpan(offset) + ")";
  else
    label = FormatUtc(sel.now) + " UTC   (feed time)";
  ImGui::SetNextItemWidth(std::max(Em(22), ImGui::GetContentRegionAvail().x * 0.42f));
  ImGui::SliderScalar("##now", ImGuiDataType_S64, &sel.now, &lo, &hi, label.c_str(),
                      ImGuiSliderFlags_NoInput);
  NoteRect("now_slider");
  ImGui::SameLine();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(Em(0.15f), ImGui::GetStyle().ItemSpacing.y));
  for (const Step& s : kForward) {
    if (ImGui::SmallButton(s.label)) sel.now += s.delta;
    ImGui::SameLine();
  }
  ImGui::PopStyleVar();
  ImGui::SameLine(0, Em(0.5f));
  if (ImGui::Button("Feed time")) {
    sel.now = state.feed_time();
    sel.live = false;
  }
  NoteRect("feed_time");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("generated_at of the feed: %s", FormatUtc(state.feed().generated_at).c_str());
  // Live: a toggle, lit while now follows the wall clock.
  ImGui::SameLine(0, Em(0.3f));
  const bool was_live = sel.live;
  if (was_live) {
    ImGui::PushStyleColor(ImGuiCol_Button, color::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, color::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(16, 24, 36, 255));
  }
  const std::string live_label =
      std::string(was_live ? Symbol(Sym::kBullet) : "") + (was_live ? " Live" : "Live") + "###live";
  const bool live_pressed = ImGui::Button(live_label.c_str());
  if (live_pressed) {
    sel.live = !was_live;
    if (sel.live) sel.now = WallClock();
    state.Changed();
  }
  if (was_live) ImGui::PopStyleColor(3);
  NoteRect("live");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(was_live ? "Now follows the wall clock. Click (or change now) to stop."
                               : "Rank at the wall clock's time, and keep following it");

  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput && state.has_feed()) {
    const Seconds step = io.KeyShift ? 86400 : 3600;
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT_BRACKET)) sel.now -= step;
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT_BRACKET)) sel.now += step;
  }

  ImGui::EndDisabled();
  if (!state.has_feed()) return;

  ImGui::SameLine(0, Em(1.2f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Reading");
  ImGui::SameLine();
  const int current = state.current_index();
  if (current >= 0) {
    const newsrail::Article& a = state.index().article(static_cast<std::size_t>(current));
    const bool clipped =
        TextClipped(a.title, std::max(ImGui::GetContentRegionAvail().x - Em(2), Em(4)));
    NoteRect("reading_title");  // For the browser test: the cell, and the text as drawn.
    NoteText("reading_title", Bidi(a.title).visual, clipped);
    if (ImGui::IsItemHovered()) ArticleTooltip(a, sel.now);
    ImGui::SameLine();
    if (ImGui::SmallButton("x")) {
      sel.article.clear();
      state.Changed();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("No current article (Read Next has no query)");
  } else {
    TextMuted("(no article: pick one in Articles)");
  }
  if (sel.now != before) {
    if (!live_pressed) sel.live = false;  // Stepped, dragged, a key or Feed time.
    state.Changed();
  }
}

}  // namespace

void DrawToolbar(ConsoleState& state) {
  FeedRow(state);
  NowRow(state);
}

}  // namespace nrc
