// newsrail console — Feed health: a line of counts that says at a glance what is wrong, then tabs:
// items per section / region / language (sections and regions the feed's navigation lacks, and
// navigation entries without items, flagged), every parsing diagnostic with its JSON path, items
// missing an image or a summary (or views, or dated in the future at `now`), duplicate headlines,
// and every breaking line with its state at `now` (active, expired, not yet).
//
// Index of this file
// [SECTION] Summary
// [SECTION] Tabs
// [SECTION] DrawFeedHealthPanel()
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "panels.h"
#include "ranked_table.h"
#include "ui_common.h"

namespace nrc {
namespace {

constexpr ImGuiTableFlags kTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                   ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit |
                                   ImGuiTableFlags_Resizable;

struct Counts {
  int errors = 0, warnings = 0, issue_items = 0;
};

Counts Count(const ConsoleState& state) {
  Counts c;
  for (const newsrail::Diagnostic& d : state.diagnostics())
    (d.severity == newsrail::Severity::kError ? c.errors : c.warnings)++;
  const FeedHealth& h = state.health();
  std::vector<char> flagged(state.feed().items.size(), 0);
  for (const auto* list : {&h.missing_image, &h.missing_summary, &h.missing_views, &h.future_items})
    for (std::size_t i : *list) flagged[i] = 1;
  c.issue_items = static_cast<int>(std::count(flagged.begin(), flagged.end(), 1));
  return c;
}

//-----------------------------------------------------------------------------
// [SECTION] Summary
//-----------------------------------------------------------------------------

// One "● 3 label" chip: green when zero, else `bad` colour.
void Chip(int n, const char* label, ImU32 bad, const char* help) {
  char text[64];
  std::snprintf(text, sizeof text, "%d %s", n, label);
  SameLineOrWrap(Em(1.5f) + ImGui::CalcTextSize(text).x);
  ImGui::BeginGroup();
  TextColored(n == 0 ? color::kGood : bad, "%s", Symbol(Sym::kBullet));
  ImGui::SameLine(0, Em(0.25f));
  ImGui::TextUnformatted(text);
  ImGui::EndGroup();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", help);
}

void Summary(const ConsoleState& state, const Counts& c) {
  const FeedHealth& h = state.health();
  TextMuted("Checks");
  Chip(c.errors, "errors", color::kBad, "Parsing errors: the feed cannot be used");
  Chip(c.warnings, "warnings", color::kWarn,
       "Parsing warnings: items or fields skipped or repaired");
  Chip(static_cast<int>(h.missing_image.size()), "no image", color::kWarn,
       "Items without an image");
  Chip(static_cast<int>(h.missing_summary.size()), "no summary", color::kWarn,
       "Items without a summary");
  Chip(static_cast<int>(h.future_items.size()), "future", color::kWarn,
       "Items published after now (Read Next leaves them out)");
  Chip(static_cast<int>(h.duplicates.size()), "duplicate groups", color::kWarn,
       "Groups of items whose headlines tell the same story");
  Chip(h.expired_lines, "expired breaking", color::kMuted, "Breaking lines already expired at now");
}

//-----------------------------------------------------------------------------
// [SECTION] Tabs
//-----------------------------------------------------------------------------

void LabelTable(const char* id, const char* title, const std::vector<LabelCount>& counts,
                bool navigation) {
  // Inside a cell of CountsTab's table: leave its bottom padding free (no outer scrollbar).
  const float h = ImGui::GetContentRegionAvail().y - ImGui::GetStyle().CellPadding.y * 2;
  if (!ImGui::BeginTable(id, 2, kTable, ImVec2(0, h))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(title, ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Items");
  ImGui::TableHeadersRow();
  for (const LabelCount& c : counts) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    if (!c.listed) {
      TextBidi(c.label, color::kWarn);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Not in the feed's navigation list");
    } else if (navigation && c.items == 0) {
      TextBidi(c.label, color::kMuted);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("In the navigation, but no item has it");
    } else {
      TextBidi(c.label);
    }
    ImGui::TableSetColumnIndex(1);
    if (c.items == 0)
      TextMuted("0");
    else
      ImGui::Text("%d", c.items);
  }
  ImGui::EndTable();
}

void CountsTab(const ConsoleState& state) {
  const FeedHealth& h = state.health();
  if (!ImGui::BeginTable("counts", 3, ImGuiTableFlags_SizingStretchSame,
                         ImGui::GetContentRegionAvail()))
    return;
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  LabelTable("sections", "Section", h.sections, !state.feed().sections.empty());
  ImGui::TableSetColumnIndex(1);
  LabelTable("regions", "Region", h.regions, !state.feed().regions.empty());
  ImGui::TableSetColumnIndex(2);
  LabelTable("languages", "Language", h.languages, false);
  ImGui::EndTable();
}

void DiagnosticsTab(const ConsoleState& state) {
  static std::string filter;
  ImGui::SetNextItemWidth(Em(16));
  ImGui::InputTextWithHint("##diag_filter", "Filter path or message", &filter);
  const newsrail::Diagnostics& all = state.diagnostics();
  if (all.empty()) {
    TextColored(color::kGood, "The parser had nothing to say: every item and field was read.");
    return;
  }
  if (!ImGui::BeginTable("diagnostics", 4, kTable, ImVec2(0, ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Severity");
  ImGui::TableSetupColumn("JSON path");
  ImGui::TableSetupColumn("Message", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Line:col");
  ImGui::TableHeadersRow();
  for (const newsrail::Diagnostic& d : all) {
    if (!filter.empty() && d.path.find(filter) == std::string::npos &&
        d.message.find(filter) == std::string::npos)
      continue;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const bool error = d.severity == newsrail::Severity::kError;
    TextColored(error ? color::kBad : color::kWarn, "%s", newsrail::severity_name(d.severity));
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(d.path.empty() ? "(document)" : d.path.c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(d.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TableSetColumnIndex(3);
    if (d.line > 0)
      TextMuted("%d:%d", d.line, d.column);
    else
      TextMuted("-");
  }
  ImGui::EndTable();
}

void Mark(bool ok) {
  if (ok)
    TextMuted("\xC2\xB7");
  else
    TextColored(color::kWarn, "%s", Symbol(Sym::kCross));
}

void ItemsTab(ConsoleState& state) {
  const FeedHealth& h = state.health();
  const std::size_t n = state.feed().items.size();
  std::vector<char> image(n, 1), summary(n, 1), views(n, 1), future(n, 0);
  for (std::size_t i : h.missing_image) image[i] = 0;
  for (std::size_t i : h.missing_summary) summary[i] = 0;
  for (std::size_t i : h.missing_views) views[i] = 0;
  for (std::size_t i : h.future_items) future[i] = 1;
  if (!ImGui::BeginTable("items", 5, kTable, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Image");
  ImGui::TableSetupColumn("Summary");
  ImGui::TableSetupColumn("Views");
  ImGui::TableSetupColumn("Published");
  ImGui::TableHeadersRow();
  int shown = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (image[i] && summary[i] && views[i] && !future[i]) continue;
    ++shown;
    const newsrail::Article& a = state.feed().items[i];
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(i));
    ImGui::TableSetColumnIndex(0);
    const ImVec2 cell = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##item", state.selection.article == a.id,
                          ImGuiSelectableFlags_SpanAllColumns)) {
      state.selection.article = a.id;
      state.Changed();
    }
    if (ImGui::IsItemHovered()) ArticleTooltip(a, state.selection.now);
    ImGui::SetCursorScreenPos(cell);
    TextClipped(a.title, ImGui::GetColumnWidth(), false);
    ImGui::TableSetColumnIndex(1);
    Mark(image[i]);
    ImGui::TableSetColumnIndex(2);
    Mark(summary[i]);
    ImGui::TableSetColumnIndex(3);
    Mark(views[i]);
    ImGui::TableSetColumnIndex(4);
    if (future[i])
      TextColored(color::kWarn, "%s", FormatRelative(a.published, state.selection.now).c_str());
    else
      TextMuted("%s", FormatRelative(a.published, state.selection.now).c_str());
    ImGui::PopID();
  }
  if (shown == 0) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    TextColored(color::kGood,
                "Every item has an image, a summary and views, and none is in the future.");
  }
  ImGui::EndTable();
}

void DuplicatesTab(ConsoleState& state) {
  const FeedHealth& h = state.health();
  TextMuted(
      "Articles that tell the same story: the same URL or headline, headline terms overlapping at "
      "or above most_read.duplicate_title_similarity = %.2f, or texts at or above "
      "read_next.duplicate_similarity = %.2f (cosine). Read Next never shows two of a group; "
      "Most Read folds those joined by URL or headline.",
      h.duplicate_thresholds.headline, h.duplicate_thresholds.text.value_or(0));
  if (h.duplicates.empty()) {
    TextColored(color::kGood, "No duplicate headlines.");
    return;
  }
  if (!ImGui::BeginTable("dups", 3, kTable, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Group");
  ImGui::TableSetupColumn("Headline", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Published");
  ImGui::TableHeadersRow();
  for (std::size_t g = 0; g < h.duplicates.size(); ++g) {
    const DuplicateGroup& group = h.duplicates[g];
    for (std::size_t k = 0; k < group.items.size(); ++k) {
      const newsrail::Article& a = state.feed().items[group.items[k]];
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      if (k == 0) {
        const newsrail::SameStory& why = group.weakest;
        if (why.reason == newsrail::SameStoryReason::kTextCosine)
          TextColored(color::kWarn, "#%zu  text %.2f", g + 1, why.text);
        else if (why.reason == newsrail::SameStoryReason::kHeadlineOverlap)
          TextColored(color::kWarn, "#%zu  %.2f", g + 1, why.headline);
        else
          TextColored(color::kWarn, "#%zu  %s", g + 1,
                      why.reason == newsrail::SameStoryReason::kSameUrl ? "URL" : "same");
        if (ImGui::IsItemHovered())
          ImGui::SetTooltip("Why (the least alike pair): %s",
                            newsrail::same_story_reason_name(why.reason));
      }
      ImGui::TableSetColumnIndex(1);
      TextClipped(a.title, ImGui::GetColumnWidth(), false);
      if (ImGui::IsItemHovered()) ArticleTooltip(a, state.selection.now);
      ImGui::TableSetColumnIndex(2);
      TextMuted("%s", FormatRelative(a.published, state.selection.now).c_str());
    }
  }
  ImGui::EndTable();
}

void BreakingTab(const ConsoleState& state) {
  const FeedHealth& h = state.health();
  const newsrail::Feed& feed = state.feed();
  if (feed.breaking.empty()) {
    TextMuted("The feed has no breaking lines.");
    return;
  }
  if (!ImGui::BeginTable("breaking", 5, kTable, ImVec2(0, ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("At now");
  ImGui::TableSetupColumn("Pri");
  ImGui::TableSetupColumn("Text", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Published");
  ImGui::TableSetupColumn("Expires");
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < feed.breaking.size(); ++i) {
    const newsrail::BreakingItem& line = feed.breaking[i];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    switch (h.line_states[i]) {
      case LineState::kActive:
        TextColored(color::kGood, "active");
        break;
      case LineState::kExpired:
        TextColored(color::kMuted, "expired");
        break;
      case LineState::kFuture:
        TextColored(color::kWarn, "not yet");
        break;
    }
    ImGui::TableSetColumnIndex(1);
    ImGui::Text("%d", line.priority);
    ImGui::TableSetColumnIndex(2);
    TextClipped(line.text, ImGui::GetColumnWidth());
    ImGui::TableSetColumnIndex(3);
    TextMuted("%s", FormatRelative(line.published, state.selection.now).c_str());
    ImGui::TableSetColumnIndex(4);
    TextMuted("%s%s", FormatRelative(h.line_expiry[i], state.selection.now).c_str(),
              line.expires == 0 ? " (default)" : "");
  }
  ImGui::EndTable();
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] DrawFeedHealthPanel()
//-----------------------------------------------------------------------------

void DrawFeedHealthPanel(ConsoleState& state) {
  if (!state.has_feed()) {
    if (!state.diagnostics().empty())
      DiagnosticsTab(state);
    else
      TextMuted("No feed loaded.");
    return;
  }
  const Counts c = Count(state);
  Summary(state, c);
  if (!ImGui::BeginTabBar("health_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) return;
  char label[64];
  if (ImGui::BeginTabItem("Counts")) {
    CountsTab(state);
    ImGui::EndTabItem();
  }
  std::snprintf(label, sizeof label, "Diagnostics %d###diag", c.errors + c.warnings);
  if (ImGui::BeginTabItem(label)) {
    DiagnosticsTab(state);
    ImGui::EndTabItem();
  }
  std::snprintf(label, sizeof label, "Items %d###items", c.issue_items);
  if (ImGui::BeginTabItem(label)) {
    ItemsTab(state);
    ImGui::EndTabItem();
  }
  std::snprintf(label, sizeof label, "Duplicates %zu###dups", state.health().duplicates.size());
  if (ImGui::BeginTabItem(label)) {
    DuplicatesTab(state);
    ImGui::EndTabItem();
  }
  std::snprintf(label, sizeof label, "Breaking %zu###breaking", state.feed().breaking.size());
  if (ImGui::BeginTabItem(label)) {
    BreakingTab(state);
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
}

}  // namespace nrc
