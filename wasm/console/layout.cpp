// newsrail console — panel layout and splitters (see layout.h).
//
// Index of this file
// [SECTION] The panels and their columns
// [SECTION] Splitters
// [SECTION] Titles
// [SECTION] DrawLayout()
#include "layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "console_api.h"
#include "imgui.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] The panels and their columns
//-----------------------------------------------------------------------------

struct Panel {
  const char* id;
  void (*draw)(ConsoleState&);
  float share;  // Of its column's height (the column's shares add up to 1).
};

struct Column {
  float share;  // Of the display width.
  std::vector<Panel> panels;
};

std::vector<Column>& Columns() {
  static std::vector<Column> columns = {
      {0.25f,
       {{"articles", DrawArticlesPanel, 0.50f},
        {"views", DrawViewsPanel, 0.20f},
        {"reader", DrawReaderPanel, 0.30f}}},
      {0.45f,
       {{"read_next", DrawReadNextPanel, 0.32f},
        {"most_read", DrawMostReadPanel, 0.32f},
        {"ticker", DrawTickerPanel, 0.36f}}},
      {0.30f, {{"tuning", DrawTuningPanel, 0.56f}, {"health", DrawFeedHealthPanel, 0.44f}}},
  };
  return columns;
}

// Panels do not overlap, so focus may reorder them freely. (NoBringToFrontOnFocus would be
// wrong here: Dear ImGui creates such windows *behind* all others, the splitters' window too.)
constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse |
                                         ImGuiWindowFlags_NoSavedSettings;

void DrawPanelWindow(ConsoleState& state, const Panel& panel, ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  const std::string title = PanelTitle(state, panel.id) + "###" + panel.id;
  if (ImGui::Begin(title.c_str(), nullptr, kPanelFlags)) {
    NoteRect(panel.id, ImGui::GetWindowPos(),
             ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                    ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
    panel.draw(state);
  }
  ImGui::End();
}

//-----------------------------------------------------------------------------
// [SECTION] Splitters
//-----------------------------------------------------------------------------

// A draggable gap between two panels. Moves `share` of the one before it to the one after it
// (never below `min_share` for either). `total` is the length the shares divide.
void Splitter(const char* id, ImVec2 min, ImVec2 max, bool vertical, float total, float& before,
              float& after, float min_share) {
  ImGui::SetCursorScreenPos(min);
  ImGui::InvisibleButton(id, ImVec2(std::max(max.x - min.x, 1.0f), std::max(max.y - min.y, 1.0f)));
  const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
  if (hot) ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
  if (ImGui::IsItemActive() && total > 0) {
    const float delta =
        (vertical ? ImGui::GetIO().MouseDelta.x : ImGui::GetIO().MouseDelta.y) / total;
    const float sum = before + after;
    before = std::clamp(before + delta, min_share, sum - min_share);
    after = sum - before;
  }
  if (hot)
    ImGui::GetWindowDrawList()->AddRectFilled(
        min, max,
        ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_SeparatorActive
                                                 : ImGuiCol_SeparatorHovered));
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Titles
//-----------------------------------------------------------------------------

std::string PanelTitle(const ConsoleState& state, const char* panel, bool compact) {
  const std::string id = panel;
  const Lists& l = state.lists();
  char buf[160];
  const char* dot = "  \xC2\xB7  ";
  if (id == "articles") {
    std::snprintf(buf, sizeof buf, "Articles%s%zu", dot, state.feed().items.size());
  } else if (id == "views") {
    std::snprintf(buf, sizeof buf, "Views of the current article");
  } else if (id == "reader") {
    std::snprintf(buf, sizeof buf, "Simulated reader%s%zu read", dot, state.history.entries.size());
  } else if (id == "read_next") {
    std::snprintf(buf, sizeof buf, "Read Next%s%zu items%slists computed in %.2f ms", dot,
                  l.read_next.items.size(), dot, l.ms);
  } else if (id == "most_read") {
    std::snprintf(buf, sizeof buf, "Most Read%s%s%s%s%zu items", dot,
                  newsrail::format_window(state.selection.window).c_str(),
                  state.selection.trending ? " trending" : "", dot, l.most_read.items.size());
  } else if (id == "ticker") {
    std::snprintf(buf, sizeof buf, "Breaking ticker%s%zu shown", dot, l.ticker.items.size());
  } else if (id == "tuning") {
    std::snprintf(buf, sizeof buf, "Tuning (RankingOptions)");
  } else if (id == "health") {
    std::snprintf(buf, sizeof buf, "Feed health%s%zu diagnostics", dot, state.diagnostics().size());
  } else {
    std::snprintf(buf, sizeof buf, "%s", panel);
  }
  if (compact) {  // "Name  ·  count": up to the second dot.
    std::string title = buf;
    const std::size_t first = title.find(dot);
    const std::size_t second = first == std::string::npos ? first : title.find(dot, first + 1);
    if (second != std::string::npos) title.resize(second);
    if (id == "views") title = "Views";
    if (id == "tuning") title = "Tuning";
    return title;
  }
  return buf;
}

//-----------------------------------------------------------------------------
// [SECTION] DrawLayout()
//-----------------------------------------------------------------------------

void DrawLayout(ConsoleState& state, float dpr) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float gap = std::max(3.0f, std::round(3.0f * dpr));

  // Toolbar: two rows of controls across the top.
  const float toolbar_h =
      style.WindowPadding.y * 2 + ImGui::GetFrameHeight() * 2 + style.ItemSpacing.y;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(display.x, toolbar_h));
  if (ImGui::Begin("##toolbar", nullptr,
                   kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                       ImGuiWindowFlags_NoScrollWithMouse))
    DrawToolbar(state);
  ImGui::End();

  const ImVec2 body_min(0, toolbar_h + gap);
  const ImVec2 body_size(display.x, std::max(display.y - body_min.y, 1.0f));

  // No feed yet: one calm panel in the middle that says how to load one.
  if (!state.has_feed()) {
    const float w = std::min(body_size.x - 2 * gap, Em(34));
    ImGui::SetNextWindowPos(ImVec2(body_min.x + (body_size.x - w) * 0.5f, body_min.y + Em(3)));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    if (ImGui::Begin("Newsroom console###empty_state", nullptr, kPanelFlags)) {
      DrawEmptyState(state);
      NoteRect("empty_state", ImGui::GetWindowPos(),
               ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowSize().x,
                      ImGui::GetWindowPos().y + ImGui::GetWindowSize().y));
    }
    ImGui::End();
    return;
  }

  // Narrow window: one panel at a time, in tabs.
  if (display.x / dpr < kWideLayoutCss) {
    ImGui::SetNextWindowPos(body_min);
    ImGui::SetNextWindowSize(body_size);
    if (ImGui::Begin("##tabs", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar) &&
        ImGui::BeginTabBar("panels", ImGuiTabBarFlags_FittingPolicyScroll)) {
      for (const Column& column : Columns())
        for (const Panel& panel : column.panels) {
          const std::string title = PanelTitle(state, panel.id, true) + "###" + panel.id;
          if (ImGui::BeginTabItem(title.c_str())) {
            ImGui::BeginChild(panel.id);
            panel.draw(state);
            ImGui::EndChild();
            ImGui::EndTabItem();
          }
        }
      ImGui::EndTabBar();
    }
    ImGui::End();
    return;
  }

  // Wide window: the splitters live in a background window behind the panels' gaps.
  std::vector<Column>& columns = Columns();
  ImGui::SetNextWindowPos(body_min);
  ImGui::SetNextWindowSize(body_size);
  ImGui::Begin("##background", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | kPanelFlags |
                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoFocusOnAppearing);
  const float usable_w = body_size.x - gap * static_cast<float>(columns.size() - 1);
  std::vector<float> col_x(columns.size()), col_w(columns.size());
  float x = body_min.x;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    col_x[c] = x;
    col_w[c] = c + 1 == columns.size() ? body_size.x - (x - body_min.x)
                                       : std::round(usable_w * columns[c].share);
    x += col_w[c] + gap;
  }
  for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
    const std::string id = "##col" + std::to_string(c);
    const float gx = col_x[c] + col_w[c];
    Splitter(id.c_str(), ImVec2(gx, body_min.y), ImVec2(gx + gap, body_min.y + body_size.y), true,
             usable_w, columns[c].share, columns[c + 1].share, 0.12f);
  }
  struct Placed {
    const Panel* panel;
    ImVec2 pos, size;
  };
  std::vector<Placed> placed;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::vector<Panel>& panels = columns[c].panels;
    const float usable_h = body_size.y - gap * static_cast<float>(panels.size() - 1);
    float y = body_min.y;
    for (std::size_t p = 0; p < panels.size(); ++p) {
      const float h = p + 1 == panels.size() ? body_min.y + body_size.y - y
                                             : std::round(usable_h * panels[p].share);
      placed.push_back({&panels[p], ImVec2(col_x[c], y), ImVec2(col_w[c], h)});
      if (p + 1 < panels.size()) {
        const std::string id = "##row" + std::to_string(c) + "_" + std::to_string(p);
        Splitter(id.c_str(), ImVec2(col_x[c], y + h), ImVec2(col_x[c] + col_w[c], y + h + gap),
                 false, usable_h, panels[p].share, panels[p + 1].share, 0.08f);
      }
      y += h + gap;
    }
  }
  ImGui::End();

  for (const Placed& p : placed) DrawPanelWindow(state, *p.panel, p.pos, p.size);
}

}  // namespace nrc
