// newsrail console — the current article's views per window as labelled bars: the count above
// each bar (shortened, or left out, rather than overlap another label), the window under it, and
// beside the plot the count and the article's rank in each window (on hover, the feed's maximum
// there: what Most Read and Read Next's popularity compare it with). The window Most Read uses is
// highlighted.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "console_api.h"
#include "imgui.h"
#include "newsrail/ranking_options.h"
#include "panels.h"
#include "ui_common.h"

namespace nrc {

void DrawViewsPanel(ConsoleState& state) {
  ForgetRects("views_label.");
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

  // Bars, left; the counts and ranks, right, as wide as they need: the plot takes the rest.
  float name_w = 0, count_w = 0, rank_w = 0;
  for (std::size_t k = 0; k < windows.size(); ++k) {
    name_w = std::max(name_w, ImGui::CalcTextSize(newsrail::format_window(windows[k]).c_str()).x);
    const std::string count = counts[k] < 0 ? "no count" : FormatCount(counts[k]);
    count_w = std::max(count_w, ImGui::CalcTextSize(count.c_str()).x);
  }
  // "#3 of 39", or "#3" when the panel is too narrow for it (the tooltip has the rest).
  char rank_text[48];
  std::snprintf(rank_text, sizeof rank_text, "#%zu of %zu", index.size(), index.size());
  rank_w = ImGui::CalcTextSize(rank_text).x;
  const float padding = ImGui::GetStyle().CellPadding.x * 6;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool long_rank = avail.x - (name_w + count_w + rank_w + padding) - Em(1) >= Em(6);
  if (!long_rank) {
    std::snprintf(rank_text, sizeof rank_text, "#%zu", index.size());
    rank_w = ImGui::CalcTextSize(rank_text).x;
  }
  const float table_w = name_w + count_w + rank_w + padding;
  const float plot_w = std::clamp(avail.x - table_w - Em(1), Em(6), Em(16));
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

  // The counts over the bars: exact when every one fits its slot, else all short ("12.3M"); a
  // label that would still touch one already placed is left out (the list beside the plot and
  // the bar's tooltip have every count).
  std::vector<std::string> values(n);
  bool exact_fits = true;
  for (std::size_t k = 0; k < n; ++k) {
    values[k] = counts[k] < 0 ? "-" : FormatCount(counts[k]);
    exact_fits = exact_fits && ImGui::CalcTextSize(values[k].c_str()).x <= slot - Em(0.3f);
  }
  if (!exact_fits)
    for (std::size_t k = 0; k < n; ++k)
      if (counts[k] >= 0) values[k] = FormatCountShort(counts[k]);
  std::vector<ImVec4> placed;  // Label rectangles: min x, min y, max x, max y.
  auto place = [&](const std::string& text, float cx, float y, ImU32 colour, const char* name) {
    const float w = ImGui::CalcTextSize(text.c_str()).x;
    const float x = std::clamp(cx - w * 0.5f, origin.x, origin.x + plot_w - w);
    const ImVec4 r(x, y, x + w, y + line);
    const float pad = Em(0.25f);
    for (const ImVec4& p : placed)
      if (r.x < p.z + pad && p.x < r.z + pad && r.y < p.w && p.y < r.w) return;
    placed.push_back(r);
    dl->AddText(ImVec2(x, y), colour, text.c_str());
    NoteRect(name, ImVec2(r.x, r.y), ImVec2(r.z, r.w));
  };
  for (std::size_t k = 0; k < n; ++k) {  // Window names first: they never give way.
    const float cx = origin.x + slot * (static_cast<float>(k) + 0.5f);
    const std::string name = newsrail::format_window(windows[k]);
    place(name, cx, bar_bottom + line * 0.15f,
          windows[k] == highlight ? color::kAccent : color::kMuted,
          ("views_label.window." + name).c_str());
  }
  for (std::size_t k = 0; k < n; ++k) {
    const float x0 = origin.x + slot * static_cast<float>(k) + slot * 0.18f;
    const float x1 = origin.x + slot * static_cast<float>(k + 1) - slot * 0.18f;
    const long long v = std::max(counts[k], 0LL);
    const float h = (bar_bottom - bar_top) * static_cast<float>(v) / static_cast<float>(top);
    const bool hot = windows[k] == highlight;
    const ImU32 fill = hot ? color::kAccent : IM_COL32(94, 162, 255, 110);
    if (counts[k] >= 0)
      dl->AddRectFilled(ImVec2(x0, bar_bottom - h), ImVec2(x1, bar_bottom), fill, 2.0f);
    const std::string name = newsrail::format_window(windows[k]);
    place(values[k], (x0 + x1) * 0.5f, bar_bottom - h - line * 1.05f, color::kText,
          ("views_label.value." + name).c_str());
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsWindowHovered() && mouse.x >= origin.x + slot * static_cast<float>(k) &&
        mouse.x < origin.x + slot * static_cast<float>(k + 1) && mouse.y >= origin.y &&
        mouse.y < origin.y + plot_h)
      ImGui::SetTooltip("%s: %s views", name.c_str(),
                        counts[k] < 0 ? "no count" : FormatCount(counts[k]).c_str());
  }

  ImGui::SameLine(0, Em(1));
  ImGui::BeginGroup();
  // Per window: the count and the article's rank; the feed's maximum on hover.
  if (ImGui::BeginTable("ranks", 3, ImGuiTableFlags_SizingFixedFit, ImVec2(0, 0))) {
    ImGui::TableSetupColumn("window", ImGuiTableColumnFlags_WidthFixed, name_w);
    ImGui::TableSetupColumn("views", ImGuiTableColumnFlags_WidthFixed, count_w);
    ImGui::TableSetupColumn("rank", ImGuiTableColumnFlags_WidthFixed, rank_w);
    for (std::size_t k = 0; k < n; ++k) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const ImU32 c = windows[k] == highlight ? color::kAccent : color::kText;
      TextColored(c, "%s", newsrail::format_window(windows[k]).c_str());
      ImGui::TableNextColumn();
      if (counts[k] < 0) {
        TextMuted("no count");
        continue;
      }
      TextRight(FormatCount(counts[k]), c);
      int rank = 1;
      for (std::size_t i = 0; i < index.size(); ++i)
        if (newsrail::views_in_window(index.article(i), windows[k]) > counts[k]) ++rank;
      ImGui::TableNextColumn();
      if (long_rank)
        std::snprintf(rank_text, sizeof rank_text, "#%d of %zu", rank, index.size());
      else
        std::snprintf(rank_text, sizeof rank_text, "#%d", rank);
      TextRight(rank_text, color::kMuted);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s: %s views, #%d of %zu; the feed's most read has %s",
                          newsrail::format_window(windows[k]).c_str(), FormatCount(counts[k]).c_str(), rank,
                          index.size(), FormatCount(index.max_views(windows[k])).c_str());
    }
    ImGui::EndTable();
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
    TextMuted("lift %s/%s: %.2f", newsrail::format_window(short_w).c_str(), newsrail::format_window(long_w).c_str(), lift);
    HelpMarker(
        "(short + s) / (long x short/long + s), s = trending_smoothing: the short window's "
        "views over its expected share of the long window's. Trending Most Read ranks by "
        "it; above 1 = rising.");
  }
  ImGui::EndGroup();
}

}  // namespace nrc
