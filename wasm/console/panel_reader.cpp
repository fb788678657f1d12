// newsrail console — the simulated reader: a reading history built by hand (read the current
// article, follow Read Next's first item, remove, clear), the affinity profile Read Next draws
// from it, and what it changed: Read Next with this history against Read Next without any.
// Reads are stamped with `now`.
#include <algorithm>
#include <string>
#include <vector>

#include "imgui.h"
#include "newsrail/history.h"
#include "newsrail/normalize.h"
#include "newsrail/reader_profile.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {
namespace {

// The `n` strongest shares of the reader's profile (by label id), named by the feed's labels,
// strongest first.
std::vector<std::pair<std::string, double>> Top(const newsrail::FeedIndex& index,
                                                const std::vector<double>& shares, std::size_t n) {
  std::vector<std::pair<std::string, double>> v;
  for (std::size_t id = 0; id < shares.size() && id < index.labels().size(); ++id)
    if (shares[id] > 0) v.emplace_back(index.labels()[id], shares[id]);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (v.size() > n) v.resize(n);
  return v;
}

void ShareBars(const char* label, const std::vector<std::pair<std::string, double>>& shares) {
  TextMuted("%s", label);
  for (const auto& [label_text, share] : shares) {
    const std::string name = Bidi(label_text).visual;  // A section or tag: feed text.
    const float w = Em(2.5f), h = ImGui::GetTextLineHeight();
    SameLineOrWrap(w + Em(0.3f) + ImGui::CalcTextSize(name.c_str()).x);
    ImGui::BeginGroup();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.3f), ImVec2(p.x + w, p.y + h * 0.7f),
                      IM_COL32(255, 255, 255, 20));
    dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.3f),
                      ImVec2(p.x + w * static_cast<float>(share), p.y + h * 0.7f),
                      TermColor("affinity"));
    ImGui::Dummy(ImVec2(w, h));
    ImGui::SameLine(0, Em(0.25f));
    ImGui::TextUnformatted(name.c_str());
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %.2f of the strongest", name.c_str(), share);
  }
  if (shares.empty()) {
    ImGui::SameLine();
    TextMuted("-");
  }
}

}  // namespace

void DrawReaderPanel(ConsoleState& state) {
  if (!state.has_feed()) return;
  const int current = state.current_index();
  ImGui::BeginDisabled(current < 0);
  if (ImGui::Button("Read current")) state.RecordRead(static_cast<std::size_t>(current));
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Add the current article to the history, read at now");
  ImGui::SameLine();
  const newsrail::RankedList& next = state.lists().read_next;
  ImGui::BeginDisabled(current < 0 || next.items.empty());
  if (ImGui::Button("Follow Read Next #1")) {
    state.RecordRead(static_cast<std::size_t>(current));
    state.selection.article = next.items.front().id;
    state.Changed();
  }
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Read the current article, then open Read Next's first item");
  ImGui::SameLine();
  ImGui::BeginDisabled(state.history.entries.empty());
  if (ImGui::Button("Clear")) {
    state.history.entries.clear();
    state.Changed();
  }
  ImGui::EndDisabled();

  if (ImGui::Checkbox("The page is read too", &state.selection.page_is_read)) state.Changed();
  HelpMarker(
      "The widget records the article a page shows before it ranks Read Next, so its history "
      "always holds the current article (unless data-history=\"off\"). On: the console does "
      "the same, so its lists are the widget's.");

  // What the history did to Read Next.
  const newsrail::RankedList& before = state.lists().read_next_no_history;
  int moved = 0;
  for (std::size_t k = 0; k < next.items.size(); ++k)
    if (k >= before.items.size() || before.items[k].id != next.items[k].id) ++moved;
  ImGui::SameLine(0, Em(1.2f));
  if (state.history.entries.empty())
    TextMuted("no history");
  else if (moved == 0)
    TextMuted("Read Next unchanged by the history");
  else
    TextColored(color::kAccent, "changed %d of %zu Read Next slots", moved, next.items.size());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Against Read Next with the page alone as history (the %s column there)",
                      Symbol(Sym::kDelta));

  // Read Next's own profile of the reader (reader_profile.h): the shares its affinity reads, and
  // its strongest terms (what its text part matches) as shares of the strongest.
  const newsrail::ReaderProfile& profile = state.lists().read_next_profile;
  ShareBars("Affinity: sections", Top(state.index(), profile.section_share, 3));
  ShareBars("tags", Top(state.index(), profile.tag_share, 4));
  auto terms = newsrail::strongest_terms(state.index(), profile, 6);
  for (auto& t : terms) t.second /= terms.front().second;
  ShareBars("terms", terms);

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("history", 4, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Read", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Section");
  ImGui::TableSetupColumn("When");
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, Em(1.4f));
  ImGui::TableHeadersRow();
  int remove = -1;
  const auto& entries = state.history.entries;
  for (int k = static_cast<int>(entries.size()) - 1; k >= 0; --k) {  // Newest first.
    const newsrail::HistoryEntry& e = entries[static_cast<std::size_t>(k)];
    const auto i = state.index().find(e.id);
    ImGui::TableNextRow();
    ImGui::PushID(k);
    ImGui::TableSetColumnIndex(0);
    TextClipped(i ? state.index().article(*i).title : e.id + " (not in the feed)",
                ImGui::GetColumnWidth());
    if (i && ImGui::IsItemHovered()) ArticleTooltip(state.index().article(*i), state.selection.now);
    ImGui::TableSetColumnIndex(1);
    TextBidi(e.section.empty() ? "-" : e.section, color::kMuted);
    ImGui::TableSetColumnIndex(2);
    TextMuted("%s", FormatRelative(e.time, state.selection.now).c_str());
    ImGui::TableSetColumnIndex(3);
    if (ImGui::SmallButton("x")) remove = k;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove from the history");
    ImGui::PopID();
  }
  if (entries.empty()) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    TextMuted("Double-click an article, or Read current.");
  }
  ImGui::EndTable();
  if (remove >= 0) {
    state.history.entries.erase(state.history.entries.begin() + remove);
    state.Changed();
  }
}

}  // namespace nrc
