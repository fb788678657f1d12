// newsrail console — Most Read: the window (1h / 6h / 24h / 7d), section, trending and limit
// controls, the request as the widget sends it, and the list in its score table (most_read() of
// the core, the current article excluded as the widget excludes the page it is on).
#include <cstdio>
#include <string>

#include "console_api.h"
#include "imgui.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {

void DrawMostReadPanel(ConsoleState& state) {
  if (!state.has_feed()) return;
  Selection& sel = state.selection;
  bool changed = false;

  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Window");
  ImGui::SameLine();
  struct Window {
    const char* label;
    Seconds seconds;
  };
  static const Window kWindows[] = {{"1h", 3600}, {"6h", 21600}, {"24h", 86400}, {"7d", 604800}};
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(Em(0.1f), ImGui::GetStyle().ItemSpacing.y));
  for (const Window& w : kWindows) {
    const bool on = sel.window == w.seconds;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(w.label, ImVec2(Em(2.4f), 0)) && !on) {
      sel.window = w.seconds;
      changed = true;
    }
    if (on) ImGui::PopStyleColor();
    ImGui::SameLine();
  }
  ImGui::PopStyleVar();

  ImGui::SameLine(0, Em(1));
  ImGui::TextUnformatted("Section");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Em(9));
  const std::string preview = sel.section.empty() ? "All sections" : Bidi(sel.section).visual;
  if (ImGui::BeginCombo("##section", preview.c_str())) {
    if (ImGui::Selectable("All sections", sel.section.empty())) {
      sel.section.clear();
      changed = true;
    }
    for (const LabelCount& c : state.health().sections) {
      if (c.label == "(none)") continue;
      const std::string label =
          Bidi(Isolate(c.label) + "  (" + std::to_string(c.items) + ")").visual + "##" + c.label;
      if (ImGui::Selectable(label.c_str(), sel.section == c.label)) {
        sel.section = c.label;
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine(0, Em(1));
  changed |= ImGui::Checkbox("Trending", &sel.trending);
  NoteRect("trending");
  HelpMarker(
      "Rank by the lift of the short trending window over the long one (Tuning > Most Read) "
      "instead of by views in the window.");
  changed |= LimitInput(&sel.most_read_limit, 5, 50);
  if (changed) state.Changed();

  const Lists& lists = state.lists();
  DrawRequestLine("most_read", state.MostReadRequestJson());
  DrawNotes(lists.most_read);
  RankedTableSpec spec;
  spec.id = "most_read_table";
  spec.terms = {"views", "trend", "decay"};
  spec.views_window = sel.trending ? 0 : lists.most_read_window;
  spec.placement = false;
  DrawRankedTable(state, lists.most_read, spec);
}

}  // namespace nrc
