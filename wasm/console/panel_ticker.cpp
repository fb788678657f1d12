// newsrail console — the Breaking ticker: the lines breaking_ticker() shows at `now`, in their
// order (priority, then newest), in a sortable table; then every other line of the feed with the
// reason it is not shown (expired, not yet published, folded into a shown line, over the limit).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {
namespace {

enum class Col { kRank, kPriority, kText, kPublished, kExpires, kDup };

// Why line `i` is not in the list.
std::string Reason(const ConsoleState& state, std::size_t i) {
  const FeedHealth& h = state.health();
  const newsrail::BreakingItem& line = state.feed().breaking[i];
  if (i < h.line_states.size() && h.line_states[i] == LineState::kExpired)
    return "expired " + FormatRelative(h.line_expiry[i], state.selection.now);
  if (i < h.line_states.size() && h.line_states[i] == LineState::kFuture)
    return "published " + FormatRelative(line.published, state.selection.now);
  for (const newsrail::RankedItem& item : state.lists().ticker.items)
    if (std::find(item.collapsed.begin(), item.collapsed.end(), line.id) != item.collapsed.end())
      return "same as " + item.id;
  return "over the limit";
}

}  // namespace

void DrawTickerPanel(ConsoleState& state) {
  if (!state.has_feed()) return;
  Selection& sel = state.selection;
  const newsrail::Feed& feed = state.feed();
  const Lists& lists = state.lists();
  const FeedHealth& health = state.health();

  ImGui::AlignTextToFramePadding();
  TextMuted("%zu of %zu lines active at now  \xC2\xB7  %d expired  \xC2\xB7  %d not yet",
            lists.ticker.items.size(), feed.breaking.size(), health.expired_lines,
            health.future_lines);
  if (LimitInput(&sel.ticker_limit, 5, 100)) state.Changed();
  DrawRequestLine("ticker", state.TickerRequestJson());
  DrawNotes(lists.ticker);

  std::vector<char> shown(feed.breaking.size(), 0);
  for (const newsrail::RankedItem& item : lists.ticker.items)
    if (item.index < shown.size()) shown[item.index] = 1;
  const int hidden = static_cast<int>(std::count(shown.begin(), shown.end(), 0));

  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate |
                                ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingFixedFit;
  // The shown lines get the room they need (up to 60%), the others the rest.
  const float row_h = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
  const float avail = ImGui::GetContentRegionAvail().y;
  const float top_h = std::clamp(row_h * static_cast<float>(lists.ticker.items.size() + 1.5f),
                                 row_h * 2.5f, hidden > 0 ? avail * 0.6f : avail);
  if (ImGui::BeginTable("ticker_table", 6, flags, ImVec2(0, top_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort, Em(1.6f));
    ImGui::TableSetupColumn("Pri", ImGuiTableColumnFlags_PreferSortDescending);
    ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Published");
    ImGui::TableSetupColumn("Expires");
    ImGui::TableSetupColumn("Dup");
    std::vector<std::size_t> order(lists.ticker.items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    if (const ImGuiTableSortSpecs* s = ImGui::TableGetSortSpecs(); s && s->SpecsCount > 0) {
      const auto col = static_cast<Col>(s->Specs[0].ColumnIndex);
      const bool desc = s->Specs[0].SortDirection == ImGuiSortDirection_Descending;
      auto key = [&](std::size_t r) -> double {
        const newsrail::RankedItem& item = lists.ticker.items[r];
        const newsrail::BreakingItem& line = feed.breaking[item.index];
        switch (col) {
          case Col::kRank:
            return static_cast<double>(r);
          case Col::kPriority:
            return line.priority;
          case Col::kText:
            return static_cast<double>(line.text.size());
          case Col::kPublished:
            return static_cast<double>(line.published);
          case Col::kExpires:
            return static_cast<double>(health.line_expiry[item.index]);
          case Col::kDup:
            return static_cast<double>(item.collapsed.size());
        }
        return 0;
      };
      std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return desc ? key(a) > key(b) : key(a) < key(b);
      });
    }
    ImGui::TableHeadersRow();
    for (std::size_t r : order) {
      const newsrail::RankedItem& item = lists.ticker.items[r];
      const newsrail::BreakingItem& line = feed.breaking[item.index];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::Text("%zu", r + 1);
      ImGui::TableSetColumnIndex(1);
      TextColored(line.priority > 0 ? color::kWarn : color::kMuted, "%d", line.priority);
      ImGui::TableSetColumnIndex(2);
      TextClipped(line.text, ImGui::GetColumnWidth());
      if (ImGui::IsItemHovered() && !line.url.empty())
        ImGui::SetTooltip("%s\n%s", line.id.c_str(), line.url.c_str());
      ImGui::TableSetColumnIndex(3);
      TextMuted("%s", FormatRelative(line.published, sel.now).c_str());
      ImGui::TableSetColumnIndex(4);
      const Seconds expiry = health.line_expiry[item.index];
      TextMuted("%s%s", FormatRelative(expiry, sel.now).c_str(),
                line.expires == 0 ? " (default)" : "");
      ImGui::TableSetColumnIndex(5);
      // Breaking ids are unique (the parser keeps the first line of an id).
      DrawDupCell(item.collapsed,
                  "Folded into this line (same story):", [&](const std::string& id) -> const char* {
                    for (const newsrail::BreakingItem& b : feed.breaking)
                      if (b.id == id) return b.text.c_str();
                    return nullptr;
                  });
    }
    ImGui::EndTable();
  }

  if (hidden == 0) return;
  SectionLabel("Not shown");
  if (ImGui::BeginTable("ticker_hidden", 3,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerV,
                        ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, row_h * 2)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Pri");
    ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Why not");
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < feed.breaking.size(); ++i) {
      if (shown[i]) continue;
      const newsrail::BreakingItem& line = feed.breaking[i];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      TextMuted("%d", line.priority);
      ImGui::TableSetColumnIndex(1);
      ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
      TextClipped(line.text, ImGui::GetColumnWidth());
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(2);
      TextColored(color::kWarn, "%s", Reason(state, i).c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace nrc
