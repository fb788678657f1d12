// newsrail console — Read Next: the list read_next() gives for the current article, at `now`,
// with the simulated reader's history, in its score table: placement (pinned, scored, fill) and
// every term of the score (text, tags, section, region, freshness, popularity, affinity, read,
// diversity).
#include <algorithm>
#include <string>

#include "imgui.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {

void DrawReadNextPanel(ConsoleState& state) {
  if (!state.has_feed()) return;
  Selection& sel = state.selection;
  const int current = state.current_index();
  ImGui::AlignTextToFramePadding();
  TextMuted("For");
  ImGui::SameLine();
  const float right = Em(16);
  if (current >= 0) {
    TextClipped(state.index().article(static_cast<std::size_t>(current)).title,
                std::max(ImGui::GetContentRegionAvail().x - right, Em(6)));
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, color::kWarn);
    TextClipped("no current article: fill only",
                std::max(ImGui::GetContentRegionAvail().x - right, Em(6)));
    ImGui::PopStyleColor();
  }
  ImGui::SameLine();
  TextMuted("history %zu", state.lists().read_next_history.entries.size());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Entries of the history Read Next is ranked with (Simulated reader)");
  if (LimitInput(&sel.read_next_limit, 4, 50)) state.Changed();

  const Lists& lists = state.lists();
  DrawRequestLine("read_next", state.ReadNextRequestJson());
  BreakdownLegend({"text", "tags", "section", "region", "freshness", "popularity", "affinity",
                   "read", "diversity"});
  DrawNotes(lists.read_next);
  RankedTableSpec spec;
  spec.id = "read_next_table";
  spec.terms = {"text",       "tags",     "section", "region",   "freshness",
                "popularity", "affinity", "read",    "diversity"};
  spec.views_window = state.index().nearest_window(state.options.read_next.popularity_window);
  spec.change_column = true;
  if (!state.history.entries.empty()) spec.baseline = &lists.read_next_no_history;
  DrawRankedTable(state, lists.read_next, spec);
}

}  // namespace nrc
