// newsrail console — the current article's views per window as labelled bars: the count above
// each bar, the window under it, and beside the plot the article's rank in each window and the
// feed's maximum there (what Most Read and Read Next's popularity compare it with). The window
// Most Read uses is highlighted.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {

void DrawViewsPanel(ConsoleState& state) {
  const int current = state.current_index();
  if (current < 0) {
    TextMuted("No current article.");
    return;
  }
  const newsrail::FeedIndex& index = state.index();
  const newsrail::Article& a = index.article(static_cast<std::size_t>(current));
  TextClipped(a.title);
  if (a.views.empty()) {
    TextColored(color::kWarn, "This article has no view counts: Most Read cannot rank it.");
    return;
  }

  const Seconds highlight = index.nearest_window(state.selection.window);
  const std::vector<Seconds>& windows = index.windows();
  std::vector<long long> counts;
  long long top = 1;
  for (Seconds w : windows) {
    counts.push_back(newsrail::views_in_window(a, w));
    top = std::max(top, counts.back());
  }

  // Bars, left; ranks, right.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float plot_w = std::clamp(avail.x * 0.42f, Em(8), Em(16));
  const float line = ImGui::GetTextLineHeight();
  const float plot_h = std::max(avail.y - ImGui::GetStyle().ItemSpacing.y, line * 4);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(plot_w, plot_h));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::size_t n = windows.size();
  const float slot = plot_w / static_cast<float>(std::max<std::size_t>(n, 1));
  const float bar_top = origin.y + line * 1.1f, bar_bottom = origin.y + plot_h - line * 1.2f;
  dl->AddLine(ImVec2(origin.x, bar_bottom), ImVec2(origin.x + plot_w, bar_bottom),
              ImGui::GetColorU32(ImGuiCol_Border));
  for (std::size_t k = 0; k < n; ++k) {
    const float x0 = origin.x + slot * static_cast<float>(k) + slot * 0.18f;
    const float x1 = origin.x + slot * static_cast<float>(k + 1) - slot * 0.18f;
    const long long v = std::max(counts[k], 0LL);
    const float h = (bar_bottom - bar_top) * static_cast<float>(v) / static_cast<float>(top);
    const bool hot = windows[k] == highlight;
    const ImU32 fill = hot ? color::kAccent : IM_COL32(94, 162, 255, 110);
    if (counts[k] >= 0)
      dl->AddRectFilled(ImVec2(x0, bar_bottom - h), ImVec2(x1, bar_bottom), fill, 2.0f);
    const std::string value = counts[k] < 0 ? "-" : FormatCount(v);
    const std::string name = WindowLabel(windows[k]);
    const float vw = ImGui::CalcTextSize(value.c_str()).x, nw = ImGui::CalcTextSize(name.c_str()).x;
    const float cx = (x0 + x1) * 0.5f;
    dl->AddText(ImVec2(cx - vw * 0.5f, bar_bottom - h - line * 1.05f), color::kText, value.c_str());
    dl->AddText(ImVec2(cx - nw * 0.5f, bar_bottom + line * 0.15f),
                hot ? color::kAccent : color::kMuted, name.c_str());
  }

  ImGui::SameLine(0, Em(1));
  ImGui::BeginGroup();
  for (std::size_t k = 0; k < n; ++k) {
    if (counts[k] < 0) {
      TextMuted("%s: no count", WindowLabel(windows[k]).c_str());
      continue;
    }
    int rank = 1;
    for (std::size_t i = 0; i < index.size(); ++i)
      if (newsrail::views_in_window(index.article(i), windows[k]) > counts[k]) ++rank;
    const ImU32 c = windows[k] == highlight ? color::kAccent : color::kText;
    TextColored(c, "%-4s #%d of %zu", WindowLabel(windows[k]).c_str(), rank, index.size());
    ImGui::SameLine();
    TextMuted("max %s", FormatCount(index.max_views(windows[k])).c_str());
  }
  // Trending: the lift Most Read's trending mode ranks by (most_read.cpp).
  const newsrail::MostReadOptions& mo = state.options.most_read;
  const Seconds short_w = index.nearest_window(mo.trending_short);
  const Seconds long_w = index.nearest_window(mo.trending_long);
  const long long s = newsrail::views_in_window(a, short_w);
  const long long l = newsrail::views_in_window(a, long_w);
  if (short_w > 0 && long_w > short_w && s >= 0 && l >= 0) {
    const double share = static_cast<double>(short_w) / static_cast<double>(long_w);
    const double lift = (static_cast<double>(s) + mo.trending_smoothing) /
                        (static_cast<double>(l) * share + mo.trending_smoothing);
    TextMuted("lift %s/%s: %.2f", WindowLabel(short_w).c_str(), WindowLabel(long_w).c_str(), lift);
    HelpMarker(
        "(short + s) / (long x short/long + s), s = trending_smoothing: the short window's "
        "views over its expected share of the long window's. Trending Most Read ranks by "
        "it; above 1 = rising.");
  }
  ImGui::EndGroup();
}

}  // namespace nrc
