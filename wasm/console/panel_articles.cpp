// newsrail console — the article picker: a text filter over title, id, section, region and tags
// (matched normalised, every word must match) and the list of articles. Click a row: it becomes
// the current article. Up/Down (in the filter or over the list) move the current article through
// the filtered rows; double-click or Enter adds it to the simulated reader's history.
#include <GLFW/glfw3.h>

#include <algorithm>
#include <string>
#include <vector>

#include "console_api.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "newsrail/normalize.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {
namespace {

struct Picker {
  std::string filter;
  std::string filter_key;              // Normalised filter the rows were computed for.
  int generation = -1;                 // Feed generation of `haystacks`.
  std::vector<std::string> haystacks;  // Per article: normalised title, id, labels.
  std::vector<std::size_t> rows;       // Articles passing the filter, feed order.
  bool scroll_to_current = false;
};

Picker& ThePicker() {
  static Picker p;
  return p;
}

void Refilter(const ConsoleState& state, Picker& p) {
  const newsrail::FeedIndex& index = state.index();
  const std::string key = newsrail::normalize_for_match(p.filter);
  if (p.generation == state.status().generation && key == p.filter_key) return;
  if (p.generation != state.status().generation) {
    p.haystacks.clear();
    for (std::size_t i = 0; i < index.size(); ++i) {
      const newsrail::Article& a = index.article(i);
      std::string h = a.title + " " + a.id + " " + a.section + " " + a.region + " " + a.language;
      for (const std::string& t : a.tags) h += " " + t;
      p.haystacks.push_back(" " + newsrail::normalize_for_match(h) + " ");
    }
    p.generation = state.status().generation;
  }
  p.filter_key = key;
  std::vector<std::string> words;
  for (std::size_t start = 0; start < key.size();) {
    const std::size_t end = std::min(key.find(' ', start), key.size());
    if (end > start) words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  p.rows.clear();
  for (std::size_t i = 0; i < p.haystacks.size(); ++i) {
    bool ok = true;
    for (const std::string& w : words) ok = ok && p.haystacks[i].find(w) != std::string::npos;
    if (ok) p.rows.push_back(i);
  }
}

}  // namespace

void DrawArticlesPanel(ConsoleState& state) {
  if (!state.has_feed()) {
    TextMuted("No feed loaded.");
    return;
  }
  Picker& p = ThePicker();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::InputTextWithHint("##filter", "Filter: title, id, section, region, tag ...", &p.filter);
  NoteRect("article_filter");
  const bool filter_active = ImGui::IsItemActive();
  Refilter(state, p);

  // Up/Down step the current article through the filtered rows.
  const int current = state.current_index();
  const bool typing_elsewhere = ImGui::GetIO().WantTextInput && !filter_active;
  if ((filter_active || ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) &&
      !typing_elsewhere && !p.rows.empty()) {
    int step = 0;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) step = 1;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP)) step = -1;
    if (step != 0) {
      auto it =
          std::find(p.rows.begin(), p.rows.end(), static_cast<std::size_t>(std::max(current, 0)));
      int pos = it == p.rows.end() ? (step > 0 ? -1 : 0) : static_cast<int>(it - p.rows.begin());
      pos = std::clamp(pos + step, 0, static_cast<int>(p.rows.size()) - 1);
      state.selection.article = state.index().article(p.rows[static_cast<std::size_t>(pos)]).id;
      state.Changed();
      p.scroll_to_current = true;
    }
    if (filter_active && ImGui::IsKeyPressed(GLFW_KEY_ENTER) && current >= 0)
      state.RecordRead(static_cast<std::size_t>(current));
  }

  const Seconds window = state.index().nearest_window(state.selection.window);
  const std::string views_label = "Views " + (window ? newsrail::format_window(window) : "-");
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingFixedFit;
  const float footer = ImGui::GetTextLineHeightWithSpacing();
  if (ImGui::BeginTable("articles", 3, flags,
                        ImVec2(0, ImGui::GetContentRegionAvail().y - footer))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Age");
    ImGui::TableSetupColumn(views_label.c_str());
    ImGui::TableHeadersRow();
    const Seconds now = state.selection.now;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(p.rows.size()));
    if (p.scroll_to_current) {
      const auto it = std::find(p.rows.begin(), p.rows.end(),
                                static_cast<std::size_t>(std::max(state.current_index(), 0)));
      if (it != p.rows.end())
        clipper.ForceDisplayRangeByIndices(static_cast<int>(it - p.rows.begin()),
                                           static_cast<int>(it - p.rows.begin()) + 1);
    }
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const std::size_t i = p.rows[static_cast<std::size_t>(r)];
        const newsrail::Article& a = state.index().article(i);
        const bool is_current = static_cast<int>(i) == state.current_index();
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(static_cast<int>(i));
        const bool read = newsrail::has_read(state.history, a.id);
        const ImVec2 cell = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable(
                "##row", is_current,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
          state.selection.article = a.id;
          state.Changed();
          if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) state.RecordRead(i);
        }
        if (is_current && p.scroll_to_current) {
          ImGui::SetScrollHereY(0.5f);
          p.scroll_to_current = false;
        }
        if (ImGui::IsItemHovered()) ArticleTooltip(a, now);
        if (ImGui::BeginPopupContextItem("row")) {
          ArticleContextMenu(state, i);
          ImGui::EndPopup();
        }
        // The title over the row's selectable: prepared (a right-to-left one right-aligned).
        ImGui::SetCursorScreenPos(cell);
        TextClipped((read ? std::string(Symbol(Sym::kCheck)) + " " : std::string()) + a.title,
                    ImGui::GetColumnWidth(), false);
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        TextMuted("%s", FormatAge(a.published, now).c_str());
        ImGui::TableSetColumnIndex(2);
        const long long v = window ? newsrail::views_in_window(a, window) : -1;
        if (v < 0)
          TextMuted("-");
        else
          ImGui::TextUnformatted(FormatCount(v).c_str());
      }
    }
    ImGui::EndTable();
  }
  TextMuted(
      "%zu of %zu articles  \xC2\xB7  click: current  \xC2\xB7  double-click / Enter: read it",
      p.rows.size(), state.index().size());
}

}  // namespace nrc
