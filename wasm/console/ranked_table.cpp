// newsrail console — the sortable score table of Most Read and Read Next (see ranked_table.h).
//
// Index of this file
// [SECTION] Columns and sort keys
// [SECTION] DrawRankedTable()
// [SECTION] Dup cell, notes and context menu
#include "ranked_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "imgui.h"
#include "newsrail/ranking_options.h"
#include "platform_web.h"
#include "ui_common.h"

namespace nrc {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Columns and sort keys
//-----------------------------------------------------------------------------

enum class Col {
  kRank,
  kChange,
  kTitle,
  kPlacement,
  kScore,
  kBar,
  kTerm,
  kSection,
  kViews,
  kAge,
  kDup
};

struct Column {
  Col kind;
  std::string label;
  std::string term;  // kTerm only.
};

double TermValue(const newsrail::RankedItem& item, const std::string& name) {
  for (const newsrail::ScoreTerm& t : item.breakdown)
    if (t.name == name) return t.value;
  return 0;
}

std::vector<Column> MakeColumns(const newsrail::RankedList& list, const RankedTableSpec& spec) {
  std::vector<Column> cols = {{Col::kRank, "#", ""}};
  if (spec.change_column) cols.push_back({Col::kChange, Symbol(Sym::kDelta), ""});
  cols.push_back({Col::kTitle, "Title", ""});
  if (spec.placement) cols.push_back({Col::kPlacement, "Placement", ""});
  cols.push_back({Col::kScore, "Score", ""});
  cols.push_back({Col::kBar, "Why", ""});
  std::vector<std::string> terms = spec.terms;
  for (const newsrail::RankedItem& item : list.items)
    for (const newsrail::ScoreTerm& t : item.breakdown)
      if (std::find(terms.begin(), terms.end(), t.name) == terms.end()) terms.push_back(t.name);
  for (const std::string& t : terms) cols.push_back({Col::kTerm, t, t});
  cols.push_back({Col::kSection, "Section", ""});
  if (spec.views_window)
    cols.push_back({Col::kViews, "Views " + newsrail::format_window(spec.views_window), ""});
  cols.push_back({Col::kAge, "Age", ""});
  cols.push_back({Col::kDup, "Dup", ""});
  return cols;
}

// Compares rows a and b (positions in the list) on one column, ascending.
int Compare(const ConsoleState& state, const newsrail::RankedList& list, const Column& col,
            Seconds views_window, std::size_t a, std::size_t b) {
  const newsrail::RankedItem& x = list.items[a];
  const newsrail::RankedItem& y = list.items[b];
  const newsrail::Article& ax = state.index().article(x.index);
  const newsrail::Article& ay = state.index().article(y.index);
  auto cmp = [](auto u, auto v) { return u < v ? -1 : (v < u ? 1 : 0); };
  switch (col.kind) {
    case Col::kRank:
      return cmp(a, b);
    case Col::kChange:
      return cmp(a, b);
    case Col::kTitle:
      return cmp(ax.title, ay.title);
    case Col::kPlacement:
      return cmp(static_cast<int>(x.placement), static_cast<int>(y.placement));
    case Col::kScore:
      return cmp(x.score, y.score);
    case Col::kBar:
      return cmp(x.score, y.score);
    case Col::kTerm:
      return cmp(TermValue(x, col.term), TermValue(y, col.term));
    case Col::kSection:
      return cmp(ax.section, ay.section);
    case Col::kViews:
      return cmp(newsrail::views_in_window(ax, views_window),
                 newsrail::views_in_window(ay, views_window));
    case Col::kAge:
      return cmp(ay.published, ax.published);  // Younger first when ascending.
    case Col::kDup:
      return cmp(x.collapsed.size(), y.collapsed.size());
  }
  return 0;
}

// After the rank: "new" when `id` is not in `baseline`, an arrow and the places it moved.
void RankChange(const newsrail::RankedList& baseline, const std::string& id, std::size_t row) {
  std::size_t was = baseline.items.size();
  for (std::size_t k = 0; k < baseline.items.size(); ++k)
    if (baseline.items[k].id == id) was = k;
  if (was == baseline.items.size()) {
    TextColored(color::kAccent, "new");
  } else if (was > row) {
    TextColored(color::kGood, "%s%zu", Symbol(Sym::kUp), was - row);
  } else if (was < row) {
    TextColored(color::kBad, "%s%zu", Symbol(Sym::kDown), row - was);
  } else {
    return;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(was == baseline.items.size() ? "Not in Read Next without the reader's history"
                                                   : "Rank %zu without the reader's history",
                      was + 1);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] DrawRankedTable()
//-----------------------------------------------------------------------------

void DrawRankedTable(ConsoleState& state, const newsrail::RankedList& list,
                     const RankedTableSpec& spec) {
  const std::vector<Column> cols = MakeColumns(list, spec);
  const ImGuiTableFlags flags =
      ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate | ImGuiTableFlags_Resizable |
      ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable | ImGuiTableFlags_RowBg |
      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_ScrollX |
      ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
  const ImVec2 size(0, std::max(ImGui::GetContentRegionAvail().y, Em(6)));
  if (!ImGui::BeginTable(spec.id, static_cast<int>(cols.size()), flags, size)) return;

  double scale = 0;
  for (const newsrail::RankedItem& item : list.items) {
    double gross = 0;
    for (const newsrail::ScoreTerm& t : item.breakdown) gross += std::max(t.value, 0.0);
    scale = std::max(scale, gross);
  }

  // The numbers of each numeric column, written once with one precision per column.
  std::vector<std::vector<std::string>> texts(cols.size());
  for (std::size_t c = 0; c < cols.size(); ++c) {
    if (cols[c].kind != Col::kScore && cols[c].kind != Col::kTerm) continue;
    std::vector<double> values;
    for (const newsrail::RankedItem& item : list.items)
      values.push_back(cols[c].kind == Col::kScore ? item.score : TermValue(item, cols[c].term));
    texts[c] = FormatColumn(values);
  }

  ImGui::TableSetupScrollFreeze(spec.change_column ? 3 : 2, 1);
  for (const Column& c : cols) {
    ImGuiTableColumnFlags f = ImGuiTableColumnFlags_None;
    float width = 0;
    switch (c.kind) {
      case Col::kRank:
        f |= ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_NoHide;
        width = Em(1.6f);
        break;
      case Col::kChange:
        f |= ImGuiTableColumnFlags_NoSort;
        width = Em(2.2f);
        break;
      case Col::kTitle:
        f |= ImGuiTableColumnFlags_NoHide;
        width = Em(17);
        break;
      case Col::kBar:
        f |= ImGuiTableColumnFlags_NoSort;
        width = Em(7);
        break;
      case Col::kScore:
      case Col::kTerm:
      case Col::kViews:
        f |= ImGuiTableColumnFlags_PreferSortDescending;
        break;
      default:
        break;
    }
    ImGui::TableSetupColumn(c.label.c_str(), f, width);
  }
  ImGui::TableHeadersRow();

  // Row order on screen.
  std::vector<std::size_t> order(list.items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (const ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
    const ImGuiTableColumnSortSpecs& s = sort->Specs[0];
    const Column& col = cols[static_cast<std::size_t>(s.ColumnIndex)];
    const bool descending = s.SortDirection == ImGuiSortDirection_Descending;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const int c = Compare(state, list, col, spec.views_window, a, b);
      return descending ? c > 0 : c < 0;
    });
  }

  const Seconds now = state.selection.now;
  for (std::size_t row : order) {
    const newsrail::RankedItem& item = list.items[row];
    const newsrail::Article& a = state.index().article(item.index);
    ImGui::TableNextRow();
    ImGui::PushID(static_cast<int>(row));
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (!ImGui::TableSetColumnIndex(static_cast<int>(c))) continue;
      const Column& col = cols[c];
      switch (col.kind) {
        case Col::kRank: {
          char label[16];
          std::snprintf(label, sizeof label, "%zu", row + 1);
          ImGui::Selectable(label, false,
                            ImGuiSelectableFlags_SpanAllColumns |
                                ImGuiSelectableFlags_AllowItemOverlap |
                                ImGuiSelectableFlags_AllowDoubleClick);
          if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
            state.selection.article = a.id;
            state.Changed();
          }
          if (ImGui::BeginPopupContextItem("row")) {
            ArticleContextMenu(state, item.index);
            ImGui::EndPopup();
          }
          break;
        }
        case Col::kChange:
          if (spec.baseline) RankChange(*spec.baseline, item.id, row);
          break;
        case Col::kTitle:
          TextClipped(a.title, ImGui::GetColumnWidth());
          if (ImGui::IsItemHovered()) ArticleTooltip(a, now);
          break;
        case Col::kPlacement:
          PlacementBadge(item.placement);
          break;
        case Col::kScore:
          TextRight(texts[c][row]);
          break;
        case Col::kBar:
          BreakdownBar(item.breakdown, scale, ImGui::GetColumnWidth());
          break;
        case Col::kTerm: {
          const double v = TermValue(item, col.term);
          TextRight(texts[c][row], v == 0 ? color::kMuted : v < 0 ? color::kBad : color::kText);
          break;
        }
        case Col::kSection:
          TextBidi(a.section.empty() ? "-" : a.section);
          break;
        case Col::kViews: {
          const long long v = newsrail::views_in_window(a, spec.views_window);
          if (v < 0)
            TextRight("-", color::kMuted);
          else
            TextRight(FormatCount(v));
          break;
        }
        case Col::kAge:
          TextMuted("%s", FormatAge(a.published, now).c_str());
          break;
        case Col::kDup:
          DrawDupCell(item.collapsed,
                      "Near-duplicates folded into this row:", [&](const std::string& id) {
                        const auto i = state.index().find(id);
                        return i ? state.index().article(*i).title.c_str() : id.c_str();
                      });
          break;
      }
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

//-----------------------------------------------------------------------------
// [SECTION] Dup cell, notes and context menu
//-----------------------------------------------------------------------------

void DrawDupCell(const std::vector<std::string>& collapsed, const char* heading,
                 const std::function<const char*(const std::string&)>& describe) {
  if (collapsed.empty()) {
    TextMuted("-");
    return;
  }
  TextColored(color::kWarn, "+%zu", collapsed.size());
  if (!ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  TextMuted("%s", heading);
  for (const std::string& id : collapsed)
    if (const char* text = describe(id)) ImGui::BulletText("%s", Bidi(text).visual.c_str());
  ImGui::EndTooltip();
}

void DrawNotes(const newsrail::RankedList& list) {
  for (const std::string& note : list.notes) {
    ImGui::PushTextWrapPos(0);
    TextColored(color::kWarn, "note: %s", note.c_str());
    ImGui::PopTextWrapPos();
  }
}

void DrawRequestLine(const char* function, const std::string& request_json) {
  ImGui::PushID(function);
  if (ImGui::SmallButton("Copy request")) platform::SetClipboardText(request_json.c_str());
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "The request the widget sends to the wasm core's nr_%s (with the options of "
        "Export config it gives this list)",
        function);
  ImGui::PopID();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, color::kMuted);
  TextClipped(std::string(function) + " " + request_json);
  ImGui::PopStyleColor();
}

void ArticleContextMenu(ConsoleState& state, std::size_t article) {
  const newsrail::Article& a = state.index().article(article);
  TextMuted("%s", a.id.c_str());
  ImGui::Separator();
  if (ImGui::MenuItem("Make it the current article", nullptr, state.selection.article == a.id)) {
    state.selection.article = a.id;
    state.Changed();
  }
  if (ImGui::MenuItem("Add to the reader's history", nullptr,
                      newsrail::has_read(state.history, a.id)))
    state.RecordRead(article);
  if (ImGui::MenuItem("Copy id")) platform::SetClipboardText(a.id.c_str());
  if (!a.url.empty() && ImGui::MenuItem("Copy URL")) platform::SetClipboardText(a.url.c_str());
}

}  // namespace nrc
