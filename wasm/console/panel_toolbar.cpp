// newsrail console — the toolbar: the feed (URL field, Load, Reload, load status) on the first
// row; `now` (a slider over the feed's time span, steps, "Feed time") and the current article on
// the second. Keys (outside text fields): [ and ] step now by an hour, with Shift by a day.
#include <GLFW/glfw3.h>

#include <cstdio>
#include <string>

#include "console_api.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {
namespace {

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
  if (ImGui::Button("Load") || enter) LoadUrl(state, state.feed_url);
  NoteRect("load");
  ImGui::SameLine();
  ImGui::BeginDisabled(state.status().loading);
  if (ImGui::Button("Reload")) LoadUrl(state, state.feed_url);
  ImGui::EndDisabled();
  NoteRect("reload");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Fetch the URL again (no cache) and recompute everything");

  ImGui::SameLine(0, Em(1));
  const LoadStatus& st = state.status();
  const newsrail::Feed& feed = state.feed();
  // The status takes what is left; the drop hint only when there is room for both.
  const char* hint = "drop a .json feed anywhere";
  const float hint_w = ImGui::CalcTextSize(hint).x + Em(1);
  const bool show_hint = ImGui::GetContentRegionAvail().x - hint_w > Em(24);
  const float status_w = ImGui::GetContentRegionAvail().x - (show_hint ? hint_w : 0);
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
    int warnings = 0;
    for (const newsrail::Diagnostic& d : state.diagnostics())
      if (d.severity == newsrail::Severity::kWarning) ++warnings;
    TextColored(warnings ? color::kWarn : color::kGood, "%s", Symbol(Sym::kBullet));
    ImGui::SameLine(0, Em(0.4f));
    char stats[320];
    std::snprintf(
        stats, sizeof stats,
        "%s  \xC2\xB7  %zu items  \xC2\xB7  %zu breaking  \xC2\xB7  %d warning%s  \xC2\xB7  "
        "%.1f KB  \xC2\xB7  parse %.1f ms, index %.1f ms",
        feed.title.empty() ? "(untitled feed)" : feed.title.c_str(), feed.items.size(),
        feed.breaking.size(), warnings, warnings == 1 ? "" : "s",
        static_cast<double>(st.bytes) / 1024.0, st.parse_ms, st.index_ms);
    TextClipped(stats, std::max(status_w - Em(1.2f), Em(4)));
  }
  ImGui::EndGroup();
  if (ImGui::IsItemHovered() && !st.loaded_from.empty())
    ImGui::SetTooltip("Loaded from %s", st.loaded_from.c_str());
  if (show_hint) {
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - hint_w + Em(1));
    TextMuted("%s", hint);
  }
}

void NowRow(ConsoleState& state) {
  Selection& sel = state.selection;
  const Seconds before = sel.now;
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
  char label[128];
  const Seconds offset = sel.now - state.feed_time();
  std::snprintf(
      label, sizeof label, "%s UTC   %s", FormatUtc(sel.now).c_str(),
      offset == 0 ? "(feed time)"
                  : ("(feed time " + std::string(offset > 0 ? "+" : "-") + FormatSpan(offset) + ")")
                        .c_str());
  ImGui::SetNextItemWidth(std::max(Em(22), ImGui::GetContentRegionAvail().x * 0.42f));
  ImGui::SliderScalar("##now", ImGuiDataType_S64, &sel.now, &lo, &hi, label,
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
  if (ImGui::Button("Feed time")) sel.now = state.feed_time();
  NoteRect("feed_time");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("generated_at of the feed: %s", FormatUtc(state.feed().generated_at).c_str());

  const ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput) {
    const Seconds step = io.KeyShift ? 86400 : 3600;
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT_BRACKET)) sel.now -= step;
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT_BRACKET)) sel.now += step;
  }

  ImGui::SameLine(0, Em(1.2f));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Reading");
  ImGui::SameLine();
  const int current = state.current_index();
  if (current >= 0) {
    const newsrail::Article& a = state.index().article(static_cast<std::size_t>(current));
    TextClipped(a.title, std::max(ImGui::GetContentRegionAvail().x - Em(2), Em(4)));
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
  if (sel.now != before) state.Changed();
}

}  // namespace

void DrawToolbar(ConsoleState& state) {
  FeedRow(state);
  NowRow(state);
}

}  // namespace nrc
